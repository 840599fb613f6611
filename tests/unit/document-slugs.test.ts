import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { storeDocument } from "@/lib/import/store-document";
import { listDocumentSlugs } from "@/lib/library";
import { seedLibrary } from "@/prisma/seed/seed-library";

beforeAll(async () => {
  await seedLibrary(db);
  await storeDocument(
    db,
    {
      slug: "bozza",
      titleIt: "Una bozza",
      titleEn: "",
      originalTitle: "Una bozza",
      sourceName: "Redazione",
      attribution: "Redazione",
      paragraphs: [{ textIt: "Primo." }],
    },
    { origin: "import" },
  );
});

describe("listDocumentSlugs", () => {
  it("lists every text once, oldest first, with when it last changed", async () => {
    const documents = await listDocumentSlugs();
    expect(documents.map((document) => document.slug)).toEqual(["cesi-cina-kazakhstan", "bozza"]);
    const stored = await db.document.findUniqueOrThrow({ where: { slug: "cesi-cina-kazakhstan" }, select: { updatedAt: true } });
    expect(documents[0]?.updatedAt).toEqual(stored.updatedAt);
  });

  it("moves a text's date forward when the text is edited", async () => {
    const before = (await listDocumentSlugs()).find((document) => document.slug === "bozza")?.updatedAt;
    // updatedAt has millisecond precision: the edit must come in a later millisecond than the last one.
    while (Date.now() <= before!.getTime()) await new Promise((resolve) => setImmediate(resolve));
    await db.document.update({ where: { slug: "bozza" }, data: { titleEn: "A draft" } });
    const after = (await listDocumentSlugs()).find((document) => document.slug === "bozza")?.updatedAt;
    expect(after!.getTime()).toBeGreaterThan(before!.getTime());
  });
});
