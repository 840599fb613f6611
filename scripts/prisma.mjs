#!/usr/bin/env node
// `node scripts/prisma.mjs ARGS`: Prisma's CLI, run offline (scripts/prisma-cli.mjs).
// `migrate deploy` goes through scripts/migrate.ts instead, which runs Prisma's deploy only
// when a migration is pending and waits while another process holds the database:
// Prisma's schema engine locks the file exclusively even when there is nothing to
// apply, so it failed beside a running server (`npm run db:migrate`, a second `npm start`).
// A bare `generate` writes both engines' clients (SQLite's and PostgreSQL's), so that
// DATABASE_URL alone chooses the engine at run time.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const args = process.argv.slice(2);
const deploy = args.length === 2 && args[0] === "migrate" && args[1] === "deploy";
const script = (name) => fileURLToPath(new URL(name, import.meta.url));
const generateBoth = args.length === 1 && args[0] === "generate";
const commands = deploy
  ? [["--import", "tsx", script("migrate.ts")]]
  : generateBoth
    ? ["sqlite", "postgres"].map((engine) => [script("prisma-cli.mjs"), "generate", "--schema", `prisma/${engine}`])
    : [[script("prisma-cli.mjs"), ...args]];
for (const command of commands) {
  const result = spawnSync(process.execPath, command, { stdio: "inherit", env: process.env });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
