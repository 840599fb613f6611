import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";
import { databaseEngine, databaseUrl, prismaFolder, redactPassword } from "../lib/database-url";
import { withPostgres } from "./postgres-admin";

/** The SQLite migrations Prisma applies (`migrations.path` in prisma.config.ts). */
const MIGRATIONS_FOLDER = path.join(prismaFolder("sqlite"), "migrations");
/** How long to wait for another process to let go of the database before giving up. */
const DEFAULT_WAIT_SECONDS = 60;
const PRISMA_CLI = fileURLToPath(new URL("prisma-cli.mjs", import.meta.url));

/**
 * Applies the pending migrations with Prisma's `migrate deploy`, and returns the exit
 * status. Prisma's schema engine takes the database for itself
 * (`PRAGMA locking_mode=EXCLUSIVE`), which it cannot while another process has read it
 * in WAL mode (a running server's connection keeps a shared lock for its lifetime),
 * even to find that nothing is pending. So the migration history is read here first,
 * and Prisma runs only when a migration is pending; when the database is held
 * meanwhile, this waits up to A_FRONTE_MIGRATION_WAIT_SECONDS (60) for it, then says
 * it is in use and returns 1, having changed nothing.
 */
export async function applyMigrations(env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const url = databaseUrl(env);
  if (databaseEngine(url) === "postgresql") return applyPostgresMigrations(url, env);
  const file = url.slice("file:".length);
  const name = path.relative(process.cwd(), file) || file;
  const waitSeconds = waitingTime(env.A_FRONTE_MIGRATION_WAIT_SECONDS);
  const deadline = Date.now() + waitSeconds * 1000;
  let waiting = false;
  for (;;) {
    const pending = pendingMigrations(file);
    if (pending?.length === 0) {
      console.log(`No pending migrations to apply: ${name} is up to date.`);
      return 0;
    }
    if (pending && !heldByAnotherProcess(file)) {
      const deploy = await migrateDeploy(env);
      if (!isBusy(deploy.output)) {
        (deploy.status === 0 ? process.stdout : process.stderr).write(deploy.output);
        return deploy.status ?? 1;
      }
    }
    const what = describe(pending);
    if (Date.now() >= deadline) {
      console.error(
        `The database ${name} is in use by another process (a running A Fronte server?), so ${what} could not be applied; nothing was changed. ` +
          `Stop that process, or retry once it has stopped.`,
      );
      return 1;
    }
    if (!waiting) {
      console.log(`The database ${name} is in use by another process: waiting up to ${waitSeconds} s to apply ${what}...`);
      waiting = true;
    }
    await sleep(1000);
  }
}

/**
 * PostgreSQL: Prisma's deploy takes an advisory lock, so a second process simply waits
 * its turn; it is run only when a migration is pending, because even with nothing to
 * apply it takes ~11 s (a timer in Prisma's schema engine).
 */
async function applyPostgresMigrations(url: string, env: NodeJS.ProcessEnv): Promise<number> {
  const folder = path.join(prismaFolder("postgresql"), "migrations");
  let pending: string[];
  try {
    const applied = await appliedPostgresMigrations(url);
    pending = migrationFolders(folder).filter((migration) => !applied.has(migration));
  } catch (error) {
    console.error(`Could not reach the PostgreSQL database ${redactPassword(url)}: ${(error as Error).message}`);
    return 1;
  }
  if (pending.length === 0) {
    console.log(`No pending migrations to apply: the PostgreSQL database is up to date.`);
    return 0;
  }
  const deploy = await migrateDeploy(env);
  (deploy.status === 0 ? process.stdout : process.stderr).write(deploy.output);
  return deploy.status ?? 1;
}

function appliedPostgresMigrations(url: string): Promise<Set<string>> {
  return withPostgres(url, async (client) => {
    const history = await client.query<{ exists: boolean }>("SELECT to_regclass('_prisma_migrations') IS NOT NULL AS exists");
    if (!history.rows[0]?.exists) return new Set();
    const rows = await client.query<{ migration_name: string }>(
      "SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL",
    );
    return new Set(rows.rows.map((row) => row.migration_name));
  });
}

function migrationFolders(folder: string): string[] {
  return fs
    .readdirSync(folder, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

/** Prisma's `migrate deploy`, its output and errors together in the order they came. */
function migrateDeploy(env: NodeJS.ProcessEnv): Promise<{ status: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const prisma = spawn(process.execPath, [PRISMA_CLI, "migrate", "deploy"], { env, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    prisma.stdout.on("data", (chunk: Buffer) => (output += chunk));
    prisma.stderr.on("data", (chunk: Buffer) => (output += chunk));
    prisma.once("error", reject);
    prisma.once("close", (status) => resolve({ status, output }));
  });
}

/**
 * The migration folders not yet applied to the database, by reading Prisma's
 * history table (`_prisma_migrations`) read-only; null when the database is locked
 * even for reading (another process is migrating it).
 */
export function pendingMigrations(file: string, folder = MIGRATIONS_FOLDER): string[] | null {
  const migrations = migrationFolders(folder);
  if (!fs.existsSync(file)) return migrations;
  let applied: Set<string>;
  try {
    applied = appliedMigrations(file);
  } catch (error) {
    if (isBusyError(error)) return null;
    // Anything else (not a database, say) is for Prisma to report.
    return migrations;
  }
  // A failed migration (no finished_at) counts as pending: Prisma then says what to do.
  return migrations.filter((migration) => !applied.has(migration));
}

function appliedMigrations(file: string): Set<string> {
  const sqlite = new Database(file, { readonly: true, fileMustExist: true, timeout: 1000 });
  try {
    const history = sqlite.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '_prisma_migrations'").get();
    if (!history) return new Set();
    const names = sqlite
      .prepare("SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL")
      .pluck()
      .all() as string[];
    return new Set(names);
  } finally {
    sqlite.close();
  }
}

/**
 * Whether another process keeps the database from being taken the way Prisma's schema
 * engine takes it: any connection that has read it in WAL mode, or a write
 * transaction. Tried without waiting, and let go at once.
 */
function heldByAnotherProcess(file: string): boolean {
  if (!fs.existsSync(file)) return false;
  const sqlite = new Database(file, { fileMustExist: true, timeout: 0 });
  try {
    sqlite.pragma("locking_mode = EXCLUSIVE");
    sqlite.prepare("BEGIN EXCLUSIVE").run();
    sqlite.prepare("ROLLBACK").run();
    return false;
  } catch (error) {
    if (isBusyError(error)) return true;
    throw error;
  } finally {
    sqlite.close();
  }
}

function isBusyError(error: unknown): boolean {
  return typeof (error as { code?: unknown })?.code === "string" && (error as { code: string }).code.startsWith("SQLITE_BUSY");
}

/** Prisma's report of SQLite's "database is locked" (P1008, see scripts/migration-adapter.ts). */
function isBusy(output: string): boolean {
  return /\bP1008\b|database is locked/.test(output);
}

function describe(pending: string[] | null): string {
  if (!pending) return "the pending migrations";
  return pending.length === 1 ? `the pending migration ${pending[0]}` : `the ${pending.length} pending migrations (${pending.join(", ")})`;
}

function waitingTime(setting: string | undefined): number {
  const seconds = Number(setting);
  return setting !== undefined && Number.isFinite(seconds) && seconds >= 0 ? seconds : DEFAULT_WAIT_SECONDS;
}
