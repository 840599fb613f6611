import { ImportError } from "../core/import-error";
import { LOW_CONFIDENCE } from "../core/limits";
import { compareAnchors, findAnchors, type Anchors, type AnchorTerm } from "./anchors";

/**
 * One aligned unit: indices into the Italian and English paragraphs, in order.
 * Kinds: 1:1, 1:2, 2:1, 2:2, 1:3, 3:1, 1:0 (`en` empty) and 0:1 (`it` empty).
 */
export interface Bead {
  it: number[];
  en: number[];
  /**
   * The probability, under the length model, that this bead belongs to the
   * alignment, summed over every possible alignment of the two texts (the
   * forward–backward posterior). A bead with one side empty pairs nothing with
   * anything, so its confidence is 0: a reviewer must look at it.
   */
  confidence: number;
}

// Gale & Church (1993): the variance of the English length per Italian character,
// and the prior probability of each kind of bead as [Italian, English, prior]. 2:2 (two
// paragraphs cut elsewhere), 1:3 and 3:1 are rarer between paragraphs than Gale &
// Church's 0.011 between sentences: at that prior two 1:1 pairs of similar lengths
// already lose a twentieth of their confidence to a 2:2 that nothing calls for.
const VARIANCE = 6.8;
const KINDS = [
  [1, 1, 0.89],
  [1, 0, 0.0099],
  [0, 1, 0.0099],
  [2, 1, 0.089],
  [1, 2, 0.089],
  [2, 2, 0.002],
  [3, 1, 0.002],
  [1, 3, 0.002],
] as const;
const KIND_IT = KINDS.map(([it]) => it);
const KIND_EN = KINDS.map(([, en]) => en);
const PRIOR_COST = KINDS.map(([, , prior]) => -Math.log(prior));

// Refusals: English much shorter or longer than any translation of the Italian,
// or an alignment that leaves too much without a counterpart or in doubt.
const MIN_LENGTH_RATIO = 0.5;
const MAX_LENGTH_RATIO = 2;
const MAX_UNPAIRED_SHARE = 1 / 3;
const MAX_DOUBTFUL_SHARE = 1 / 2;

// Anchors (lib/align/anchors.ts) move a bead's cost by −log of how much likelier its
// anchors are in a true pair than in a chance one: each shared anchor makes it likelier,
// each one left without its counterpart less likely, though less so (a number may be
// spelled out, a name translated). Every anchor counts once whichever way the beads
// are cut, so they favour no kind of bead: only where the boundaries fall.
const SHARED_ANCHOR_GAIN = 2;
const UNSHARED_ANCHOR_COST = 0.5;

export interface AlignOptions {
  /** Refuse texts the lengths cannot pair confidently (true unless the counts already vouch for them). */
  refuseDoubtful?: boolean;
  /** Glossary terms, whose forms in each language anchor the pairs that name them. */
  terms?: readonly AnchorTerm[];
}

/**
 * Aligns Italian and English paragraphs by their lengths in characters, with
 * Gale & Church's dynamic programme, and by the anchors they share (numbers, names,
 * glossary terms), inside a band around the diagonal that the two texts' cumulative
 * lengths draw, no wider than the alignment needs (so a book stays fast).
 * Throws ImportError("unalignable") when the English cannot be a translation of
 * the Italian paragraph by paragraph. With `refuseDoubtful: false` (texts of as many
 * paragraphs, whose count already vouches for them), pairs the lengths cannot tell
 * apart are kept, with their low confidence, instead of refusing the texts.
 */
export function alignParagraphs(italian: readonly string[], english: readonly string[], options: AlignOptions = {}): Bead[] {
  const itLengths = italian.map(lengthOf);
  const enLengths = english.map(lengthOf);
  const itTotal = sum(itLengths);
  const enTotal = sum(enLengths);
  if (itTotal === 0) throw new ImportError("unalignable", "The Italian has no text to align the English with.");
  if (enTotal === 0) throw new ImportError("unalignable", "The English has no text to align with the Italian.");

  const ratio = enTotal / itTotal;
  if (ratio < MIN_LENGTH_RATIO || ratio > MAX_LENGTH_RATIO) {
    throw new ImportError(
      "unalignable",
      `The English is ${Math.round(ratio * 100)}% as long as the Italian (${enTotal} characters against ${itTotal}); ` +
        `a translation is between ${MIN_LENGTH_RATIO * 100}% and ${MAX_LENGTH_RATIO * 100}%, so these cannot be the same text.`,
    );
  }

  const anchors = findAnchors(italian, english, options.terms);
  const beads = alignInBand(itLengths, enLengths, ratio, anchors);
  refuseImplausible(beads, italian.length, english.length, options.refuseDoubtful ?? true);
  return beads;
}

// The band: how many English paragraphs either side of the diagonal the programme
// considers. A text that follows its original stays near the diagonal, so the band
// starts narrow and is widened (four times as wide, up to a twentieth of the text)
// only when the best alignment comes within half its width of an edge, where a wider
// band might hold a better one (a gap of many paragraphs). A 10,000-pair book that
// follows its original is then aligned in a band of 60, not 500: eight times fewer cells.
const NARROWEST_BAND = 60;
const WIDEST_BAND_SHARE = 1 / 20;

function alignInBand(itLengths: number[], enLengths: number[], ratio: number, anchors: Anchors): Bead[] {
  const widest = Math.max(NARROWEST_BAND, Math.ceil(Math.max(itLengths.length, enLengths.length) * WIDEST_BAND_SHARE));
  for (let width = NARROWEST_BAND; ; width *= 4) {
    const lattice = new Lattice(itLengths, enLengths, ratio, anchors, Math.min(width, widest));
    const { beads, slack } = lattice.align();
    if (width >= widest || slack >= width / 2) return beads;
  }
}

function refuseImplausible(beads: Bead[], itCount: number, enCount: number, refuseDoubtful: boolean): void {
  const itUnpaired = sum(beads.map((bead) => (bead.en.length === 0 ? bead.it.length : 0)));
  const enUnpaired = sum(beads.map((bead) => (bead.it.length === 0 ? bead.en.length : 0)));
  // "At most a third" means a third is already too many: an English three times as long as
  // the Italian, every third paragraph unpaired, is refused.
  if (itUnpaired >= itCount * MAX_UNPAIRED_SHARE || enUnpaired >= enCount * MAX_UNPAIRED_SHARE) {
    throw new ImportError(
      "unalignable",
      `Aligned by length, ${itUnpaired} of ${itCount} Italian paragraphs have no English counterpart and ` +
        `${enUnpaired} of ${enCount} English paragraphs have no Italian one; the English does not follow the Italian.`,
    );
  }
  const doubtful = sum(beads.map((bead) => (bead.confidence < LOW_CONFIDENCE ? bead.it.length : 0)));
  if (refuseDoubtful && doubtful > itCount * MAX_DOUBTFUL_SHARE) {
    throw new ImportError(
      "unalignable",
      `The paragraph lengths do not correspond: ${doubtful} of ${itCount} Italian paragraphs could only be paired ` +
        `with low confidence, so the English is not a paragraph-by-paragraph translation of the Italian.`,
    );
  }
}

/** The dynamic programme's cells (i Italian and j English paragraphs consumed), inside the band. */
class Lattice {
  private readonly n: number;
  private readonly m: number;
  private readonly itPrefix: Float64Array;
  private readonly enPrefix: Float64Array;
  private readonly lo: Int32Array;
  private readonly hi: Int32Array;
  private readonly offset: Int32Array;
  private readonly tally: Int32Array;

  constructor(
    itLengths: number[],
    enLengths: number[],
    private readonly ratio: number,
    private readonly anchors: Anchors,
    private readonly width: number,
  ) {
    this.tally = new Int32Array(anchors.count);
    this.n = itLengths.length;
    this.m = enLengths.length;
    this.itPrefix = prefixSums(itLengths);
    this.enPrefix = prefixSums(enLengths);
    [this.lo, this.hi] = this.band();
    this.offset = new Int32Array(this.n + 2);
    for (let i = 0; i <= this.n; i++) this.offset[i + 1] = this.offset[i]! + this.hi[i]! - this.lo[i]! + 1;
  }

  /** The best alignment in the band, and how near it comes to the band's edges (in English paragraphs; edges at the texts' ends do not count). */
  align(): { beads: Bead[]; slack: number } {
    const cells = this.offset[this.n + 1]!;
    const best = new Float64Array(cells).fill(Infinity); // Viterbi: least cost to reach the cell
    const via = new Int8Array(cells).fill(-1); // the kind of bead that reached it
    const forward = new Float64Array(cells).fill(-Infinity); // log P(reaching the cell), all paths
    const arriving = new Float64Array(cells * KINDS.length).fill(NaN); // cost of each kind of bead ending in the cell
    best[0] = 0;
    forward[0] = 0;

    const terms = new Float64Array(KINDS.length);
    for (let i = 0; i <= this.n; i++) {
      for (let j = this.lo[i]!; j <= this.hi[i]!; j++) {
        const cell = this.cell(i, j);
        if (cell === 0) continue;
        for (let kind = 0; kind < KINDS.length; kind++) {
          terms[kind] = -Infinity;
          const previous = this.cell(i - KIND_IT[kind]!, j - KIND_EN[kind]!);
          if (previous < 0) continue;
          const cost = this.cost(kind, i - KIND_IT[kind]!, j - KIND_EN[kind]!);
          arriving[cell * KINDS.length + kind] = cost;
          if (best[previous]! + cost < best[cell]!) {
            best[cell] = best[previous]! + cost;
            via[cell] = kind;
          }
          terms[kind] = forward[previous]! - cost;
        }
        forward[cell] = logSumExp(terms);
      }
    }

    const backward = this.backward(cells, arriving);
    const total = forward[this.cell(this.n, this.m)]!;
    const beads: Bead[] = [];
    let slack = Infinity;
    for (let i = this.n, j = this.m; i > 0 || j > 0;) {
      const cell = this.cell(i, j);
      if (this.lo[i]! > 0) slack = Math.min(slack, j - this.lo[i]!);
      if (this.hi[i]! < this.m) slack = Math.min(slack, this.hi[i]! - j);
      const kind = via[cell]!;
      const [pi, pj] = [i - KIND_IT[kind]!, j - KIND_EN[kind]!];
      const posterior = Math.exp(forward[this.cell(pi, pj)]! - arriving[cell * KINDS.length + kind]! + backward[cell]! - total);
      beads.push({
        it: range(pi, i),
        en: range(pj, j),
        confidence: pi === i || pj === j ? 0 : Math.min(1, posterior),
      });
      [i, j] = [pi, pj];
    }
    return { beads: beads.reverse(), slack };
  }

  /** log P(completing the alignment from the cell), summed over all paths. */
  private backward(cells: number, arriving: Float64Array): Float64Array {
    const backward = new Float64Array(cells).fill(-Infinity);
    const terms = new Float64Array(KINDS.length);
    backward[this.cell(this.n, this.m)] = 0;
    for (let i = this.n; i >= 0; i--) {
      for (let j = this.hi[i]!; j >= this.lo[i]!; j--) {
        const cell = this.cell(i, j);
        if (i === this.n && j === this.m) continue;
        for (let kind = 0; kind < KINDS.length; kind++) {
          const next = this.cell(i + KIND_IT[kind]!, j + KIND_EN[kind]!);
          terms[kind] = next < 0 ? -Infinity : backward[next]! - arriving[next * KINDS.length + kind]!;
        }
        backward[cell] = logSumExp(terms);
      }
    }
    return backward;
  }

  /**
   * −log P(bead kind starting at cell (i, j)): its prior times the fit of its lengths
   * and of its anchors. A paragraph without a counterpart costs its prior and its
   * anchors left alone: Gale & Church also charge it the mismatch of its length
   * against zero, which makes a long missing paragraph cheaper to hide in a wrong 2:1
   * than to leave unpaired.
   */
  private cost(kind: number, i: number, j: number): number {
    const di = KIND_IT[kind]!;
    const dj = KIND_EN[kind]!;
    const anchors = anchorCost(compareAnchors(this.anchors, [i, i + di], [j, j + dj], this.tally));
    if (di === 0 || dj === 0) return PRIOR_COST[kind]! + anchors;
    const itLength = this.itPrefix[i + di]! - this.itPrefix[i]!;
    const enLength = this.enPrefix[j + dj]! - this.enPrefix[j]!;
    return PRIOR_COST[kind]! + lengthMismatchCost(itLength, enLength, this.ratio) + anchors;
  }

  private cell(i: number, j: number): number {
    if (i < 0 || i > this.n || j < this.lo[i]! || j > this.hi[i]!) return -1;
    return this.offset[i]! + j - this.lo[i]!;
  }

  /**
   * For each row i, the English indices worth considering: those whose cumulative
   * length is near the Italian's scaled by the ratio, widened so that every row
   * overlaps the previous one and the corners are inside.
   */
  private band(): [Int32Array, Int32Array] {
    const { width } = this;
    const lo = new Int32Array(this.n + 1);
    const hi = new Int32Array(this.n + 1);
    let centre = 0;
    for (let i = 0; i <= this.n; i++) {
      const target = this.itPrefix[i]! * this.ratio;
      while (centre < this.m && Math.abs(this.enPrefix[centre + 1]! - target) <= Math.abs(this.enPrefix[centre]! - target)) {
        centre++;
      }
      lo[i] = i === 0 ? 0 : Math.min(Math.max(0, centre - width), hi[i - 1]!);
      hi[i] = i === this.n ? this.m : Math.min(this.m, centre + width);
    }
    return [lo, hi];
  }
}

/** −log of how much likelier a bead's anchors are in a true pair than in a chance one. */
export function anchorCost({ shared, unshared }: { shared: number; unshared: number }): number {
  return UNSHARED_ANCHOR_COST * unshared - SHARED_ANCHOR_GAIN * shared;
}

/** −log P(a paragraph has no counterpart), before its anchors. */
export const UNPAIRED_COST = PRIOR_COST[KINDS.findIndex(([it, en]) => it === 1 && en === 0)]!;

/**
 * −log P(δ | match): how unlikely the two lengths are for a translation, with
 * δ = (c·l_it − l_en) / √(s²·mean) as in Gale & Church's published code.
 */
export function lengthMismatchCost(itLength: number, enLength: number, ratio: number): number {
  const mean = (itLength + enLength / ratio) / 2;
  if (mean === 0) return 0;
  const delta = Math.abs(ratio * itLength - enLength) / Math.sqrt(mean * VARIANCE);
  return -logErfc(delta / Math.SQRT2); // P(|Z| ≥ δ) = erfc(δ/√2)
}

/** log erfc(x) for x ≥ 0 (Numerical Recipes' erfcc, relative error < 1.2e-7), without underflow. */
function logErfc(x: number): number {
  const t = 1 / (1 + 0.5 * x);
  const series =
    -1.26551223 +
    t *
      (1.00002368 +
        t *
          (0.37409196 +
            t *
              (0.09678418 +
                t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277))))))));
  return Math.log(t) - x * x + series;
}

/** log Σ exp(terms), without overflow or underflow. */
function logSumExp(terms: Float64Array): number {
  let peak = -Infinity;
  for (const term of terms) if (term > peak) peak = term;
  if (peak === -Infinity) return peak;
  let total = 0;
  for (const term of terms) total += Math.exp(term - peak);
  return peak + Math.log(total);
}

/** Length in characters (code points), ignoring surrounding and repeated white space. */
export function lengthOf(text: string): number {
  return [...text.trim().replace(/\s+/g, " ")].length;
}

function prefixSums(lengths: number[]): Float64Array {
  const prefix = new Float64Array(lengths.length + 1);
  lengths.forEach((length, index) => (prefix[index + 1] = prefix[index]! + length));
  return prefix;
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from }, (_, offset) => from + offset);
}

function sum(values: number[]): number {
  return values.reduce((total, value) => total + value, 0);
}
