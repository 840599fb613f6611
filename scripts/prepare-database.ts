import { spawnSync } from "node:child_process";
import fs from "node:fs";
import Database from "better-sqlite3";
import { databaseEngine, databaseUrl } from "../lib/database-url";
import { applyMigrations } from "./apply-migrations";

/**
 * Creates and migrates the database (Prisma's migrate deploy, when a migration is
 * pending: see apply-migrations.ts), switches SQLite to WAL so readers never wait for a
 * writer, and seeds what is missing. It runs beside another server on the same
 * database. A PostgreSQL database must exist (README, "Running on PostgreSQL").
 */
export async function prepareDatabase(): Promise<void> {
  const url = databaseUrl();
  if (!fs.existsSync("lib/generated/prisma/client.ts") || !fs.existsSync("lib/generated/prisma-postgres/client.ts")) {
    run(["scripts/prisma.mjs", "generate"], "Generating the Prisma client failed");
  }
  const migrated = await applyMigrations();
  if (migrated !== 0) {
    console.error(`Applying database migrations failed (exit ${migrated}).`);
    process.exit(migrated);
  }

  if (databaseEngine(url) === "sqlite") {
    const sqlite = new Database(url.slice("file:".length));
    sqlite.pragma("journal_mode = WAL");
    sqlite.close();
  }

  // Imported late: the Prisma client must be generated before this module loads.
  const [{ db }, { seedLibrary }] = await Promise.all([import("../lib/db"), import("../prisma/seed/seed-library")]);
  const report = await seedLibrary(db);
  if (report.termsAdded || report.documentsAdded.length || report.revisionsAdded) {
    console.log(
      `Seeded ${report.termsAdded} glossary terms and documents: ${report.documentsAdded.join(", ") || "none"}; ${report.revisionsAdded} change(s) of the editorial pass.`,
    );
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
