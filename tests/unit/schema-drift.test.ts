import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";

// The two migration histories (prisma/sqlite/migrations, prisma/postgres/migrations) must
// build the same shared models (prisma/models.prisma). This file's database was built by
// its engine's real migrations (tests/support/migrate-template-database.ts): Prisma reads
// it back (`db pull`) and diffs what it found against the models. Run on SQLite by
// `npm test`'s unit tests and on PostgreSQL by vitest.postgres.config.ts, so each history
// is checked against the same models. The search index lives outside Prisma's models on
// both engines, and is left out of the comparison by name.

const url = process.env.DATABASE_URL!;
const engine = url.startsWith("file:") ? "sqlite" : "postgres";

/** What each engine's search migrations add that the models do not describe. */
const SEARCH_OBJECTS: Record<typeof engine, RegExp[]> = {
  // SQLite: the FTS5 tables, their shadow tables and vocabularies, whole models.
  sqlite: [/^model (Paragraph|Memory)Search\w* \{[^}]*\}\n/gm],
  // PostgreSQL: two generated tsvector columns of Paragraph and of MemoryUnit, and their GIN indexes.
  postgres: [/^\s+search(It|En)\s+Unsupported\("tsvector"\).*\n/gm, /^\s+@@index\(\[search(It|En)\], type: Gin\)\n/gm],
};

const folders: string[] = [];
afterAll(() => folders.forEach((folder) => fs.rmSync(folder, { recursive: true, force: true })));

function prisma(...args: string[]) {
  return spawnSync(process.execPath, ["scripts/prisma.mjs", ...args], { encoding: "utf8", env: { ...process.env, DATABASE_URL: url } });
}

/** The models Prisma finds in this database, without the engine's generator, datasource and search objects. */
function introspectedModels(): string {
  const pulled = prisma("db", "pull", "--print");
  expect(pulled.status, pulled.stderr).toBe(0);
  // `--print` writes each schema file after a "// path" line; the engine's own
  // schema.prisma (generator, datasource) is kept from the checkout instead.
  const files = pulled.stdout.split(/^\/\/ (prisma\/\S+\.prisma)\n/m);
  let models = "";
  for (let index = 1; index < files.length; index += 2) {
    if (!files[index]!.endsWith("/schema.prisma")) models += files[index + 1];
  }
  for (const pattern of SEARCH_OBJECTS[engine]) models = models.replace(pattern, "");
  // SQLite stores an enum as text, and Prisma reads its default back as a string.
  for (const [, name] of models.matchAll(/^enum (\w+) \{/gm)) {
    models = models.replace(new RegExp(`(\\s${name}\\??\\s+@default\\()"(\\w+)"\\)`, "g"), "$1$2)");
  }
  return models;
}

/** The SQL that would turn a schema of these models into the models of `target`. */
function diffTo(models: string, target: string): string {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), "a-fronte-drift-"));
  folders.push(folder);
  fs.copyFileSync(path.join("prisma", engine, "schema.prisma"), path.join(folder, "schema.prisma"));
  fs.writeFileSync(path.join(folder, "models.prisma"), models);
  const diff = prisma("migrate", "diff", "--from-schema-datamodel", folder, "--to-schema-datamodel", target, "--script");
  expect(diff.status, diff.stderr).toBe(0);
  return diff.stdout;
}

describe(`the ${engine} migrations`, () => {
  const models = introspectedModels();

  it("build exactly the shared models", () => {
    const script = diffTo(models, path.join("prisma", engine));
    expect(script).not.toMatch(/\b(CREATE|ALTER|DROP|INSERT)\b/);
  });

  it("would be caught drifting: a column the models have and the migrations lack", () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), "a-fronte-drift-models-"));
    folders.push(folder);
    fs.copyFileSync(path.join("prisma", engine, "schema.prisma"), path.join(folder, "schema.prisma"));
    const shared = fs.readFileSync(path.join("prisma", "models.prisma"), "utf8");
    fs.writeFileSync(path.join(folder, "models.prisma"), shared.replace(/^model Comment \{\n/m, "model Comment {\n  driftCheck String?\n"));
    expect(diffTo(models, folder)).toMatch(/ALTER TABLE "Comment" ADD COLUMN\s+"driftCheck"/);
  });
});
