import path from "node:path";

/** A database migrated once per test run by Prisma; each test file works on its own copy. */
export const TEMPLATE_DATABASE = path.resolve("data", "test", "template.db");
export const TEST_DATABASE_DIR = path.dirname(TEMPLATE_DATABASE);
