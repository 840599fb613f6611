import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { createUser } from "@/lib/auth/accounts";
import { db } from "@/lib/db";
import { createImportToken } from "@/lib/import/import-token";
import { snapshotTables } from "../support/snapshot";
import { englishWithSplit, italian } from "./import-texts";

const folder = fs.mkdtempSync(path.join(os.tmpdir(), "a-fronte-import-"));
const PASSWORD = "una-password-lunga";
let token = "";
let tokenId = 0;
let adaId = 0;

function write(name: string, contents: Buffer | string): string {
  const file = path.join(folder, name);
  fs.writeFileSync(file, contents);
  return file;
}

/** Runs `npm run import` as a user would, with the token in the environment unless told otherwise. */
function run(args: string[], { env = { A_FRONTE_IMPORT_TOKEN: token } as Record<string, string>, input = "" } = {}) {
  const result = spawnSync(process.execPath, ["node_modules/tsx/dist/cli.mjs", "scripts/import.ts", ...args], {
    env: { ...process.env, A_FRONTE_IMPORT_TOKEN: "", ...env },
    input,
    encoding: "utf8",
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

beforeAll(async () => {
  adaId = (await createUser(db, { username: "ada", displayName: "Ada", role: "admin", password: PASSWORD })).id;
  await createUser(db, { username: "tomaso", displayName: "Tomaso", role: "translator", password: PASSWORD });
  // Another token first, so the token's id is not 1 by chance.
  await createImportToken(db, "other");
  ({ token, id: tokenId } = await createImportToken(db, "test"));
});

describe("npm run import", { timeout: 120_000 }, () => {
  it("imports a plain-text file with a token and reports what it stored", async () => {
    const file = write("la-voce.it.txt", "LA VOCE DEL LETTORE\n\nPrimo paragrafo.\n\nSecondo paragrafo.\n\nFonte\nRedazione\n");
    const result = run([file]);
    expect(result.stderr).toBe("");
    expect(result.stdout).toContain('Imported "La voce del lettore" as la-voce (by token "test"): 2 pairs.');
    expect(result.stdout).toContain("2 Italian paragraphs, no English yet.");
    expect(result.status).toBe(0);
    const document = await db.document.findUniqueOrThrow({ where: { slug: "la-voce" }, include: { paragraphs: true } });
    expect(document.sourceName).toBe("Redazione");
    expect(document.paragraphs.map((p) => [p.textIt, p.status])).toEqual([
      ["Primo paragrafo.", "draft"],
      ["Secondo paragrafo.", "draft"],
    ]);
    // The revisions say which token brought the text in; no account stands behind it.
    const revisions = await db.revision.findMany({ where: { paragraph: { documentId: document.id } } });
    expect(revisions.map((revision) => [revision.origin, revision.authorId])).toEqual([
      [`import-token:${tokenId}`, null],
      [`import-token:${tokenId}`, null],
    ]);
  });

  it("publishes with a token: approved pairs name no reviewer, their revisions the token", async () => {
    const file = write("pubblico.it.txt", "Pubblico\n\nUn paragrafo.\n\nFonte: Redazione\n");
    const english = write("pubblico.en.txt", "Public\n\nA paragraph.\n");
    const result = run([file, "--en", english, "--publish"]);
    expect([result.stderr, result.status]).toEqual(["", 0]);
    const paragraphs = await db.paragraph.findMany({ where: { document: { slug: "pubblico" } }, include: { revisions: true } });
    expect(paragraphs.map((p) => [p.status, p.reviewedById, p.reviewedAt !== null])).toEqual([["approved", null, true]]);
    expect(paragraphs[0]?.revisions.map((r) => [r.language, r.origin, r.authorId, r.status])).toEqual([
      ["it", `import-token:${tokenId}`, null, "approved"],
      ["en", `import-token:${tokenId}`, null, "approved"],
    ]);
  });

  it("imports Markdown with its English as an admin, password on standard input, and sums up the alignment", async () => {
    const it = write("cina.it.md", ["# Cina e Kazakhstan", ...italian, "Fonte: C.E.S.I."].join("\n\n"));
    const en = write("cina.en.md", ["# China and Kazakhstan", ...englishWithSplit(2)].join("\n\n"));
    const result = run([it, "--en", en, "--user", "ada", "--publish", "--url", "https://www.cesi-italia.org/", "--published", "2018-11"], {
      env: {},
      input: `${PASSWORD}\n`,
    });
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Imported "Cina e Kazakhstan" as cina (by ada): 15 pairs.');
    expect(result.stdout).toContain("15 Italian paragraphs, 16 English paragraphs.");
    expect(result.stdout).toContain("Pairs by alignment: 1:1 14, 1:2 1, 2:1 0, 1:0 0, 0:1 0.");
    expect(result.stdout).toContain("Low-confidence pairs (check them in the review workspace): 0.");
    expect(result.stdout).toContain("Published to readers: 15 pairs.");
    expect(result.stdout).toMatch(/Time: \d+\.\d\d s\./);
    const document = await db.document.findUniqueOrThrow({ where: { slug: "cina" } });
    expect(document).toMatchObject({ titleEn: "China and Kazakhstan", sourceUrl: "https://www.cesi-italia.org/", publishedOn: "2018-11" });
    // An admin's import is in the admin's name: author of the revisions, approver of the published pairs.
    const paragraphs = await db.paragraph.findMany({ where: { documentId: document.id }, include: { revisions: true } });
    expect(new Set(paragraphs.map((p) => p.reviewedById))).toEqual(new Set([adaId]));
    expect(new Set(paragraphs.flatMap((p) => p.revisions.map((r) => `${r.origin} ${r.authorId}`)))).toEqual(new Set([`import ${adaId}`]));
  });

  it("refuses a Latin-1 file with the reason and stores nothing", async () => {
    const before = await snapshotTables(db);
    const result = run([write("vecchio.txt", Buffer.from("TITOLO\n\nCittà.\n\nFonte: Archivio\n", "latin1"))]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("Import refused: vecchio.txt is not valid UTF-8");
    expect(await snapshotTables(db)).toEqual(before);
  });

  it("refuses a file over the limit by its size, before reading it, and what is not a regular file", async () => {
    const before = await snapshotTables(db);
    // Sparse: 3 GiB on paper, no space on disk. Read whole, it could not even be held in one buffer.
    const huge = write("enorme.txt", "");
    fs.truncateSync(huge, 3 * 1024 ** 3);
    const result = run([huge]);
    expect([result.status, result.stderr.trim()]).toEqual([
      1,
      "Import refused: enorme.txt is 3072.00 MiB (3221225472 bytes); the limit for a text file is 5.00 MiB (5242880 bytes).",
    ]);
    const tmx = write("enorme.tmx", "");
    fs.truncateSync(tmx, 21 * 1024 ** 2);
    expect(run([tmx]).stderr).toContain("enorme.tmx is 21.00 MiB (22020096 bytes); the limit for an exchange file is 20.00 MiB");
    const folderResult = run([folder]);
    expect([folderResult.status, folderResult.stderr.trim()]).toEqual([
      1,
      `Import refused: Cannot read ${folder}: it is not a regular file.`,
    ]);
    expect(await snapshotTables(db)).toEqual(before);
    fs.rmSync(huge);
    fs.rmSync(tmx);
  });

  it("refuses a translator, a wrong password and an unknown token, storing nothing", async () => {
    const file = write("rifiutato.txt", "Titolo\n\nUn paragrafo.\n\nFonte: Redazione\n");
    const before = await snapshotTables(db);
    const translator = run([file, "--user", "tomaso"], { env: {}, input: `${PASSWORD}\n` });
    expect([translator.status, translator.stderr.trim()]).toEqual([
      1,
      'Import refused: "tomaso" is a translator; only an admin may import texts.',
    ]);
    const wrong = run([file, "--user", "ada"], { env: {}, input: "non-questa-password\n" });
    expect([wrong.status, wrong.stderr.trim()]).toEqual([1, "Import refused: Wrong username or password."]);
    const forged = run([file], { env: { A_FRONTE_IMPORT_TOKEN: "afi_inventato" } });
    expect(forged.status).toBe(1);
    expect(forged.stderr).toContain("unknown or revoked");
    expect(await snapshotTables(db)).toEqual(before);
  });

  it("answers usage errors with exit code 2: no file, an unknown option, or nobody named", () => {
    expect(run([]).status).toBe(2);
    expect(run(["x.txt", "--colour"]).status).toBe(2);
    const anonymous = run(["x.txt"], { env: {} });
    expect(anonymous.status).toBe(2);
    expect(anonymous.stderr).toContain("Say who imports");
  });
});

describe("npm run import with exchange files", { timeout: 120_000 }, () => {
  it("imports a TMX file from another tool as a document in pairs", async () => {
    const tmx = write(
      "memoria-tradotta.tmx",
      `<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4">
  <header creationtool="OmegaT" creationtoolversion="6.0" datatype="plaintext" segtype="paragraph" adminlang="en" srclang="it" o-tmf="OmegaT"/>
  <body>
    <tu><tuv xml:lang="it"><seg>Il primo paragrafo della memoria.</seg></tuv><tuv xml:lang="en"><seg>The first paragraph of the memory.</seg></tuv></tu>
    <tu><tuv xml:lang="it-IT"><seg>Il secondo, con una città.</seg></tuv><tuv xml:lang="en-GB"><seg>The second, with a city.</seg></tuv></tu>
  </body>
</tmx>
`,
    );
    const result = run([tmx, "--source", "Archivio di prova"]);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('as memoria-tradotta (by token "test"): 2 pairs.');
    // The file paired the texts: no aligner's figures (there were "1:1 0" and "Italian paragraphs" here).
    expect(result.stdout).toContain("Paired as the file's units pair them: 2 with Italian, 2 with English.");
    expect(result.stdout).not.toContain("Pairs by alignment");
    expect(result.stdout).not.toContain("Italian paragraphs");
    const paragraphs = await db.paragraph.findMany({ where: { document: { slug: "memoria-tradotta" } }, orderBy: { position: "asc" } });
    expect(paragraphs.map((p) => [p.textIt, p.textEn, p.status])).toEqual([
      ["Il primo paragrafo della memoria.", "The first paragraph of the memory.", "translated"],
      ["Il secondo, con una città.", "The second, with a city.", "translated"],
    ]);
  });

  it("refuses an exchange file given with an English file", () => {
    const result = run([write("coppie.tmx", "<tmx/>"), "--en", write("coppie.en.txt", "Text.")]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("coppie.tmx already holds both languages");
  });
});
