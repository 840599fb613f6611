import { beforeEach, describe, expect, it } from "vitest";
import { ImportError } from "@/lib/core/import-error";
import type { NewDocument } from "@/lib/core/new-document";
import { db } from "@/lib/db";
import { storeDocument } from "@/lib/import/store-document";
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
