import { spawnSync } from "node:child_process";
import fs from "node:fs";
import { createDatabase, databaseOnServer, dropDatabase, withPostgres } from "../../scripts/postgres-admin";
import { postgresRunPrefix, TEMPLATE_DATABASE, TEST_DATABASE_DIR, TEST_POSTGRES_URL } from "./test-database";

// Vitest global setup: applies the real migrations with Prisma to a fresh template
// (a SQLite file, or a PostgreSQL database under TEST_POSTGRES_URL, dropped with every
// file's copy when the run ends).
export default async function migrateTemplateDatabase() {
  if (TEST_POSTGRES_URL) return migratePostgresTemplate(TEST_POSTGRES_URL);
  fs.rmSync(TEST_DATABASE_DIR, { recursive: true, force: true });
  fs.mkdirSync(TEST_DATABASE_DIR, { recursive: true });
  migrate(`file:${TEMPLATE_DATABASE}`);
}

async function migratePostgresTemplate(serverUrl: string) {
  const template = `${postgresRunPrefix()}template`;
  await createDatabase(serverUrl, template);
  migrate(databaseOnServer(serverUrl, template));
  return async () => {
    const { rows } = await withPostgres(serverUrl, (client) =>
      client.query<{ datname: string }>("SELECT datname FROM pg_database WHERE starts_with(datname, $1)", [postgresRunPrefix()]),
    );
    for (const { datname } of rows) await dropDatabase(serverUrl, datname);
  };
}

function migrate(url: string) {
  const result = spawnSync(process.execPath, ["scripts/prisma.mjs", "migrate", "deploy"], {
    env: { ...process.env, DATABASE_URL: url },
    encoding: "utf8",
  });
  if (result.status !== 0) throw new Error(`prisma migrate deploy failed:\n${result.stdout}\n${result.stderr}`);
}
