// The import goal of `npm run bench`: a 5 MB book imported the way the import page
// does it (lib/import/import-elsewhere.ts, a process of its own) while this process
// reads and saves, as the server's requests would, against the same reads idle.
import { performance } from "node:perf_hooks";
import type { PrismaClient } from "../../lib/generated/prisma/client";
import { importElsewhere } from "../../lib/import/import-elsewhere";
import type { Goal } from "./long-texts";

const BOOK_BYTES = 5 * 1024 * 1024 * 0.95;

interface Reads {
  count: number;
  p99: number;
}

/** Reads a page of pairs over and over until `until` says stop, pausing 5 ms between reads. */
async function readLoop(db: PrismaClient, until: () => boolean): Promise<Reads> {
  const times: number[] = [];
  while (!until()) {
    const start = performance.now();
    await db.paragraph.findMany({ where: { position: { lte: 100 } }, take: 100, select: { approvedIt: true, approvedEn: true } });
    times.push(performance.now() - start);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  times.sort((a, b) => a - b);
  return { count: times.length, p99: times[Math.floor(times.length * 0.99)] ?? NaN };
}

/** Saves one pair's note every 200 ms until `until` says stop: how many were refused, and the longest wait. */
async function saveLoop(db: PrismaClient, until: () => boolean) {
  const pair = await db.paragraph.findFirstOrThrow({ select: { id: true } });
  let saved = 0;
  let refused = 0;
  let longest = 0;
  while (!until()) {
    const start = performance.now();
    try {
      await db.$transaction((tx) => tx.paragraph.update({ where: { id: pair.id }, data: { translatorNote: `bench ${saved}` } }));
      saved++;
    } catch {
      refused++;
    }
    longest = Math.max(longest, performance.now() - start);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return { saved, refused, longest };
}

export async function benchImportWhileReading(db: PrismaClient, italian: readonly string[], english: readonly string[]): Promise<Goal[]> {
  // As many paragraphs in each language (a translation, paragraph by paragraph), the Italian about 5 MB.
  let count = 0;
  for (let bytes = 0; bytes < BOOK_BYTES; count++) bytes += Buffer.byteLength(italian[count % italian.length]!) + 2;
  const book = (title: string, paragraphs: readonly string[]) =>
    new TextEncoder().encode(
      [`# ${title}`, ...Array.from({ length: count }, (_, index) => paragraphs[index % paragraphs.length]!)].join("\n\n"),
    );
  const italianBook = book("Libro di prova", italian);
  const englishBook = book("Test book", english);

  let idleDone = false;
  setTimeout(() => (idleDone = true), 3_000);
  const idle = await readLoop(db, () => idleDone);

  let importing = true;
  const started = performance.now();
  const during = readLoop(db, () => !importing);
  const saves = saveLoop(db, () => !importing);
  const result = await importElsewhere(
    db,
    {
      italian: { name: "libro.md", bytes: italianBook },
      english: { name: "libro.en.md", bytes: englishBook },
      sourceName: "Benchmark",
      slug: "bench-import-while-reading",
    },
    {},
  ).finally(() => (importing = false));
  const importMs = performance.now() - started;
  const [reads, saved] = await Promise.all([during, saves]);
  const pairs = result.kind === "document" ? result.pairs : 0;
  const ratio = reads.p99 / idle.p99;
  return [
    {
      name: "reads while a 5 MB book is imported (in its own process) / the same reads idle, p99",
      value: ratio,
      goal: "≤ 3",
      ok: ratio <= 3,
      detail: `${reads.p99.toFixed(1)} ms vs ${idle.p99.toFixed(1)} ms over ${reads.count} vs ${idle.count} reads; ${(italianBook.length / 1e6).toFixed(1)} + ${(englishBook.length / 1e6).toFixed(1)} MB, ${pairs} pairs imported in ${(importMs / 1000).toFixed(1)} s`,
    },
    {
      name: "saves refused while the book is imported",
      value: saved.refused,
      goal: "= 0",
      ok: saved.refused === 0,
      detail: `${saved.saved} saves applied, the longest waited ${saved.longest.toFixed(0)} ms (behind one of the import's batches)`,
    },
  ];
}
