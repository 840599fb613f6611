import { performance } from "node:perf_hooks";
import { importDocument } from "../../lib/import/import-document";
import type { Database } from "../../lib/prisma-client";
import { generateDocument } from "./generate";

const PARAGRAPHS = 2000;
const ROUNDS = 3;
/** Every this many English paragraphs, one is cut in two, so the aligner has work to do. */
const SPLIT_EVERY = 40;

/**
 * Import of a generated 2,000-paragraph text with its English, which has more
 * paragraphs than the Italian: reading both files, aligning them and storing the
 * document, as `npm run import` does. The median of three imports, per 1,000 paragraphs.
 */
export async function benchImport(db: Database): Promise<{ msPerThousand: number; detail: string }> {
  const seed = await db.paragraph.findMany({
    where: { document: { slug: "cesi-cina-kazakhstan" } },
    orderBy: { position: "asc" },
    select: { textIt: true, textEn: true },
  });
  const generated = generateDocument(
    "bench-import",
    PARAGRAPHS,
    seed.map((p) => p.textIt),
    seed.map((p) => p.textEn),
  ).paragraphs;
  const italian = ["Documento di prova per l'importazione", ...generated.map((p) => p.textIt), "Fonte: Benchmark"].join("\n\n");
  const englishParagraphs = generated.flatMap((p, index) => (index % SPLIT_EVERY === 1 ? splitInTwo(p.textEn ?? "") : [p.textEn ?? ""]));
  const english = englishParagraphs.join("\n\n");

  const times: number[] = [];
  let kinds: Record<string, number> = {};
  for (let round = 0; round < ROUNDS; round++) {
    const started = performance.now();
    const summary = await importDocument(db, {
      italian: { name: `bench-import-${round}.it.txt`, bytes: new TextEncoder().encode(italian) },
      english: { name: `bench-import-${round}.en.txt`, bytes: new TextEncoder().encode(english) },
    });
    times.push(performance.now() - started);
    kinds = summary.kinds;
  }
  const median = [...times].sort((a, b) => a - b)[Math.floor(ROUNDS / 2)]!;
  const pairs = Object.entries(kinds)
    .map(([kind, count]) => `${kind} ${count}`)
    .join(", ");
  return {
    msPerThousand: median / (PARAGRAPHS / 1000),
    detail: `${median.toFixed(0)} ms to read, align and store ${PARAGRAPHS} Italian paragraphs with ${englishParagraphs.length} English (${pairs}; median of ${ROUNDS})`,
  };
}

/** A paragraph cut at the comma or semicolon nearest its middle. */
export function splitInTwo(paragraph: string): string[] {
  const breaks = [...paragraph.matchAll(/[,;] /g)].map((match) => match.index);
  const cut = breaks.sort((a, b) => Math.abs(a - paragraph.length / 2) - Math.abs(b - paragraph.length / 2))[0];
  return cut === undefined ? [paragraph] : [paragraph.slice(0, cut + 1), paragraph.slice(cut + 2)];
}
