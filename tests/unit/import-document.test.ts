import { beforeEach, describe, expect, it } from "vitest";
import { createUser } from "@/lib/auth/accounts";
import { ImportError } from "@/lib/core/import-error";
import { db } from "@/lib/db";
import { addMissingTerms } from "@/lib/glossary/store-terms";
import { importDocument, SourceFileError, type DocumentImport } from "@/lib/import/import-document";
import { glossary } from "@/prisma/seed/glossary";
import { snapshotTables } from "../support/snapshot";
import { english, englishWithSplit, italian } from "./import-texts";

const enc = (text: string) => new TextEncoder().encode(text);

/** The seed article as Markdown: a title, two sections, emphasis in the first paragraph. */
function italianMarkdown(): string {
  const body = [...italian];
  body[0] = body[0]!.replace("Xu Qiliang", "_Xu Qiliang_");
  return ["# Cina e Kazakhstan", "## Il viaggio", ...body.slice(0, 5), "## Le origini", ...body.slice(5), "Fonte: C.E.S.I."].join("\n\n");
}

function englishMarkdown(paragraphs: readonly string[]): string {
  return ["# China and Kazakhstan", "## The journey", ...paragraphs.slice(0, 6), "## The origins", ...paragraphs.slice(6)].join("\n\n");
}

function request(overrides: Partial<DocumentImport> = {}): DocumentImport {
  return {
    italian: { name: "cina-kazakhstan.it.md", bytes: enc(italianMarkdown()) },
    english: { name: "cina-kazakhstan.en.md", bytes: enc(englishMarkdown(englishWithSplit(2))) },
    ...overrides,
  };
}

async function refusal(promise: Promise<unknown>): Promise<ImportError> {
  const error = await promise.then(
    () => null,
    (reason: unknown) => reason,
  );
  if (!(error instanceof ImportError)) throw new Error(`expected an ImportError, got ${String(error)}`);
  return error;
}

beforeEach(async () => {
  await db.document.deleteMany();
});

describe("importDocument", () => {
  it("stores a Markdown text with an English of another paragraph count, aligned, with headings and emphasis", async () => {
    const summary = await importDocument(db, request());
    expect(summary).toMatchObject({
      slug: "cina-kazakhstan",
      titleIt: "Cina e Kazakhstan",
      titleEn: "China and Kazakhstan",
      pairs: 17,
      italianParagraphs: 17,
      englishParagraphs: 18,
      kinds: { "1:1": 16, "1:2": 1 },
      lowConfidence: 0,
      headings: 2,
      approved: 0,
    });

    const document = await db.document.findUniqueOrThrow({
      where: { slug: "cina-kazakhstan" },
      include: { paragraphs: { orderBy: { position: "asc" } } },
    });
    expect(document).toMatchObject({ titleEn: "China and Kazakhstan", sourceName: "C.E.S.I.", attribution: "Fonte: C.E.S.I." });
    const [first, opening, , split] = document.paragraphs;
    expect(first).toMatchObject({ textIt: "Il viaggio", textEn: "The journey", headingLevel: 2, alignmentConfidence: null });
    expect(opening?.textIt).toContain("*Xu Qiliang*");
    expect(split).toMatchObject({ textIt: italian[2], textEn: english[2], status: "translated", headingLevel: null });
    expect(split?.alignmentConfidence).toBeGreaterThan(0.9);
    expect(document.paragraphs[6]).toMatchObject({ textIt: "Le origini", textEn: "The origins", headingLevel: 2 });
  });

  it("publishes the English when asked, in the editor's name", async () => {
    const admin = await createUser(db, { username: "ada", displayName: "Ada", role: "admin", password: "una-password-lunga" });
    const summary = await importDocument(db, request({ publish: true, slug: "pubblicato" }), { userId: admin.id });
    expect(summary.approved).toBe(17);
    const paragraphs = await db.paragraph.findMany({ where: { document: { slug: "pubblicato" } }, include: { revisions: true } });
    expect(paragraphs.every((p) => p.status === "approved" && p.approvedEn === p.textEn && p.reviewedById === admin.id)).toBe(true);
    expect(paragraphs.flatMap((p) => p.revisions).every((r) => r.authorId === admin.id && r.origin === "import")).toBe(true);
  });

  it("keeps the first section heading of an English file that has no # title, paired with the Italian's", async () => {
    const untitled = englishMarkdown(englishWithSplit(2)).replace("# China and Kazakhstan\n\n", "");
    expect(untitled.startsWith("## The journey")).toBe(true);
    const summary = await importDocument(
      db,
      request({ english: { name: "senza-titolo.en.md", bytes: enc(untitled) }, slug: "senza-titolo" }),
    );
    expect(summary).toMatchObject({ titleEn: "", pairs: 17, englishParagraphs: 18, headings: 2, kinds: { "1:1": 16, "1:2": 1 } });
    const [first] = await db.paragraph.findMany({ where: { document: { slug: "senza-titolo" } }, orderBy: { position: "asc" } });
    expect(first).toMatchObject({ textIt: "Il viaggio", textEn: "The journey", headingLevel: 2 });
  });

  it("stores English the Italian lacks as a pair with an empty Italian and no Italian revision", async () => {
    // A translator's preface as long as two paragraphs: joined to a neighbour it would double its length.
    const extra =
      "The translator's preface: this English version follows the Italian paragraph by paragraph, restores in square brackets " +
      "the words the scraped source lost where the original web page carried links, and keeps the names of persons and " +
      "institutions in the spelling most common in English-language reporting on Central Asia, with the Italian forms " +
      "recorded in the glossary for readers who want to follow the original closely.";
    const summary = await importDocument(
      db,
      request({
        italian: { name: "breve.txt", bytes: enc(["Titolo breve", ...italian, "Fonte: Redazione"].join("\n\n")) },
        english: { name: "breve.en.txt", bytes: enc([...english.slice(0, 2), extra, ...english.slice(2)].join("\n\n")) },
      }),
    );
    expect(summary.kinds).toEqual({ "1:1": 15, "0:1": 1 });
    expect(summary.lowConfidence).toBe(1);
    const orphan = await db.paragraph.findFirstOrThrow({
      where: { document: { slug: "breve" }, textIt: "" },
      include: { revisions: true },
    });
    expect(orphan).toMatchObject({ textEn: extra, position: 3, alignmentConfidence: 0, status: "translated" });
    expect(orphan.revisions.map((revision) => revision.language)).toEqual(["en"]);
  });

  it("aligns by the glossary too: an added English paragraph among paragraphs of one length is found where it stands", async () => {
    // Paragraphs 7 to 10 are 200-240 characters long: by their lengths the extra one could sit anywhere among them.
    const added =
      "The translator added this paragraph to explain to English readers that the Shanghai Cooperation Organisation " +
      "was founded in 2001 by China, Russia, Kazakhstan, Kyrgyzstan, Tajikistan and Uzbekistan, and that it deals with security.";
    const file = (name: string, text: string) => ({ name, bytes: enc(text) });
    const texts = {
      italian: file("glossario.txt", ["Titolo", ...italian, "Fonte: Redazione"].join("\n\n")),
      english: file("glossario.en.txt", [...english.slice(0, 10), added, ...english.slice(10)].join("\n\n")),
    };
    await db.glossaryTerm.deleteMany();
    const byLength = await importDocument(db, { ...texts, slug: "senza-glossario" });
    await addMissingTerms(db, glossary);
    const byTerms = await importDocument(db, { ...texts, slug: "con-glossario" });

    const orphan = (slug: string) => db.paragraph.findFirstOrThrow({ where: { document: { slug }, textIt: "" } });
    expect((await orphan("con-glossario")).textEn).toBe(added);
    expect(byTerms).toMatchObject({ kinds: { "1:1": 15, "0:1": 1 }, lowConfidence: 1 });
    // By lengths alone the added paragraph is paired with an Italian one, and that pair is flagged for review.
    expect((await orphan("senza-glossario")).textEn).not.toBe(added);
    const pairedWithAdded = await db.paragraph.findFirstOrThrow({ where: { document: { slug: "senza-glossario" }, textEn: added } });
    expect(pairedWithAdded.alignmentConfidence).toBeLessThan(0.8);
    expect(byLength.lowConfidence).toBeGreaterThan(1);
  });

  it("imports the Italian alone when no English is given", async () => {
    const summary = await importDocument(db, request({ english: null }));
    expect(summary).toMatchObject({ pairs: 17, englishParagraphs: null, kinds: {}, titleEn: "" });
    expect(await db.paragraph.count({ where: { status: "draft", textEn: "" } })).toBe(17);
  });
});

describe("importDocument refuses bad input, naming the file, and stores nothing", () => {
  const cases: [string, Partial<DocumentImport>, string, RegExp][] = [
    ["an empty English file", { english: { name: "vuoto.en.txt", bytes: new Uint8Array() } }, "empty", /vuoto\.en\.txt is empty/],
    [
      "a binary Italian file",
      { italian: { name: "immagine.txt", bytes: Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2]) } },
      "binary",
      /binary data/,
    ],
    [
      "a Latin-1 Italian file",
      { italian: { name: "vecchio.txt", bytes: Buffer.from("TITOLO\n\nCittà.\n\nFonte: X\n", "latin1") } },
      "not-utf8",
      /not valid UTF-8/,
    ],
    [
      "an oversized English file",
      { english: { name: "enorme.en.txt", bytes: new Uint8Array(5 * 1024 * 1024 + 1).fill(0x61) } },
      "too-large",
      /limit/,
    ],
    ["an Italian with no paragraphs", { italian: { name: "titolo.md", bytes: enc("# Solo un titolo\n") } }, "no-paragraphs", /titolo\.md/],
    [
      "an English that is not the Italian's translation",
      { english: { name: "altro.en.txt", bytes: enc("Short.\n\nShort too.\n\nA third.") } },
      "unalignable",
      /English/,
    ],
    ["a taken slug", { slug: "cesi-cina-kazakhstan-taken" }, "slug-taken", /already exists/],
  ];

  it.each(cases)("%s", async (_name, overrides, code, message) => {
    if (code === "slug-taken") await importDocument(db, request({ slug: "cesi-cina-kazakhstan-taken", english: null }));
    const before = await snapshotTables(db);
    const error = await refusal(importDocument(db, request(overrides)));
    expect(error.code).toBe(code);
    expect(error.message).toMatch(message);
    expect(await snapshotTables(db)).toEqual(before);
  });

  it("says which of the two files was refused", async () => {
    const error = await refusal(importDocument(db, request({ english: { name: "vuoto.en.txt", bytes: new Uint8Array() } })));
    expect(error).toBeInstanceOf(SourceFileError);
    expect((error as SourceFileError).language).toBe("en");
  });
});
