import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { snapshotTables } from "../support/snapshot";

const folder = fs.mkdtempSync(path.join(os.tmpdir(), "a-fronte-import-"));

function importFile(name: string, contents: Buffer | string, ...args: string[]) {
  const file = path.join(folder, name);
  fs.writeFileSync(file, contents);
  const result = spawnSync(process.execPath, ["node_modules/tsx/dist/cli.mjs", "scripts/import.ts", file, ...args], {
    env: { ...process.env },
    encoding: "utf8",
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("npm run import", () => {
  it("imports a plain-text file and reports what it stored", async () => {
    const result = importFile("la-voce.it.txt", "LA VOCE DEL LETTORE\n\nPrimo paragrafo.\n\nSecondo paragrafo.\n\nFonte\nRedazione\n");
    expect(result.stderr).toBe("");
    expect(result.stdout).toContain('Imported "La voce del lettore" as la-voce: 2 paragraphs.');
    expect(result.status).toBe(0);
    const document = await db.document.findUniqueOrThrow({ where: { slug: "la-voce" }, include: { paragraphs: true } });
    expect(document.sourceName).toBe("Redazione");
    expect(document.paragraphs.map((p) => [p.textIt, p.status])).toEqual([
      ["Primo paragrafo.", "draft"],
      ["Secondo paragrafo.", "draft"],
    ]);
  });

  it("refuses a Latin-1 file with the reason and stores nothing", async () => {
    const before = await snapshotTables(db);
    const result = importFile("vecchio.txt", Buffer.from("TITOLO\n\nCittà.\n\nFonte: Archivio\n", "latin1"));
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("Import refused: vecchio.txt is not valid UTF-8");
    expect(await snapshotTables(db)).toEqual(before);
  });
});
