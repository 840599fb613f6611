/**
 * A text's outline: the sections its reader pages show, one section per page. Pure
 * logic over the positions of its heading pairs and its length, so that the reader,
 * the redirect from a pair's address and the revalidation all cut a text the same way.
 *
 * - A text of up to SECTION_MAX pairs is one section: one page, as short texts always were.
 * - A longer text is cut at its headings, the highest level first ("#" before "##"),
 *   going down a level only inside a section that is still too long.
 * - A stretch still too long with no heading left is cut into equal runs of at most
 *   SECTION_MAX pairs, at paragraph boundaries.
 * - A section that is nothing but headings ("Part One" straight before "Chapter 1")
 *   joins the section after it, so no page holds a heading alone.
 */

/** The most pairs one reader page holds. */
export const SECTION_MAX = 120;

export interface OutlineHeading {
  position: number;
  /** Markdown's level: "#" is 1. */
  level: number;
}

export interface Section {
  /** 1-based, in reading order: the page's number. */
  number: number;
  /** Positions of its first and last pair, inclusive. */
  first: number;
  last: number;
  /** The heading pair it opens with, if it opens with one. */
  heading: OutlineHeading | null;
}

interface Range {
  first: number;
  last: number;
}

/** The sections of a text of `pairCount` pairs (positions 1..pairCount) with these heading pairs. */
export function buildOutline(pairCount: number, headings: readonly OutlineHeading[]): Section[] {
  if (pairCount <= 0) return [{ number: 1, first: 1, last: 0, heading: null }];
  const sorted = [...headings].filter((heading) => heading.position >= 1 && heading.position <= pairCount);
  sorted.sort((a, b) => a.position - b.position);
  const ranges = joinHeadingOnly(cut({ first: 1, last: pairCount }, sorted), new Set(sorted.map((heading) => heading.position)));
  const headingAt = new Map(sorted.map((heading) => [heading.position, heading]));
  return ranges.map((range, index) => ({ number: index + 1, ...range, heading: headingAt.get(range.first) ?? null }));
}

/** The section that holds the pair at `position`, or null when no section does. */
export function sectionOf(outline: readonly Section[], position: number): Section | null {
  let low = 0;
  let high = outline.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const section = outline[middle]!;
    if (position < section.first) high = middle - 1;
    else if (position > section.last) low = middle + 1;
    else return section;
  }
  return null;
}

function cut(range: Range, headings: readonly OutlineHeading[]): Range[] {
  if (size(range) <= SECTION_MAX) return [range];
  // The range's own opening heading does not cut it again.
  const inside = headings.filter((heading) => heading.position > range.first && heading.position <= range.last);
  if (inside.length === 0) return evenRuns(range);
  const top = Math.min(...inside.map((heading) => heading.level));
  const starts = [range.first, ...inside.filter((heading) => heading.level === top).map((heading) => heading.position)];
  return starts.flatMap((first, index) => cut({ first, last: (starts[index + 1] ?? range.last + 1) - 1 }, headings));
}

/** A stretch without headings, in the fewest runs of at most SECTION_MAX pairs, as equal as can be. */
function evenRuns(range: Range): Range[] {
  const count = Math.ceil(size(range) / SECTION_MAX);
  const runs: Range[] = [];
  for (let index = 0, first = range.first; index < count; index++) {
    const length = Math.floor(size(range) / count) + (index < size(range) % count ? 1 : 0);
    runs.push({ first, last: first + length - 1 });
    first += length;
  }
  return runs;
}

function joinHeadingOnly(ranges: readonly Range[], headingPositions: ReadonlySet<number>): Range[] {
  const joined: Range[] = [];
  let pending: Range | null = null;
  for (const range of ranges) {
    const start: Range = pending ?? range;
    const merged: Range = { first: start.first, last: range.last };
    const onlyHeadings = everyPosition(range, (position) => headingPositions.has(position));
    pending = null;
    if (onlyHeadings && range !== ranges.at(-1)) pending = merged;
    else joined.push(merged);
  }
  return joined;
}

function everyPosition(range: Range, test: (position: number) => boolean): boolean {
  for (let position = range.first; position <= range.last; position++) if (!test(position)) return false;
  return true;
}

function size(range: Range): number {
  return range.last - range.first + 1;
}
