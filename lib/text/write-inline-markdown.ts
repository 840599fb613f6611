import { escapeInlineMarkdown, parseInlineMarkdown, type InlineStyle, type StyleRange } from "./inline-markdown";

/**
 * Plain text and its styles written in the texts' inline Markdown, the way the importer
 * writes it: every literal `*` and `\` escaped, emphasis as `*…*`, strong as `**…**`. For
 * any text and styles that parseInlineMarkdown gives, this writes the Markdown again
 * (as the importer wrote it, byte for byte).
 *
 * Styles from elsewhere (another tool's codes) may not fit Markdown: spaces at a span's
 * edges are moved out of it, empty spans dropped, touching spans of one style joined;
 * a span that overlaps another without nesting, or that the Markdown would not read back
 * as written, is left out. The text itself is always kept whole.
 */
export function inlineMarkdown(text: string, styles: readonly StyleRange[]): string {
  const ranges = fitting(text, styles);
  const all = write(text, ranges);
  if (readsAs(all, text, ranges)) return all;
  // Keep each span the Markdown can carry, in order, leaving out those it cannot.
  const kept: StyleRange[] = [];
  for (const range of ranges) {
    const candidate = sortRanges([...kept, range]);
    if (readsAs(write(text, candidate), text, candidate)) kept.push(range);
  }
  return write(text, sortRanges(kept));
}

/** A Markdown text in the form inlineMarkdown writes: what the same reader reads, written the importer's way. */
export function canonicalMarkdown(source: string): string {
  if (!source.includes("*") && !source.includes("\\")) return source;
  const { text, styles } = parseInlineMarkdown(source);
  return inlineMarkdown(text, styles);
}

const MARKER: Record<InlineStyle, string> = { emphasis: "*", strong: "**" };

function sortRanges(ranges: StyleRange[]): StyleRange[] {
  // Outer spans first where two start together; emphasis outside strong where they coincide.
  return ranges.sort((a, b) => a.start - b.start || b.end - a.end || (a.style === b.style ? 0 : a.style === "emphasis" ? -1 : 1));
}

/** The spans trimmed of edge spaces, joined where one style touches itself, without empty or overlapping ones. */
function fitting(text: string, styles: readonly StyleRange[]): StyleRange[] {
  const trimmed = styles
    .map(({ start, end, style }) => {
      while (start < end && /\s/u.test(text[start]!)) start++;
      while (end > start && /\s/u.test(text[end - 1]!)) end--;
      return { start, end, style };
    })
    .filter((range) => range.end > range.start);
  const joined: StyleRange[] = [];
  for (const range of [...trimmed].sort((a, b) => a.start - b.start || b.end - a.end)) {
    const same = joined.find((other) => other.style === range.style && range.start <= other.end && range.end >= other.start);
    if (same) {
      same.start = Math.min(same.start, range.start);
      same.end = Math.max(same.end, range.end);
    } else {
      joined.push({ ...range });
    }
  }
  // Markdown nests spans or keeps them apart; a span that crosses another is left out.
  const kept: StyleRange[] = [];
  for (const range of sortRanges(joined)) {
    const crosses = kept.some(
      (other) => range.start < other.end && other.start < range.end && !(other.start <= range.start && range.end <= other.end),
    );
    if (!crosses) kept.push(range);
  }
  return kept;
}

/** The Markdown for ranges that nest (sorted by sortRanges): at each place the spans that end close, innermost first, then the new ones open. */
function write(text: string, ranges: readonly StyleRange[]): string {
  const open: StyleRange[] = [];
  let out = "";
  let next = 0;
  const advance = (to: number) => {
    out += escapeInlineMarkdown(text.slice(next, to));
    next = to;
  };
  const closeUpTo = (at: number) => {
    while (open.length > 0 && open.at(-1)!.end <= at) {
      const range = open.pop()!;
      advance(range.end);
      out += MARKER[range.style];
    }
  };
  for (const range of ranges) {
    closeUpTo(range.start);
    advance(range.start);
    out += MARKER[range.style];
    open.push(range);
  }
  closeUpTo(Infinity);
  advance(text.length);
  return out;
}

/** Whether the Markdown reads back as this text with exactly these styles. */
function readsAs(markdown: string, text: string, ranges: readonly StyleRange[]): boolean {
  const read = parseInlineMarkdown(markdown);
  if (read.text !== text || read.styles.length !== ranges.length) return false;
  const key = (range: StyleRange) => `${range.start}:${range.end}:${range.style}`;
  const expected = new Set(ranges.map(key));
  return read.styles.every((range) => expected.has(key(range)));
}
