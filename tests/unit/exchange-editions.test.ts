import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getPublishedEdition, getWorkingEdition } from "@/lib/exchange/editions";
import { readExchangeFile } from "@/lib/exchange/read-exchange-file";
import { writeTmx } from "@/lib/exchange/tmx";
import { storeDocument } from "@/lib/import/store-document";
import { utf8 } from "../support/files";

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
  it("gives the team the working text with statuses, notes and headings", async () => {
    const working = await getWorkingEdition("edizioni");
    expect(working?.paragraphs).toEqual([
      { textIt: "Titolo", textEn: "Heading", status: "approved", translatorNote: null, headingLevel: 2 },
      {
        textIt: "Approvato.",
        textEn: "Approved, then edited.",
        status: "translated",
        translatorNote: "Nota approvata.",
        headingLevel: null,
      },
      {
        textIt: "Tradotto.",
        textEn: "Translated, awaiting review.",
        status: "translated",
        translatorNote: "Nota di lavoro.",
        headingLevel: null,
      },
      { textIt: "Bozza.", textEn: "", status: "draft", translatorNote: null, headingLevel: null },
    ]);
  });

  it("gives readers only what was approved: no English or note under review, no statuses", async () => {
    const published = await getPublishedEdition("edizioni");
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

  it("round-trips the working edition of a stored text through TMX into an equal text", async () => {
    const working = await getWorkingEdition("edizioni");
    const file = readExchangeFile(utf8(writeTmx(working!)), "edizioni.tmx");
    if (file.kind !== "document") throw new Error(`read as ${file.kind}`);
    const stored = await storeDocument(
      db,
      { ...file.document, slug: "edizioni-copia", originalTitle: "Edizioni", sourceName: "Prova", attribution: "Fonte: Prova" },
      { origin: "import" },
    );
    expect((await getWorkingEdition(stored.slug))?.paragraphs).toEqual(working?.paragraphs);
  });
});
