import { spawnSync } from "node:child_process";
import fs from "node:fs";
import Database from "better-sqlite3";
import { databaseUrl } from "../lib/database-url";

/**
 * Creates and migrates the SQLite database (Prisma's migrate deploy), switches it
 * to WAL so readers never wait for a writer, and seeds what is missing.
 */
export async function prepareDatabase(): Promise<void> {
  const url = databaseUrl();
  if (!fs.existsSync("lib/generated/prisma/client.ts")) {
    run(["scripts/prisma.mjs", "generate"], "Generating the Prisma client failed");
  }
  run(["scripts/prisma.mjs", "migrate", "deploy"], "Applying database migrations failed");

  const sqlite = new Database(url.slice("file:".length));
  sqlite.pragma("journal_mode = WAL");
  sqlite.close();

  // Imported late: the Prisma client must be generated before this module loads.
  const [{ db }, { seedLibrary }] = await Promise.all([import("../lib/db"), import("../prisma/seed/seed-library")]);
  const report = await seedLibrary(db);
  if (report.termsAdded || report.documentsAdded.length) {
    console.log(`Seeded ${report.termsAdded} glossary terms and documents: ${report.documentsAdded.join(", ") || "none"}.`);
  }
  await db.$disconnect();
}

function run(args: string[], failure: string): void {
  const result = spawnSync(process.execPath, args, { stdio: "inherit", env: process.env });
  if (result.status !== 0) {
    console.error(`${failure} (exit ${result.status}).`);
    process.exit(result.status ?? 1);
  }
}
