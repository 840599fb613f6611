import path from "node:path";

/** A database migrated once per test run by Prisma; each test file works on its own copy. */
// Under data/test/unit/, which each run clears: the browser tests' database (data/test/e2e.db) is not touched.
export const TEMPLATE_DATABASE = path.resolve("data", "test", "unit", "template.db");
export const TEST_DATABASE_DIR = path.dirname(TEMPLATE_DATABASE);
