import path from "node:path";

/** A database migrated once per test run by Prisma; each test file works on its own copy. */
// Under data/test/unit/ (or UNIT_DATABASE_DIR, so two runs side by side keep apart), which
// each run clears: the browser tests' database (data/test/e2e.db) is not touched.
export const TEMPLATE_DATABASE = path.resolve(process.env.UNIT_DATABASE_DIR ?? path.join("data", "test", "unit"), "template.db");
export const TEST_DATABASE_DIR = path.dirname(TEMPLATE_DATABASE);

/**
 * On PostgreSQL (vitest.postgres.config.ts): the server, as a URL whose role may
 * create databases. Each run makes a template database named after the run, migrated
 * once; each test file gets a database of its own copied from it, and all are dropped
 * at the end of the run.
 */
export const TEST_POSTGRES_URL = process.env.A_FRONTE_TEST_ENGINE === "postgresql" ? process.env.TEST_POSTGRES_URL : undefined;
export const POSTGRES_DATABASE_PREFIX = "a_fronte_test_";

/** The run's databases' names start with this (set in the Vitest config, inherited by every worker). */
export function postgresRunPrefix(): string {
  const run = process.env.A_FRONTE_TEST_RUN;
  if (!run) throw new Error("A_FRONTE_TEST_RUN is not set: run the PostgreSQL tests through vitest.postgres.config.ts");
  return `${POSTGRES_DATABASE_PREFIX}${run}_`;
}
