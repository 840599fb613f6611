#!/usr/bin/env node
// `npm run db:migration -- NAME`: writes prisma/sqlite/migrations/<timestamp>_NAME/ and
// prisma/postgres/migrations/<timestamp>_NAME/migration.sql, each engine's SQL that turns
// the last committed prisma/models.prisma into the current one, so the two histories
// stay in step (tests/unit/schema-drift.test.ts checks that they do).
// (`prisma migrate dev` needs a shadow database replay that fails on SQLite with a
// driver adapter, and on PostgreSQL would use the real database as its shadow; a
// schema-to-schema diff needs neither.) Prisma opens the engine's adapter even for that
// diff, so the PostgreSQL half needs a server: DATABASE_URL when it is a PostgreSQL URL,
// otherwise MIGRATION_POSTGRES_URL. Apply them with `npm run db:migrate`.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error("Usage: npm run db:migration -- name_in_snake_case");
  process.exit(2);
}

const previous = committedModels();
const postgresUrl = /^postgres(ql)?:/.test(process.env.DATABASE_URL ?? "") ? process.env.DATABASE_URL : process.env.MIGRATION_POSTGRES_URL;
if (!postgresUrl) {
  fail(
    "npm run db:migration writes the PostgreSQL migration too, which needs a PostgreSQL server: set MIGRATION_POSTGRES_URL=postgresql://… " +
      "(any database on it; nothing is written there). See the README, Running on PostgreSQL.",
  );
}

const engines = [
  { folder: "sqlite", url: "file:./data/migration-diff.db" },
  { folder: "postgres", url: postgresUrl },
];
const scripts = engines.map(({ folder, url }) => {
  const from = previous === null ? ["--from-empty"] : ["--from-schema-datamodel", schemaFolder(folder, previous)];
  const result = spawnSync(
    process.execPath,
    ["scripts/prisma.mjs", "migrate", "diff", ...from, "--to-schema-datamodel", `prisma/${folder}`, "--script"],
    { encoding: "utf8", stdio: ["ignore", "pipe", "inherit"], env: { ...process.env, DATABASE_URL: url } },
  );
  if (result.status !== 0) fail(`The ${folder} diff failed (exit ${result.status}); no migration was written.`);
  return result.stdout;
});
if (!scripts.some((script) => /\b(CREATE|ALTER|DROP|INSERT)\b/.test(script))) {
  console.log("The models match the last committed ones: no migration written.");
  process.exit(0);
}
const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
engines.forEach(({ folder }, index) => {
  const target = path.join("prisma", folder, "migrations", `${stamp}_${name}`);
  fs.mkdirSync(target, { recursive: true });
  fs.writeFileSync(path.join(target, "migration.sql"), scripts[index]);
  console.log(`Wrote ${target}/migration.sql`);
});
console.log("Review both, then run npm run db:migrate.");

/**
 * The models as last committed, or null when prisma/models.prisma has no history at all
 * (the first migration then starts from an empty database). Anything else stops here:
 * taken for "no schema yet", a missing checkout would write a migration that creates
 * every table again.
 */
function committedModels() {
  const inCheckout = git("rev-parse", "--is-inside-work-tree");
  if (inCheckout.status !== 0 || inCheckout.stdout.trim() !== "true") {
    fail(`npm run db:migration needs a git checkout: it compares prisma/models.prisma with the last committed one.${reason(inCheckout)}`);
  }
  // "./": relative to this folder, wherever the checkout's root is.
  const committed = git("show", "HEAD:./prisma/models.prisma");
  if (committed.status === 0) return committed.stdout;
  const hasCommits = git("rev-parse", "--verify", "--quiet", "HEAD").status === 0;
  const history = hasCommits ? git("log", "--format=%h", "-1", "--", "prisma/models.prisma") : null;
  if (!hasCommits || (history.status === 0 && history.stdout.trim() === "")) return null;
  fail(`Could not read the last committed prisma/models.prisma, so no migration was written.${reason(committed)}`);
}

function git(...args) {
  return spawnSync("git", args, { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
}

function reason(result) {
  const detail = result.error?.message ?? result.stderr?.trim();
  return detail ? ` (git: ${detail})` : "";
}

function fail(message) {
  console.error(message);
  process.exit(1);
}

/** A temporary schema folder: the engine's generator and datasource with the given models. */
function schemaFolder(engine, models) {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), `a-fronte-${engine}-`));
  fs.copyFileSync(path.join("prisma", engine, "schema.prisma"), path.join(folder, "schema.prisma"));
  fs.writeFileSync(path.join(folder, "models.prisma"), models);
  return folder;
}
