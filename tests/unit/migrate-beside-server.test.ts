// Migrating while another process has the database open, as in a restart-before-stop
// deployment: `npm run db:migrate` and a second `npm start` beside a running server.
//
// The running server is tests/support/database-holder.ts, a process holding the file
// the way `next start` does (lib/db's client after a first query, in WAL mode); a real
// `next start` needs a build, which takes minutes. The second `npm start` is its
// database step (scripts/prepare-database.ts): building and serving do not touch the
// database. Every command runs as its own process, as in production.
import { randomUUID } from "node:crypto";
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import readline from "node:readline";
import Database from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import { TEMPLATE_DATABASE, TEST_DATABASE_DIR } from "../support/test-database";

const files: string[] = [];
const holders: Holder[] = [];

afterEach(async () => {
  await Promise.all(holders.splice(0).map((holder) => holder.stop()));
  for (const file of files.splice(0)) {
    for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(file + suffix, { force: true });
  }
});

describe("migrations beside a running server", () => {
  it("npm run db:migrate and a second npm start work when nothing is pending", async () => {
    const file = migratedDatabase();
    const server = await holdWithServerConnection(file);

    const migrate = await run("npm", ["run", "db:migrate"], file);
    expect(migrate.output).not.toContain("WASM_ERROR");
    expect(migrate.output).toContain("No pending migrations to apply");
    expect(migrate.status).toBe(0);

    const secondStart = await run(process.execPath, ["--import", "tsx", "tests/support/prepare-database-once.ts"], file);
    expect(secondStart.output).not.toContain("WASM_ERROR");
    expect(secondStart.status).toBe(0);

    // The second start seeded the first text; the first server, still serving, sees it.
    expect(await server.ask()).toBe("1");
  }, 60_000);

  const holdersOfTheDatabase = [
    ["a running server's connection", holdWithServerConnection],
    ["a write transaction", holdWithWriteTransaction],
  ] as const;

  it.each(holdersOfTheDatabase)(
    "with a migration pending, waits for %s, then says what holds the database, changing nothing",
    async (_, hold) => {
      const file = migratedDatabase();
      const pending = forgetLastMigration(file);
      const before = fingerprint(file);
      await hold(file);

      const refusal =
        `The database ${path.relative(process.cwd(), file)} is in use by another process (a running A Fronte server?), ` +
        `so the pending migration ${pending} could not be applied; nothing was changed.`;
      const wait = { A_FRONTE_MIGRATION_WAIT_SECONDS: "1" };
      const migrate = await run("npm", ["run", "db:migrate"], file, wait);
      expect(migrate.output).toContain(refusal);
      expect(migrate.status).toBe(1);

      const secondStart = await run(process.execPath, ["--import", "tsx", "tests/support/prepare-database-once.ts"], file, wait);
      expect(secondStart.output).toContain(refusal);
      expect(secondStart.status).toBe(1);

      await Promise.all(holders.splice(0).map((holder) => holder.stop()));
      expect(fingerprint(file)).toEqual(before);
    },
    60_000,
  );
});

describe("Prisma's migrate deploy itself (scripts/prisma-cli.mjs) beside a running server", () => {
  it("reports SQLite's lock as Prisma's P1008 instead of WASM_ERROR: unknown variant SocketTimeout", async () => {
    const file = migratedDatabase();
    await holdWithServerConnection(file);

    const deploy = await run(process.execPath, ["scripts/prisma-cli.mjs", "migrate", "deploy"], file);
    expect(deploy.output).not.toContain("WASM_ERROR");
    expect(deploy.output).toContain("P1008");
    expect(deploy.status).toBe(1);
  }, 60_000);
});

interface Holder {
  /** Has the holder read the database again; returns what it read. */
  ask(): Promise<string>;
  stop(): Promise<void>;
}

/** A copy of the template migrated by Prisma, in WAL mode as `npm start` leaves it. */
function migratedDatabase(): string {
  const file = path.join(TEST_DATABASE_DIR, `beside-server-${randomUUID()}.db`);
  fs.copyFileSync(TEMPLATE_DATABASE, file);
  files.push(file);
  const sqlite = new Database(file);
  sqlite.pragma("journal_mode = WAL");
  sqlite.close();
  return file;
}

/**
 * Makes the last migration pending in Prisma's history. Its tables stay, but Prisma
 * never gets to run while the database is held: the history is all that is read.
 */
function forgetLastMigration(file: string): string {
  const sqlite = new Database(file);
  try {
    const last = sqlite
      .prepare("SELECT migration_name FROM _prisma_migrations ORDER BY migration_name DESC LIMIT 1")
      .pluck()
      .get() as string;
    sqlite.prepare("DELETE FROM _prisma_migrations WHERE migration_name = ?").run(last);
    return last;
  } finally {
    sqlite.close();
  }
}

/** The schema and the migration history: equal only if no migration touched the file. */
function fingerprint(file: string) {
  const sqlite = new Database(file, { readonly: true });
  try {
    return {
      schema: sqlite.prepare("SELECT type, name, sql FROM sqlite_master ORDER BY type, name").all(),
      history: sqlite.prepare("SELECT * FROM _prisma_migrations ORDER BY migration_name").all(),
    };
  } finally {
    sqlite.close();
  }
}

async function holdWithServerConnection(file: string): Promise<Holder> {
  const child = spawn(process.execPath, ["--import", "tsx", "tests/support/database-holder.ts"], {
    env: { ...process.env, DATABASE_URL: `file:${file}` },
    stdio: ["pipe", "pipe", "inherit"],
  });
  const lines = readline.createInterface({ input: child.stdout! })[Symbol.asyncIterator]();
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const holder: Holder = {
    async ask() {
      child.stdin!.write("count\n");
      return (await lines.next()).value as string;
    },
    async stop() {
      child.stdin!.end();
      await exited;
    },
  };
  holders.push(holder);
  expect((await lines.next()).value).toBe("ready");
  return holder;
}

async function holdWithWriteTransaction(file: string): Promise<Holder> {
  const sqlite = new Database(file);
  sqlite.prepare("BEGIN EXCLUSIVE").run();
  const holder: Holder = {
    async ask() {
      return String(sqlite.prepare("SELECT count(*) FROM Document").pluck().get());
    },
    async stop() {
      if (sqlite.inTransaction) sqlite.prepare("ROLLBACK").run();
      sqlite.close();
    },
  };
  holders.push(holder);
  return holder;
}

/** Runs a command on the database `file` to its end; stdout and stderr together. */
function run(
  command: string,
  args: string[],
  file: string,
  env: Record<string, string> = {},
): Promise<{ status: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      env: { ...process.env, ...env, DATABASE_URL: `file:${file}` },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk));
    child.once("error", reject);
    child.once("close", (status) => resolve({ status, output }));
  });
}
