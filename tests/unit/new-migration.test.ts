import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";

// `npm run db:migration` diffs the schema against the last committed one. Outside a
// checkout there is no committed schema to read, which must not pass for "no schema
// yet": the migration would create every table again.
const folders: string[] = [];
afterEach(() => folders.splice(0).forEach((folder) => fs.rmSync(folder, { recursive: true, force: true })));

describe("npm run db:migration", () => {
  it("refuses to write a migration outside a git checkout", () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), "a-fronte-no-checkout-"));
    folders.push(folder);
    fs.mkdirSync(path.join(folder, "scripts"));
    for (const engine of ["sqlite", "postgres"]) {
      fs.mkdirSync(path.join(folder, "prisma", engine, "migrations"), { recursive: true });
      fs.copyFileSync(`prisma/${engine}/schema.prisma`, path.join(folder, "prisma", engine, "schema.prisma"));
    }
    fs.copyFileSync("scripts/new-migration.mjs", path.join(folder, "scripts", "new-migration.mjs"));
    fs.copyFileSync("prisma/models.prisma", path.join(folder, "prisma", "models.prisma"));

    const result = spawnSync(process.execPath, ["scripts/new-migration.mjs", "anything"], {
      cwd: folder,
      encoding: "utf8",
      // Git looks no higher than the temporary folder, wherever that is.
      env: { ...process.env, GIT_CEILING_DIRECTORIES: path.dirname(folder) },
    });

    expect(result.stderr).toContain("npm run db:migration needs a git checkout");
    expect(result.status).toBe(1);
    for (const engine of ["sqlite", "postgres"]) expect(fs.readdirSync(path.join(folder, "prisma", engine, "migrations"))).toEqual([]);
  });
});
