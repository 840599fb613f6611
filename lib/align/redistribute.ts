import { anchorCost, lengthMismatchCost, lengthOf, UNPAIRED_COST } from "./paragraphs";
import { splitSentences } from "../text/sentences";
import { compareAnchors, findAnchors, type AnchorTerm } from "./anchors";

/**
 * The most English sentences one pair may take: three times a pair's share of the run,
 * and never fewer than 16, so that a long paragraph of literary prose gets all its own.
 */
const mostSentences = (pairs: number, sentences: number) =>
  Math.min(sentences, Math.max(16, Math.ceil((3 * sentences) / Math.max(pairs, 1))));

/**
 * Re-aligns the English of a run of pairs whose Italian stays as it is: the run's
 * English, cut into sentences, is dealt out again in order, each pair taking the
 * sentences (none, one or several) that fit its Italian best by length and anchors,
 * as the importer's aligner would have paired them. This is the fix after a shift:
 * an English paragraph split or merged upstream leaves every pair after it holding
 * its neighbour's English.
 *
 * Returns, for each Italian, the [from, to) range of sentences it takes; the ranges
 * follow each other and cover every sentence. A pair without Italian (English the
 * Italian lacks) may keep sentences too, when no Italian fits them.
 */
export function redistributeEnglish(
  italian: readonly string[],
  sentences: readonly string[],
  terms: readonly AnchorTerm[] = [],
): [number, number][] {
  const n = italian.length;
  const m = sentences.length;
  const itLengths = italian.map(lengthOf);
  const enPrefix = [0];
  // Each sentence with the space that joins it to the next, as the pair's English will have it.
  for (const sentence of sentences) enPrefix.push(enPrefix.at(-1)! + lengthOf(sentence) + 1);
  const itTotal = itLengths.reduce((total, length) => total + length, 0);
  const ratio = itTotal > 0 && m > 0 ? (enPrefix[m]! - m) / itTotal : 1;
  const most = mostSentences(n, m);
  const anchors = findAnchors(italian, sentences, terms);
  const tally = new Int32Array(anchors.count);

  const cost = (i: number, from: number, to: number) => {
    const anchorsCost = anchorCost(compareAnchors(anchors, [i, i + 1], [from, to], tally));
    // English without Italian: each sentence so left alone costs what an unpaired paragraph does.
    if (itLengths[i] === 0) return UNPAIRED_COST * (to - from) + anchorsCost;
    if (to === from) return UNPAIRED_COST + anchorsCost;
    return lengthMismatchCost(itLengths[i]!, enPrefix[to]! - enPrefix[from]! - 1, ratio) + anchorsCost;
  };

  // best[i][j]: least cost of giving the first j sentences to the first i pairs.
  const best = Array.from({ length: n + 1 }, () => new Float64Array(m + 1).fill(Infinity));
  const took = Array.from({ length: n + 1 }, () => new Int32Array(m + 1));
  best[0]![0] = 0;
  for (let i = 1; i <= n; i++) {
    for (let j = 0; j <= m; j++) {
      for (let k = 0; k <= Math.min(j, most); k++) {
        const total = best[i - 1]![j - k]! + cost(i - 1, j - k, j);
        if (total < best[i]![j]!) {
          best[i]![j] = total;
          took[i]![j] = k;
        }
      }
    }
  }

  const ranges: [number, number][] = [];
  for (let i = n, j = m; i > 0; i--) {
    const k = took[i]![j]!;
    ranges.push([j - k, j]);
    j -= k;
  }
  return ranges.reverse();
}

/** A pair as a re-alignment reads it. */
export interface RunPair {
  textIt: string;
  textEn: string;
  headingLevel: number | null;
}

/**
 * The English each pair of a run holds once it is dealt out again. Headings keep
 * theirs and bound the stretches of body text, whose English never crosses them.
 * Sentences are joined with a single space, as a merge joins texts.
 */
export function realignedEnglish(pairs: readonly RunPair[], terms: readonly AnchorTerm[] = []): string[] {
  const english = pairs.map((pair) => pair.textEn);
  let start = 0;
  const dealOut = (end: number) => {
    const run = pairs.slice(start, end);
    const sentences = run.flatMap((pair) => englishSentences(pair.textEn));
    if (run.length > 1 && sentences.length > 0) {
      const ranges = redistributeEnglish(
        run.map((pair) => pair.textIt),
        sentences,
        terms,
      );
      ranges.forEach(([from, to], offset) => (english[start + offset] = sentences.slice(from, to).join(" ")));
    }
    start = end + 1;
  };
  pairs.forEach((pair, index) => pair.headingLevel !== null && dealOut(index));
  dealOut(pairs.length);
  return english;
}

/**
 * A pair's English cut into sentences, those an emphasis runs across kept together: a
 * span cut in two would leave each pair with an unmatched marker.
 */
function englishSentences(text: string): string[] {
  const sentences: string[] = [];
  let open = "";
  for (const { start, end } of splitSentences(text, "en")) {
    const sentence = text.slice(start, end);
    open = open ? `${open} ${sentence}` : sentence;
    if (markersBalanced(open)) {
      sentences.push(open);
      open = "";
    }
  }
  return open ? [...sentences, open] : sentences;
}

/** Whether every emphasis marker of a text (`*`, `**`; escaped asterisks aside) is closed in it. */
function markersBalanced(text: string): boolean {
  return (text.replace(/\\./g, "").match(/\*/g)?.length ?? 0) % 2 === 0;
}
