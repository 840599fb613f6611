// Invisible characters in an imported file (lib/core/invisible-characters.ts): the
// refusal names the first one, its line and column, and how many there are; asked to,
// the import takes them out instead. One U+202A in a real chapter used to block the
// whole import with "paragraphs[602].textIt … such as U+202E".
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { ImportError } from "@/lib/core/import-error";
import { findInvisible } from "@/lib/core/invisible-characters";
import { readExchangeFile } from "@/lib/exchange/read-exchange-file";
import { importDocument } from "@/lib/import/import-document";
import { snapshotTables } from "../support/snapshot";

const utf8 = (text: string) => new TextEncoder().encode(text);
const CHAPTER = "Titolo\n\nIl primo paragrafo.\n\nIl secondo, con \u202Aun segno\u202C nascosto.\n\nFonte: Prova\n";

describe("findInvisible", () => {
  it("names the first invisible character, its line and column, and counts them all", () => {
    expect(findInvisible(CHAPTER)).toEqual({ codePoint: "U+202A", name: "LEFT-TO-RIGHT EMBEDDING", line: 5, column: 17, count: 2 });
    expect(findInvisible("a\u0007b")).toMatchObject({ codePoint: "U+0007", name: "CONTROL CHARACTER", line: 1, column: 2 });
    expect(findInvisible("Plain text, tab\tand line\nend.")).toBeNull();
  });
});

describe("an import with invisible characters", () => {
  it("is refused with the character named and placed, and stores nothing", async () => {
    const before = await snapshotTables(db);
    const attempt = importDocument(db, { italian: { name: "capitolo.txt", bytes: utf8(CHAPTER) }, slug: "capitolo-invisibile" });
    await expect(attempt).rejects.toThrow(ImportError);
    await expect(attempt).rejects.toThrow(
      "capitolo.txt, line 5, column 17: an invisible character, U+202A LEFT-TO-RIGHT EMBEDDING (2 such characters in the file).",
    );
    await expect(attempt).rejects.toThrow("--strip-invisible");
    expect(await snapshotTables(db)).toEqual(before);
  });

  it("takes them out when asked, and stores the text without them", async () => {
    const summary = await importDocument(db, {
      italian: { name: "capitolo.txt", bytes: utf8(CHAPTER) },
      slug: "capitolo-ripulito",
      stripInvisible: true,
    });
    expect(summary.pairs).toBe(2);
    const stored = await db.paragraph.findMany({ where: { document: { slug: "capitolo-ripulito" } }, orderBy: { position: "asc" } });
    expect(stored.map((pair) => pair.textIt)).toEqual(["Il primo paragrafo.", "Il secondo, con un segno nascosto."]);
  });

  it("in an exchange file, is refused or cleaned the same way", () => {
    const tmx = utf8(
      `<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4"><header srclang="it" datatype="plaintext" segtype="paragraph" adminlang="en" o-tmf="x" creationtool="x" creationtoolversion="1"/><body>\n<tu><tuv xml:lang="it"><seg>Uno \u202Edue</seg></tuv><tuv xml:lang="en"><seg>One two</seg></tuv></tu></body></tmx>`,
    );
    expect(() => readExchangeFile(tmx, "memoria.tmx")).toThrow(
      "memoria.tmx, line 3, column 33: an invisible character, U+202E RIGHT-TO-LEFT OVERRIDE.",
    );
    const cleaned = readExchangeFile(tmx, "memoria.tmx", { stripInvisible: true });
    expect(cleaned.kind === "document" && cleaned.document.paragraphs.map((pair) => pair.textIt)).toEqual(["Uno due"]);
  });
});
