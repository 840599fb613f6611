import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getPublishedEdition, getWorkingEdition } from "@/lib/exchange/editions";
import { readAllPairs } from "@/lib/exchange/exchange-document";
import { fileResponse, PUBLIC_DOCUMENT_FORMATS, TEAM_DOCUMENT_FORMATS } from "@/lib/exchange/exchange-formats";
import { streamMarkdown, writeMarkdown } from "@/lib/exchange/markdown";
import { readExchangeFile } from "@/lib/exchange/read-exchange-file";
import { writeTmx } from "@/lib/exchange/tmx";
import { writeXliff12 } from "@/lib/exchange/xliff-1.2";
import { writeXliff21 } from "@/lib/exchange/xliff-2.1";
import { storeDocument } from "@/lib/import/store-document";
import { utf8 } from "../support/files";

/** An edition with all its pairs read, as the whole-file writers take it. */
const inHand = async (edition: ReturnType<typeof getWorkingEdition>) => {
  const document = await edition;
  return document && readAllPairs(document);
};

beforeEach(async () => {
  await db.document.deleteMany();
  await storeDocument(
    db,
    {
      slug: "edizioni",
      titleIt: "Edizioni",
      titleEn: "Editions",
      originalTitle: "Edizioni",
      sourceName: "Prova",
      attribution: "Fonte: Prova",
      paragraphs: [
        { textIt: "Titolo", textEn: "Heading", status: "approved", headingLevel: 2 },
        { textIt: "Approvato.", textEn: "Approved.", status: "approved", translatorNote: "Nota approvata." },
        { textIt: "Tradotto.", textEn: "Translated, awaiting review.", status: "translated", translatorNote: "Nota di lavoro." },
        { textIt: "Bozza." },
      ],
    },
    { origin: "import" },
  );
  // A newer English waits for review over the approved one.
  await db.paragraph.updateMany({
    where: { position: 2, document: { slug: "edizioni" } },
    data: { textEn: "Approved, then edited.", status: "translated" },
  });
});

describe("editions", () => {
  it("gives the team the working text with statuses, notes, headings, versions and what readers see of pairs under review", async () => {
    const working = await inHand(getWorkingEdition("edizioni"));
    expect(working?.paragraphs).toEqual([
      {
        textIt: "Titolo",
        textEn: "Heading",
        status: "approved",
        statusReason: null,
        translatorNote: null,
        headingLevel: 2,
        version: 1,
        publishedEn: null,
        publishedNote: null,
        publishedIt: null,
      },
      {
        textIt: "Approvato.",
        textEn: "Approved, then edited.",
        status: "translated",
        statusReason: null,
        translatorNote: "Nota approvata.",
        headingLevel: null,
        version: 1,
        // Readers still read the approved English (and its note) while the edit waits for review.
        publishedEn: "Approved.",
        publishedNote: "Nota approvata.",
        publishedIt: null,
      },
      {
        textIt: "Tradotto.",
        textEn: "Translated, awaiting review.",
        status: "translated",
        statusReason: null,
        translatorNote: "Nota di lavoro.",
        headingLevel: null,
        version: 1,
        publishedEn: null,
        publishedNote: null,
        publishedIt: null,
      },
      {
        textIt: "Bozza.",
        textEn: "",
        status: "draft",
        statusReason: null,
        translatorNote: null,
        headingLevel: null,
        version: 1,
        publishedEn: null,
        publishedNote: null,
        publishedIt: null,
      },
    ]);
  });

  it("tells translators the text's words by status in the team's exports, which importing leaves aside", async () => {
    const working = await inHand(getWorkingEdition("edizioni"));
    expect(working?.words).toEqual({
      approved: { pairs: 1, it: 1, en: 1 },
      translated: { pairs: 2, it: 2, en: 6 },
      needs_changes: { pairs: 0, it: 0, en: 0 },
      draft: { pairs: 1, it: 1, en: 0 },
    });
    const tmx = writeTmx(working!);
    expect(tmx).toContain('<prop type="x-a-fronte-words-total">pairs=4 it=4 en=7</prop>');
    expect(tmx).toContain('<prop type="x-a-fronte-words-translated">pairs=2 it=2 en=6</prop>');
    expect(writeXliff21(working!)).toContain('<mda:meta type="words-needs-changes">pairs=0 it=0 en=0</mda:meta>');
    expect(writeXliff12(working!)).toContain('<af:meta type="words-draft">pairs=1 it=1 en=0</af:meta>');
    const file = readExchangeFile(utf8(tmx), "edizioni.tmx");
    if (file.kind !== "document") throw new Error(`read as ${file.kind}`);
    expect(file.document.titleIt).toBe("Edizioni");
  });

  it("gives readers only what was approved: no English or note under review, no statuses", async () => {
    const published = await inHand(getPublishedEdition("edizioni"));
    expect(published?.paragraphs).toEqual([
      { textIt: "Titolo", textEn: "Heading", translatorNote: null, headingLevel: 2 },
      { textIt: "Approvato.", textEn: "Approved.", translatorNote: "Nota approvata.", headingLevel: null },
      { textIt: "Tradotto.", textEn: "", translatorNote: null, headingLevel: null },
      { textIt: "Bozza.", textEn: "", translatorNote: null, headingLevel: null },
    ]);
    const tmx = writeTmx(published!);
    expect(tmx).not.toContain("awaiting review");
    expect(tmx).not.toContain("Nota di lavoro");
    expect(tmx).not.toContain("x-a-fronte-status");
  });

  it("knows no edition of a text that does not exist", async () => {
    expect(await getWorkingEdition("nessuno")).toBeNull();
    expect(await getPublishedEdition("nessuno")).toBeNull();
  });

  it.each([
    ["TMX", "edizioni.tmx", writeTmx],
    ["XLIFF 1.2", "edizioni.xlf", writeXliff12],
    ["XLIFF 2.1", "edizioni.xliff", writeXliff21],
  ] as const)(
    "round-trips the working edition of a stored text through %s into an equal text, what readers see included",
    async (_, name, write) => {
      // The Italian edited too, not yet approved: readers keep the approved one.
      await db.paragraph.updateMany({ where: { position: 3, document: { slug: "edizioni" } }, data: { textIt: "Tradotto, corretto." } });
      const working = await inHand(getWorkingEdition("edizioni"));
      expect(working?.paragraphs[2]).toMatchObject({ textIt: "Tradotto, corretto.", publishedIt: "Tradotto." });
      const file = readExchangeFile(utf8(write(working!)), name);
      if (file.kind !== "document") throw new Error(`read as ${file.kind}`);
      const stored = await storeDocument(
        db,
        { ...file.document, slug: "edizioni-copia", originalTitle: "Edizioni", sourceName: "Prova", attribution: "Fonte: Prova" },
        { origin: "import" },
      );
      expect((await inHand(getWorkingEdition(stored.slug)))?.paragraphs).toEqual(working?.paragraphs);
      // Readers of the copy read what readers of the original read: the English and Italian under review stay unpublished.
      const published = async (slug: string) => (await inHand(getPublishedEdition(slug)))?.paragraphs;
      expect(await published(stored.slug)).toEqual(await published("edizioni"));
    },
  );

  it("streams a long text's files, read in batches, byte for byte as written whole", async () => {
    await storeDocument(
      db,
      {
        slug: "lungo",
        titleIt: "Un testo lungo",
        titleEn: "A long text",
        originalTitle: "Un testo lungo",
        sourceName: "Prova",
        attribution: "Fonte: Prova",
        paragraphs: Array.from({ length: 1_234 }, (_, index) => ({
          textIt: `Paragrafo ${index + 1}, con una «citazione» & altro.`,
          textEn: index % 3 ? `Paragraph ${index + 1}, with a "quotation" & more.` : "",
          status: index % 3 === 0 ? ("draft" as const) : index % 2 ? ("approved" as const) : ("translated" as const),
          headingLevel: index % 100 === 0 ? 2 : undefined,
        })),
      },
      { origin: "import" },
    );
    const body = (response: Response) => response.text();
    const working = (await inHand(getWorkingEdition("lungo")))!;
    expect(working.paragraphs).toHaveLength(1_234);
    for (const format of Object.values(TEAM_DOCUMENT_FORMATS)) {
      const streamed = fileResponse(format.stream((await getWorkingEdition("lungo"))!), "f", format.contentType, "no-store");
      expect(await body(streamed)).toBe(format.write(working));
    }
    const published = (await inHand(getPublishedEdition("lungo")))!;
    const tmx = PUBLIC_DOCUMENT_FORMATS.tmx;
    expect(await body(fileResponse(tmx.stream((await getPublishedEdition("lungo"))!), "f", tmx.contentType, "no-store"))).toBe(
      tmx.write(published),
    );
    const labels = { source: "Fonte", published: "Pubblicato", translatorNote: "Nota", untranslated: "Non ancora tradotto" };
    const markdown = streamMarkdown((await getPublishedEdition("lungo"))!, labels);
    expect(await body(fileResponse(markdown, "f", "text/markdown", "no-store"))).toBe(writeMarkdown(published, labels));
    expect(writeMarkdown(published, labels)).toContain("Paragrafo 1234,");
  });
});
