import { randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { createDatabase, databaseOnServer } from "../../scripts/postgres-admin";
import { postgresRunPrefix, TEMPLATE_DATABASE, TEST_DATABASE_DIR, TEST_POSTGRES_URL } from "./test-database";

// Runs before each test file, before lib/db is imported: the file gets a fresh copy
// of the migrated template, so files never see each other's rows.
if (TEST_POSTGRES_URL) {
  const database = `${postgresRunPrefix()}${randomUUID().replaceAll("-", "")}`;
  await createFromTemplate(TEST_POSTGRES_URL, database, `${postgresRunPrefix()}template`);
  process.env.DATABASE_URL = databaseOnServer(TEST_POSTGRES_URL, database);
} else {
  const file = path.join(TEST_DATABASE_DIR, `${randomUUID()}.db`);
  fs.copyFileSync(TEMPLATE_DATABASE, file);
  process.env.DATABASE_URL = `file:${file}`;
}

/** PostgreSQL copies a template only while no one else uses it: two files starting at once take turns. */
async function createFromTemplate(serverUrl: string, database: string, template: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await createDatabase(serverUrl, database, template);
    } catch (error) {
      if (attempt === 50 || !/being accessed by other users/.test((error as Error).message)) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50 + Math.random() * 100));
    }
  }
}
