import { diffArrays } from "diff";
import { similarity } from "../text/similarity";

// Aligning two versions of one Italian text, paragraph by paragraph, so that a
// corrected source can replace the old one and keep its translations: paragraphs
// written alike are found first (a diff of the two lists, fast on a book), and each
// stretch between them is aligned by how alike the paragraphs read.

/** A paragraph of either version: its text and whether it is a heading. */
export interface VersionParagraph {
  text: string;
  headingLevel: number | null;
}

/**
 * One step from the old version to the new, in the new version's order (indices into
 * each list): a paragraph kept as it was, one changed (a correction), one the new
 * version adds or drops, one split in two, or two joined.
 */
export type VersionStep =
  | { kind: "same"; old: number; fresh: number }
  | { kind: "changed"; old: number; fresh: number; similarity: number }
  | { kind: "added"; fresh: number }
  | { kind: "removed"; old: number }
  | { kind: "split"; old: number; fresh: [number, number]; similarity: number }
  | { kind: "joined"; old: [number, number]; fresh: number; similarity: number };

/** How alike two paragraphs must read to be one paragraph corrected rather than one dropped and another added. */
export const SAME_PARAGRAPH = 0.5;
/** How alike a paragraph split in two (or two joined) must read to its halves joined, and what a split costs beyond. */
const SAME_SPLIT = 0.7;
const SPLIT_COST = 0.25;
/** How far from the stretch's diagonal a step may stray (paragraphs added or dropped in a row). */
const BAND = 12;
/** Beyond this many cells a stretch of differences is not aligned at all (see alignStretch). */
const MOST_CELLS = 4_000_000;

/** The steps that turn the old version into the new one. */
export function alignVersions(old: readonly VersionParagraph[], fresh: readonly VersionParagraph[]): VersionStep[] {
  const key = (paragraph: VersionParagraph) => `${paragraph.headingLevel ?? 0}|${normalised(paragraph.text)}`;
  const steps: VersionStep[] = [];
  let [i, j] = [0, 0];
  let [stretchOld, stretchFresh] = [0, 0];
  const flush = () => {
    steps.push(...alignStretch(old, fresh, [stretchOld, i], [stretchFresh, j]));
    [stretchOld, stretchFresh] = [i, j];
  };
  for (const part of diffArrays(old.map(key), fresh.map(key))) {
    const count = part.count ?? part.value.length;
    if (part.added) j += count;
    else if (part.removed) i += count;
    else {
      flush();
      for (let k = 0; k < count; k++) steps.push({ kind: "same", old: i + k, fresh: j + k });
      [i, j] = [i + count, j + count];
      [stretchOld, stretchFresh] = [i, j];
    }
  }
  flush();
  return steps;
}

/**
 * Aligns a stretch where the versions differ: old [oldFrom, oldTo) against new
 * [freshFrom, freshTo), by a dynamic programme whose steps cost how unlike their
 * paragraphs are (a paragraph dropped or added costs as much as two half alike),
 * inside a band around the stretch's diagonal. A stretch too long even for that (a
 * text rewritten throughout) is taken in order, paragraph for paragraph.
 */
function alignStretch(
  old: readonly VersionParagraph[],
  fresh: readonly VersionParagraph[],
  [oldFrom, oldTo]: [number, number],
  [freshFrom, freshTo]: [number, number],
): VersionStep[] {
  const n = oldTo - oldFrom;
  const m = freshTo - freshFrom;
  if (n === 0 && m === 0) return [];
  if ((n + 1) * (m + 1) > MOST_CELLS) return inOrder(old, fresh, [oldFrom, oldTo], [freshFrom, freshTo]);

  const alike = (a: string, b: string) => (a === "" && b === "" ? 1 : similarity(a, b, SAME_PARAGRAPH));
  // Wide enough that each row of the band meets the next even where the new version adds many paragraphs per old one.
  const inBand = (a: number, b: number) => n === 0 || m === 0 || Math.abs((a * m) / n - b) <= BAND + Math.ceil(m / n);
  const text = (list: readonly VersionParagraph[], from: number, count: number) =>
    list
      .slice(from, from + count)
      .map((paragraph) => paragraph.text)
      .join(" ");
  // On a tie the first kind wins as the last step: a paragraph dropped then comes before the one added in its place.
  const kinds = [
    [1, 1],
    [0, 1],
    [1, 0],
    [1, 2],
    [2, 1],
  ] as const;
  const best = Array.from({ length: n + 1 }, () => new Float64Array(m + 1).fill(Infinity));
  const via = Array.from({ length: n + 1 }, () => new Int8Array(m + 1).fill(-1));
  const score = Array.from({ length: n + 1 }, () => new Float64Array(m + 1));
  best[0]![0] = 0;
  for (let a = 0; a <= n; a++) {
    for (let b = 0; b <= m; b++) {
      if (!inBand(a, b)) continue;
      kinds.forEach(([di, dj], kind) => {
        if (a < di || b < dj) return;
        const previous = best[a - di]![b - dj]!;
        if (previous === Infinity) return;
        let cost = 1 - SAME_PARAGRAPH;
        let value = 0;
        if (di > 0 && dj > 0) {
          const whole = di + dj === 2;
          value = alike(text(old, oldFrom + a - di, di), text(fresh, freshFrom + b - dj, dj));
          if (value < (whole ? SAME_PARAGRAPH : SAME_SPLIT)) return;
          // A split or a join must explain the texts clearly better than a correction beside a paragraph added or dropped.
          cost = 1 - value + (whole ? 0 : SPLIT_COST);
        }
        if (previous + cost < best[a]![b]!) {
          best[a]![b] = previous + cost;
          via[a]![b] = kind;
          score[a]![b] = value;
        }
      });
    }
  }

  const steps: VersionStep[] = [];
  for (let a = n, b = m; a > 0 || b > 0;) {
    const [di, dj] = kinds[via[a]![b]!]!;
    const [o, f] = [oldFrom + a - di, freshFrom + b - dj];
    const value = score[a]![b]!;
    if (di === 1 && dj === 1) steps.push({ kind: "changed", old: o, fresh: f, similarity: value });
    else if (di === 1 && dj === 0) steps.push({ kind: "removed", old: o });
    else if (di === 0) steps.push({ kind: "added", fresh: f });
    else if (di === 1) steps.push({ kind: "split", old: o, fresh: [f, f + 1], similarity: value });
    else steps.push({ kind: "joined", old: [o, o + 1], fresh: f, similarity: value });
    [a, b] = [a - di, b - dj];
  }
  return steps.reverse();
}

/** Paragraph for paragraph, the longer version's rest added or removed. */
function inOrder(
  old: readonly VersionParagraph[],
  fresh: readonly VersionParagraph[],
  [oldFrom, oldTo]: [number, number],
  [freshFrom, freshTo]: [number, number],
): VersionStep[] {
  const steps: VersionStep[] = [];
  for (let k = 0; oldFrom + k < oldTo || freshFrom + k < freshTo; k++) {
    const [o, f] = [oldFrom + k, freshFrom + k];
    if (o >= oldTo) steps.push({ kind: "added", fresh: f });
    else if (f >= freshTo) steps.push({ kind: "removed", old: o });
    else steps.push({ kind: "changed", old: o, fresh: f, similarity: similarity(old[o]!.text, fresh[f]!.text) });
  }
  return steps;
}

/** A paragraph's text for telling whether two versions wrote it alike: spacing aside, NFC. */
function normalised(text: string): string {
  return text.normalize("NFC").trim().replace(/\s+/g, " ");
}
