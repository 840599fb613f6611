// The aligner at a book's size: time per pair aligning a 10,000-pair book against a
// 1,000-pair text, side by side in one run. The band around the diagonal is only as
// wide as the alignment needs (lib/align/paragraphs.ts), so the time grows with the
// pairs, not with their square.
import { alignParagraphs } from "../../lib/align/paragraphs";
import type { Goal } from "./long-texts";
import { splitInTwo } from "./import";
import { alternate } from "./timing";

const SIZES = [1_000, 10_000] as const;
/** Every this many English paragraphs, one is cut in two, so the aligner has work to do. */
const SPLIT_EVERY = 40;
const ROUNDS = 3;

export function benchAlign(italian: readonly string[], english: readonly string[]): Goal {
  const textsOf = (count: number) => ({
    it: Array.from({ length: count }, (_, index) => `${italian[index % italian.length]} (${index + 10})`),
    en: Array.from({ length: count }, (_, index) => `${english[index % english.length]} (${index + 10})`).flatMap((paragraph, index) =>
      index % SPLIT_EVERY === 1 ? splitInTwo(paragraph) : [paragraph],
    ),
  });
  const small = textsOf(SIZES[0]);
  const large = textsOf(SIZES[1]);
  const [smallMs, largeMs] = alternate(
    ROUNDS,
    () => alignParagraphs(small.it, small.en),
    () => alignParagraphs(large.it, large.en),
  );
  const ratio = largeMs / SIZES[1] / (smallMs / SIZES[0]);
  return {
    name: "aligning a 10,000-pair book, time per pair against a 1,000-pair text",
    value: ratio,
    goal: "≤ 1.5×",
    ok: ratio <= 1.5,
    detail: `${largeMs.toFixed(0)} ms for 10,000 pairs, ${smallMs.toFixed(0)} ms for 1,000 (an English paragraph cut in two every ${SPLIT_EVERY}; medians of ${ROUNDS})`,
  };
}
