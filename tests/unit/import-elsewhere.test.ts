// An import in a process of its own (lib/import/import-elsewhere.ts), on this test's
// real database: the same answers as in-process, progress as it stores, and nothing
// left behind when its process is killed half-way.
import { describe, expect, it } from "vitest";
import { ImportError } from "@/lib/core/import-error";
import { db } from "@/lib/db";
import { SourceFileError } from "@/lib/import/import-document";
import { importElsewhere } from "@/lib/import/import-elsewhere";

const encode = (text: string) => new TextEncoder().encode(text);
const book = (title: string, count: number, line: (index: number) => string) =>
  encode([`# ${title}`, ...Array.from({ length: count }, (_, index) => line(index))].join("\n\n"));

describe("an import in its own process", () => {
  it("stores the text and says what it stored, reporting progress as it goes", async () => {
    const progress: [number, number][] = [];
    const result = await importElsewhere(
      db,
      {
        italian: { name: "breve.md", bytes: book("Un testo breve", 1200, (index) => `Il paragrafo numero ${index + 1}.`) },
        english: { name: "breve.en.md", bytes: book("A short text", 1200, (index) => `Paragraph number ${index + 1}.`) },
        sourceName: "Redazione",
      },
      { onProgress: (stored, total) => progress.push([stored, total]) },
    );
    expect(result).toMatchObject({ kind: "document", slug: "breve", pairs: 1200 });
    // In batches of 100 pairs, each its own short transaction.
    expect(progress).toEqual(Array.from({ length: 12 }, (_, index) => [(index + 1) * 100, 1200]));
    expect(await db.paragraph.count({ where: { document: { slug: "breve" } } })).toBe(1200);
  });

  it("refuses as the importer does, naming the file", async () => {
    const refusal = importElsewhere(db, { italian: { name: "vuoto.md", bytes: encode("") }, sourceName: "Redazione" }, {});
    await expect(refusal).rejects.toBeInstanceOf(SourceFileError);
    await expect(refusal).rejects.toMatchObject({ code: "empty", language: "it", fileName: "vuoto.md" });
    await expect(refusal).rejects.toBeInstanceOf(ImportError);
  });

  it("leaves nothing when its process is killed half-way through storing", async () => {
    const before = await db.paragraph.count();
    const stop = new AbortController();
    const killed = importElsewhere(
      db,
      {
        italian: {
          name: "interrotto.md",
          bytes: book("Un testo interrotto", 6000, (index) => `Il paragrafo numero ${index + 1} del testo.`),
        },
        sourceName: "Redazione",
      },
      { onProgress: (stored) => stored >= 500 && stop.abort(), signal: stop.signal },
    );
    await expect(killed).rejects.toThrow(/stopped before answering/);
    expect(stop.signal.aborted).toBe(true);
    expect(await db.document.count({ where: { slug: "interrotto" } })).toBe(0);
    expect(await db.paragraph.count()).toBe(before);
    // The database is free again: a write goes through at once.
    await db.$transaction((tx) => tx.document.updateMany({ where: { slug: "breve" }, data: { sourceName: "Redazione" } }));
  });
});
