/**
 * The inline Markdown that texts carry (what the importer writes and translators
 * may type): `*emphasis*`, `**strong**`, and the escapes `\*` and `\\` for literal
 * characters. Anything else is text as it stands; a marker that closes nothing
 * stays a literal asterisk.
 *
 * Parsing gives the plain text plus style ranges over it, so the glossary can be
 * matched on what a reader actually reads and the two be drawn together.
 */

export type InlineStyle = "emphasis" | "strong";

/** UTF-16 offsets into the plain text, [start, end). Ranges nest or are disjoint. */
export interface StyleRange {
  start: number;
  end: number;
  style: InlineStyle;
}

export interface InlineText {
  text: string;
  styles: StyleRange[];
}

/** A run of plain text with the styles that cover all of it. */
export interface StyledRun {
  text: string;
  emphasis?: true;
  strong?: true;
}

type Token = { text: string } | Delimiter;

interface Delimiter {
  /** Where its run of markers starts in the source. */
  at: number;
  count: number;
  canOpen: boolean;
  canClose: boolean;
  /** Markers spent closing earlier text, and opening later text. */
  closing: number;
  opening: number;
  active: boolean;
}

interface Match {
  opener: Delimiter;
  closer: Delimiter;
  style: InlineStyle;
}

const ESCAPABLE = new Set(["*", "\\"]);
const WHITESPACE = /\s/u;
const PUNCTUATION = /[\p{P}\p{S}]/u;

/** The text without its markers, and where emphasis and strong apply. */
export function parseInlineMarkdown(source: string): InlineText {
  const tokens = tokenize(source);
  const matches = matchDelimiters(tokens.filter((token): token is Delimiter => "count" in token));
  return emit(tokens, matches);
}

/** What a reader reads: the text without markers or escapes (for quotes, snippets, descriptions). */
export function plainText(source: string): string {
  return source.includes("*") || source.includes("\\") ? parseInlineMarkdown(source).text : source;
}

/** Plain text in the texts' inline Markdown: asterisks and backslashes stay literal characters. */
export function escapeInlineMarkdown(text: string): string {
  return text.replace(/[\\*]/g, "\\$&");
}

/**
 * Where the source's emphasis and strong lie in the source itself, markers included
 * (from the first marker of the opening run to the last of the closing one): a cut
 * inside one of these would leave a marker without its pair.
 */
export function markedSpans(source: string): { start: number; end: number }[] {
  if (!source.includes("*")) return [];
  const tokens = tokenize(source);
  return matchDelimiters(tokens.filter((token): token is Delimiter => "count" in token)).map(({ opener, closer }) => ({
    start: opener.at,
    end: closer.at + closer.count,
  }));
}

/** The text cut wherever its styles change, for rendering without glossary terms. */
export function styledRuns(source: string): StyledRun[] {
  const { text, styles } = parseInlineMarkdown(source);
  return cutAtStyles(text, styles, [{ start: 0, end: text.length }]).map(({ text: run, emphasis, strong }) => ({
    text: run,
    ...(emphasis ? { emphasis } : {}),
    ...(strong ? { strong } : {}),
  }));
}

/**
 * Cuts spans of `text` (sorted, disjoint) further wherever a style starts or ends,
 * each piece knowing which styles cover it and which span it came from.
 */
export function cutAtStyles<Span extends { start: number; end: number }>(
  text: string,
  styles: readonly StyleRange[],
  spans: readonly Span[],
): (StyledRun & { span: Span })[] {
  const boundaries = new Set<number>();
  for (const { start, end } of styles) boundaries.add(start).add(end);
  const pieces: (StyledRun & { span: Span })[] = [];
  for (const span of spans) {
    const cuts = [span.start, ...[...boundaries].filter((at) => at > span.start && at < span.end).sort((a, b) => a - b), span.end];
    for (let i = 0; i + 1 < cuts.length; i++) {
      const start = cuts[i]!;
      const end = cuts[i + 1]!;
      if (end <= start) continue;
      const covers = (style: InlineStyle) => styles.some((range) => range.style === style && range.start <= start && range.end >= end);
      pieces.push({
        text: text.slice(start, end),
        span,
        ...(covers("emphasis") ? { emphasis: true } : {}),
        ...(covers("strong") ? { strong: true } : {}),
      });
    }
  }
  return pieces;
}

function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let text = "";
  let i = 0;
  while (i < source.length) {
    const char = source[i]!;
    if (char === "\\" && ESCAPABLE.has(source[i + 1] ?? "")) {
      text += source[i + 1];
      i += 2;
    } else if (char === "*") {
      let end = i;
      while (source[end] === "*") end++;
      // The characters a reader sees on either side: an escaped star counts as a character.
      const before = i > 0 ? source[i - 1]! : " ";
      const after = end < source.length ? source[end]! : " ";
      if (text) tokens.push({ text });
      text = "";
      tokens.push(delimiter(i, end - i, before, after));
      i = end;
    } else {
      text += char;
      i++;
    }
  }
  if (text) tokens.push({ text });
  return tokens;
}

/** CommonMark's flanking rules: `*` opens before a word and closes after one. */
function delimiter(at: number, count: number, before: string, after: string): Delimiter {
  const spaceBefore = WHITESPACE.test(before);
  const spaceAfter = WHITESPACE.test(after);
  const punctuationBefore = PUNCTUATION.test(before);
  const punctuationAfter = PUNCTUATION.test(after);
  const leftFlanking = !spaceAfter && (!punctuationAfter || spaceBefore || punctuationBefore);
  const rightFlanking = !spaceBefore && (!punctuationBefore || spaceAfter || punctuationAfter);
  return { at, count, canOpen: leftFlanking, canClose: rightFlanking, closing: 0, opening: 0, active: true };
}

/** Pairs closers with the nearest open opener, strong (two markers) before emphasis (one). */
function matchDelimiters(delimiters: Delimiter[]): Match[] {
  const matches: Match[] = [];
  // Below this index no opener is left for any later closer.
  let bottom = 0;
  for (let c = 0; c < delimiters.length; c++) {
    const closer = delimiters[c]!;
    if (!closer.canClose) continue;
    while (remaining(closer) > 0) {
      let o = c - 1;
      while (o >= bottom && !(delimiters[o]!.active && delimiters[o]!.canOpen && remaining(delimiters[o]!) > 0)) o--;
      if (o < bottom) {
        bottom = closer.canOpen ? c : c + 1;
        break;
      }
      const opener = delimiters[o]!;
      const used = remaining(opener) >= 2 && remaining(closer) >= 2 ? 2 : 1;
      opener.opening += used;
      closer.closing += used;
      matches.push({ opener, closer, style: used === 2 ? "strong" : "emphasis" });
      // Markers between a pair can no longer pair with anything outside it.
      for (let between = o + 1; between < c; between++) delimiters[between]!.active = false;
    }
  }
  return matches;
}

function remaining(delimiter: Delimiter): number {
  return delimiter.count - delimiter.closing - delimiter.opening;
}

/** Writes the plain text: unmatched markers as literal asterisks, matched ones as ranges. */
function emit(tokens: readonly Token[], matches: readonly Match[]): InlineText {
  const at = new Map<Delimiter, number>();
  let text = "";
  for (const token of tokens) {
    if ("count" in token) {
      // Spent closing markers come first, then the literal leftovers, then the opening ones.
      at.set(token, text.length);
      text += "*".repeat(remaining(token));
    } else {
      text += token.text;
    }
  }
  const styles = matches
    .map(({ opener, closer, style }) => ({ start: at.get(opener)! + remaining(opener), end: at.get(closer)!, style }))
    .filter((range) => range.end > range.start)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  return { text, styles };
}
