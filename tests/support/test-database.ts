import path from "node:path";

/** A database migrated once per test run by Prisma; each test file works on its own copy. */
// Under data/test/unit/ (or UNIT_DATABASE_DIR, so two runs side by side keep apart), which
// each run clears: the browser tests' database (data/test/e2e.db) is not touched.
export const TEMPLATE_DATABASE = path.resolve(process.env.UNIT_DATABASE_DIR ?? path.join("data", "test", "unit"), "template.db");
export const TEST_DATABASE_DIR = path.dirname(TEMPLATE_DATABASE);
