import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { storeDocument } from "@/lib/import/store-document";
import { getDocumentInfo, getPublishedPairs, listDocuments } from "@/lib/library";
import { seedLibrary } from "@/prisma/seed/seed-library";

beforeAll(async () => {
  await seedLibrary(db);
  await storeDocument(
    db,
    {
      slug: "bozza",
      titleIt: "Una bozza",
      titleEn: "A draft",
      originalTitle: "Una bozza",
      sourceName: "Redazione",
      attribution: "Redazione",
      publishedOn: "2026-11",
      paragraphs: [
        { textIt: "Primo.", textEn: "First.", status: "approved" },
        { textIt: "Secondo.", textEn: "Second.", status: "translated" },
        { textIt: "Terzo." },
      ],
    },
    { origin: "import" },
  );
});

describe("listDocuments", () => {
  it("lists every text, newest first, with its paragraph count and reviewed share", async () => {
    const documents = await listDocuments();
    expect(documents.map((d) => [d.slug, d.paragraphCount, d.approvedCount])).toEqual([
      ["bozza", 3, 1],
      ["cesi-cina-kazakhstan", 15, 15],
    ]);
    expect(documents[0]?.publishedOn).toBe("2026-11");
  });
});

describe("a text's card and its published pairs", () => {
  it("returns the paragraphs in reading order with both texts and the notes", async () => {
    const document = await getDocumentInfo("cesi-cina-kazakhstan");
    expect(document?.pairCount).toBe(15);
    const paragraphs = await getPublishedPairs(document!.id, 1, 100);
    expect(paragraphs.map((p) => p.position)).toEqual(Array.from({ length: 15 }, (_, i) => i + 1));
    expect((await getPublishedPairs(document!.id, 3, 4)).map((p) => p.position)).toEqual([3, 4]);
    const third = paragraphs[2];
    expect(third?.textIt).toContain("che lega e Kazakhstan");
    expect(third?.textEn).toContain("binds [China] and Kazakhstan");
    expect(third?.translatorNote).toContain("source lacks a word");
  });

  it("returns null for an unknown text", async () => {
    expect(await getDocumentInfo("non-esiste")).toBeNull();
  });
});
