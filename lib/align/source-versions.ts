import { diffArrays } from "diff";
import { editDistance, tokens, tokenSimilarity } from "../text/similarity";

/**
 * Paragraphs' words as small integers, for comparing thousands of pairs of them: how
 * many words two share (an upper bound of how alike they are) is then counted in a
 * typed array, and the word-level edit distance compares numbers.
 */
class Words {
  private readonly ids = new Map<string, number>();
  private readonly cache = new Map<VersionParagraph, Int32Array>();
  private tally = new Int32Array(1024);

  of(paragraphs: readonly VersionParagraph[]): Int32Array {
    if (paragraphs.length === 1) return this.one(paragraphs[0]!);
    const parts = paragraphs.map((paragraph) => this.one(paragraph));
    const joined = new Int32Array(parts.reduce((total, part) => total + part.length, 0));
    parts.reduce((at, part) => (joined.set(part, at), at + part.length), 0);
    return joined;
  }

  /** As similarity() of the texts, or 0 as soon as they cannot reach `limit`. */
  similarity(x: Int32Array, y: Int32Array, limit: number): number {
    const longest = Math.max(x.length, y.length);
    if (longest === 0) return 1;
    if (1 - Math.abs(x.length - y.length) / longest < limit) return 0;
    if (this.shared(x, y) / longest < limit) return 0;
    return 1 - editDistance(x, y) / longest;
  }

  private one(paragraph: VersionParagraph): Int32Array {
    let ids = this.cache.get(paragraph);
    if (!ids) {
      ids = Int32Array.from(
        tokens(paragraph.text),
        (token) => this.ids.get(token) ?? (this.ids.set(token, this.ids.size), this.ids.size - 1),
      );
      this.cache.set(paragraph, ids);
      if (this.ids.size > this.tally.length) this.tally = new Int32Array(this.ids.size * 2);
    }
    return ids;
  }

  private shared(x: Int32Array, y: Int32Array): number {
    for (const id of x) this.tally[id]!++;
    let common = 0;
    for (const id of y) {
      if (this.tally[id]! > 0) {
        this.tally[id]!--;
        common++;
      }
    }
    for (const id of x) this.tally[id] = 0;
    return common;
  }
}

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
/** Beyond this many cells a stretch of differences is not aligned at all, but taken in order (see alignStretch). */
const MOST_CELLS = 2_000_000;
/** Beyond this many paragraphs added and dropped the diff gives up: the versions are aligned as one stretch. */
const MOST_EDITS = 2_000;

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
  // A diff whose edits would be too many to find quickly (a text changed throughout) is no help: one stretch then.
  const parts = diffArrays(old.map(key), fresh.map(key), { maxEditLength: MOST_EDITS }) ?? [
    { value: old.map(key), removed: true, added: false, count: old.length },
    { value: fresh.map(key), removed: false, added: true, count: fresh.length },
  ];
  for (const part of parts) {
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
  const band = new Band(n, m);
  if (band.cells > MOST_CELLS) return inOrder(old, fresh, [oldFrom, oldTo], [freshFrom, freshTo]);

  // Each paragraph cut into words once; a split or join compares the two paragraphs' words run together.
  const words = new Words();
  const wordsOf = (list: readonly VersionParagraph[], from: number, count: number) => words.of(list.slice(from, from + count));
  // On a tie the first kind wins as the last step: a paragraph dropped then comes before the one added in its place.
  const kinds = [
    [1, 1],
    [0, 1],
    [1, 0],
    [1, 2],
    [2, 1],
  ] as const;
  const best = new Float64Array(band.cells).fill(Infinity);
  const via = new Int8Array(band.cells).fill(-1);
  const score = new Float64Array(band.cells);
  best[0] = 0;
  for (let a = 0; a <= n; a++) {
    for (let b = band.from(a); b <= band.to(a); b++) {
      const cell = band.cell(a, b);
      kinds.forEach(([di, dj], kind) => {
        const previous = band.cell(a - di, b - dj);
        if (previous < 0 || best[previous] === Infinity) return;
        let cost = 1 - SAME_PARAGRAPH;
        let value = 0;
        if (di > 0 && dj > 0) {
          const whole = di + dj === 2;
          const least = whole ? SAME_PARAGRAPH : SAME_SPLIT;
          value = words.similarity(wordsOf(old, oldFrom + a - di, di), wordsOf(fresh, freshFrom + b - dj, dj), least);
          if (value < least) return;
          // A split or a join must explain the texts clearly better than a correction beside a paragraph added or dropped.
          cost = 1 - value + (whole ? 0 : SPLIT_COST);
        }
        if (best[previous]! + cost < best[cell]!) {
          best[cell] = best[previous]! + cost;
          via[cell] = kind;
          score[cell] = value;
        }
      });
    }
  }

  const steps: VersionStep[] = [];
  for (let a = n, b = m; a > 0 || b > 0;) {
    const cell = band.cell(a, b);
    const [di, dj] = kinds[via[cell]!]!;
    const [o, f] = [oldFrom + a - di, freshFrom + b - dj];
    const value = score[cell]!;
    if (di === 1 && dj === 1) steps.push({ kind: "changed", old: o, fresh: f, similarity: value });
    else if (di === 1 && dj === 0) steps.push({ kind: "removed", old: o });
    else if (di === 0) steps.push({ kind: "added", fresh: f });
    else if (di === 1) steps.push({ kind: "split", old: o, fresh: [f, f + 1], similarity: value });
    else steps.push({ kind: "joined", old: [o, o + 1], fresh: f, similarity: value });
    [a, b] = [a - di, b - dj];
  }
  return steps.reverse();
}

/**
 * The cells of a stretch's programme worth computing: for each old paragraph, the new
 * ones near the stretch's diagonal, wide enough that each row meets the next even where
 * the new version adds many paragraphs per old one. A book's worth is a few hundred
 * thousand cells, not its square.
 */
class Band {
  private readonly lo: Int32Array;
  private readonly hi: Int32Array;
  private readonly offset: Int32Array;
  readonly cells: number;

  constructor(
    private readonly n: number,
    m: number,
  ) {
    const width = BAND + (n === 0 ? m : Math.ceil(m / n));
    this.lo = new Int32Array(n + 1);
    this.hi = new Int32Array(n + 1);
    this.offset = new Int32Array(n + 2);
    for (let a = 0; a <= n; a++) {
      const centre = n === 0 ? 0 : (a * m) / n;
      this.lo[a] = Math.max(0, Math.floor(centre - width));
      this.hi[a] = Math.min(m, Math.ceil(centre + width));
      this.offset[a + 1] = this.offset[a]! + this.hi[a]! - this.lo[a]! + 1;
    }
    this.cells = this.offset[n + 1]!;
  }

  from(a: number): number {
    return this.lo[a]!;
  }

  to(a: number): number {
    return this.hi[a]!;
  }

  /** The cell's index, or -1 outside the band. */
  cell(a: number, b: number): number {
    if (a < 0 || a > this.n || b < this.lo[a]! || b > this.hi[a]!) return -1;
    return this.offset[a]! + b - this.lo[a]!;
  }
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
    else steps.push({ kind: "changed", old: o, fresh: f, similarity: tokenSimilarity(tokens(old[o]!.text), tokens(fresh[f]!.text)) });
  }
  return steps;
}

/** A paragraph's text for telling whether two versions wrote it alike: spacing aside, NFC. */
function normalised(text: string): string {
  return text.normalize("NFC").trim().replace(/\s+/g, " ");
}

/** Whether two versions wrote a paragraph alike (spacing aside). */
export function sameParagraphText(a: string, b: string): boolean {
  return normalised(a) === normalised(b);
}
