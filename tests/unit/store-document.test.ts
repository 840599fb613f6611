import { beforeEach, describe, expect, it } from "vitest";
import { ImportError } from "@/lib/core/import-error";
import type { NewDocument } from "@/lib/core/new-document";
import { db } from "@/lib/db";
import { getWorkingEdition } from "@/lib/exchange/editions";
import { storeDocument } from "@/lib/import/store-document";
import { getDocumentInfo, listDocuments, listDocumentSlugs } from "@/lib/library";
import { countSections } from "@/lib/reader/sections";
import { searchPairs } from "@/lib/search/search-paragraphs";
import { buildSearchQuery } from "@/lib/search/search-query";
import { snapshotTables } from "../support/snapshot";

function document(slug: string, paragraphCount: number): NewDocument {
  return {
    slug,
    titleIt: "Un testo di prova",
    titleEn: "A test text",
    originalTitle: "UN TESTO DI PROVA",
    sourceName: "Prova",
    attribution: "Fonte: Prova",
    paragraphs: Array.from({ length: paragraphCount }, (_, index) => ({
      textIt: `Paragrafo numero ${index + 1}.`,
      textEn: index % 2 === 0 ? `Paragraph number ${index + 1}.` : "",
      status: index % 2 === 0 ? "translated" : "draft",
    })),
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

describe("storeDocument", () => {
  it("stores the document, its paragraphs in order and a first revision of each text", async () => {
    const stored = await storeDocument(db, document("prova", 3), { origin: "import" });
    expect(stored.paragraphCount).toBe(3);

    const paragraphs = await db.paragraph.findMany({ where: { documentId: stored.id }, orderBy: { position: "asc" } });
    expect(paragraphs.map((p) => [p.position, p.textIt, p.status, p.version])).toEqual([
      [1, "Paragrafo numero 1.", "translated", 1],
      [2, "Paragrafo numero 2.", "draft", 1],
      [3, "Paragrafo numero 3.", "translated", 1],
    ]);
    const revisions = await db.revision.findMany({ where: { paragraph: { documentId: stored.id } } });
    // Three Italian texts and the two English ones that exist.
    expect(revisions).toHaveLength(5);
    expect(revisions.every((revision) => revision.origin === "import" && revision.before === "")).toBe(true);
  });

  it("refuses a slug that is taken and changes nothing", async () => {
    await storeDocument(db, document("prova", 2), { origin: "import" });
    const before = await snapshotTables(db);
    const error = await refusal(storeDocument(db, document("prova", 4), { origin: "import" }));
    expect(error.code).toBe("slug-taken");
    expect(error.message).toContain('"prova" already exists');
    expect(await snapshotTables(db)).toEqual(before);
  });

  it("refuses invalid metadata before writing, naming the field", async () => {
    const before = await snapshotTables(db);
    const error = await refusal(storeDocument(db, { ...document("Not A Slug", 1) }, { origin: "import" }));
    expect(error.code).toBe("invalid-metadata");
    expect(error.message).toContain("slug");
    expect(await snapshotTables(db)).toEqual(before);
  });

  it("stores all or nothing: a long import cancelled half-way leaves no trace", async () => {
    const before = await snapshotTables(db);
    const controller = new AbortController();
    const error = await refusal(
      storeDocument(db, document("lungo", 1_200), {
        origin: "import",
        signal: controller.signal,
        onProgress: (stored) => stored >= 500 && controller.abort(),
      }),
    );
    expect(error.code).toBe("aborted");
    expect(await snapshotTables(db)).toEqual(before);
  });
});

describe("a long import, written in batches", () => {
  it("stays out of sight until its last pair is stored: no list, page, search or workspace shows half a text", async () => {
    await storeDocument(db, document("visibile", 2), { origin: "import" });
    const seen: unknown[] = [];
    await storeDocument(db, document("in-arrivo", 350), {
      origin: "import",
      onProgress: async (stored) => {
        if (stored === 350) return;
        const found = await searchPairs(db, buildSearchQuery("numero")!);
        seen.push({
          stored,
          listed: (await listDocuments()).map(({ slug }) => slug),
          sitemap: (await listDocumentSlugs()).map(({ slug }) => slug),
          info: await getDocumentInfo("in-arrivo"),
          sections: await countSections("in-arrivo"),
          exported: await getWorkingEdition("in-arrivo"),
          found: found.hits.map((hit) => hit.document.slug),
        });
      },
    });
    const hidden = {
      listed: ["visibile"],
      sitemap: ["visibile"],
      info: null,
      sections: 0,
      exported: null,
      found: ["visibile", "visibile"],
    };
    expect(seen).toEqual([100, 200, 300].map((stored) => ({ stored, ...hidden })));
    expect((await listDocuments()).map(({ slug }) => slug)).toEqual(["in-arrivo", "visibile"]);
    expect(await getDocumentInfo("in-arrivo")).toMatchObject({ pairCount: 350 });
  });

  it("removes what an import killed outright left, at the next import: its slug is free again", async () => {
    const killed = await db.document.create({
      data: {
        slug: "lungo",
        titleIt: "Un testo interrotto",
        titleEn: "",
        originalTitle: "Un testo interrotto",
        sourceName: "Prova",
        attribution: "Prova",
        importingAt: new Date(Date.now() - 2 * 60_000),
        paragraphs: { create: [{ position: 1, textIt: "Rimasto a metà.", approvedIt: "Rimasto a metà." }] },
      },
    });
    const stored = await storeDocument(db, document("lungo", 3), { origin: "import" });
    expect(stored.id).not.toBe(killed.id);
    expect(await db.document.findMany({ select: { slug: true, importingAt: true } })).toEqual([{ slug: "lungo", importingAt: null }]);
    expect(await db.paragraph.count({ where: { textIt: "Rimasto a metà." } })).toBe(0);
  });

  it("refuses the slug of an import still under way (and leaves it alone)", async () => {
    const slow = new AbortController();
    let refusedMeanwhile: ImportError | null = null;
    await refusal(
      storeDocument(db, document("contesa", 300), {
        origin: "import",
        signal: slow.signal,
        onProgress: async () => {
          refusedMeanwhile ??= await refusal(storeDocument(db, document("contesa", 2), { origin: "import" }));
          slow.abort();
        },
      }),
    );
    expect(refusedMeanwhile).toMatchObject({ code: "slug-taken" });
    expect(await db.document.count()).toBe(0);
  });
});
