#!/usr/bin/env node
// `npm run db:migration -- NAME`: writes prisma/migrations/<timestamp>_NAME/migration.sql
// with the SQL that turns the last committed prisma/schema.prisma into the current one.
// (`prisma migrate dev` needs a shadow database replay that fails on SQLite with a
// driver adapter; a schema-to-schema diff needs neither.) Apply it with `npm run db:migrate`.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error("Usage: npm run db:migration -- name_in_snake_case");
  process.exit(2);
}

const previous = committedSchema();
const from = previous === null ? ["--from-empty"] : ["--from-schema-datamodel", writeTemp(previous)];
const result = spawnSync(
  process.execPath,
  ["scripts/prisma.mjs", "migrate", "diff", ...from, "--to-schema-datamodel", "prisma/schema.prisma", "--script"],
  { encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] },
);
if (result.status !== 0) process.exit(result.status ?? 1);
if (!/\b(CREATE|ALTER|DROP|INSERT)\b/.test(result.stdout)) {
  console.log("The schema matches the last committed one: no migration written.");
  process.exit(0);
}
const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
const folder = path.join("prisma", "migrations", `${stamp}_${name}`);
fs.mkdirSync(folder, { recursive: true });
fs.writeFileSync(path.join(folder, "migration.sql"), result.stdout);
console.log(`Wrote ${folder}/migration.sql: review it, then run npm run db:migrate.`);

/**
 * The schema as last committed, or null when prisma/schema.prisma has no history at all
 * (the first migration then starts from an empty database). Anything else stops here:
 * taken for "no schema yet", a missing checkout would write a migration that creates
 * every table again.
 */
function committedSchema() {
  const inCheckout = git("rev-parse", "--is-inside-work-tree");
  if (inCheckout.status !== 0 || inCheckout.stdout.trim() !== "true") {
    fail(`npm run db:migration needs a git checkout: it compares prisma/schema.prisma with the last committed one.${reason(inCheckout)}`);
  }
  // "./": relative to this folder, wherever the checkout's root is.
  const committed = git("show", "HEAD:./prisma/schema.prisma");
  if (committed.status === 0) return committed.stdout;
  const hasCommits = git("rev-parse", "--verify", "--quiet", "HEAD").status === 0;
  const history = hasCommits ? git("log", "--format=%h", "-1", "--", "prisma/schema.prisma") : null;
  if (!hasCommits || (history.status === 0 && history.stdout.trim() === "")) return null;
  fail(`Could not read the last committed prisma/schema.prisma, so no migration was written.${reason(committed)}`);
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

function writeTemp(schema) {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "a-fronte-schema-")), "schema.prisma");
  fs.writeFileSync(file, schema);
  return file;
}
