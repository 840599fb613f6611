import { randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { TEMPLATE_DATABASE, TEST_DATABASE_DIR } from "./test-database";

// Runs before each test file, before lib/db is imported: the file gets a fresh copy
// of the migrated template, so files never see each other's rows.
const file = path.join(TEST_DATABASE_DIR, `${randomUUID()}.db`);
fs.copyFileSync(TEMPLATE_DATABASE, file);
process.env.DATABASE_URL = `file:${file}`;
