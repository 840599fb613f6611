/**
 * Finds glossary terms in a text the way a reader would spot them: whatever the
 * case (but for short forms and abbreviations, below), as whole words, after an Italian elision ("dell’Unione Sovietica") or
 * before an English possessive ("China’s"), and the longest name first.
 *
 * Forms are folded once into a trie, so `find` walks each word start of the text
 * only as far as the longest form: its cost grows with the text, not the glossary.
 */

export type Language = "it" | "en";

/** The surface forms of one term in ONE language. */
export interface MatchableTerm {
  slug: string;
  forms: readonly string[];
}

/** UTF-16 offsets into the text; [start, end) covers the matched form only, not an elided article before it. */
export interface TermOccurrence {
  start: number;
  end: number;
  slug: string;
}

export interface TermMatcher {
  /** Occurrences sorted by start, never overlapping. */
  find(text: string): TermOccurrence[];
}

export type MarkedSegment = { text: string } | { text: string; slug: string };

/**
 * Where forms overlap, the longest match at a word start wins and matching resumes
 * after it. If two terms share the exact same form, the first term in input order
 * keeps it.
 */
export function createTermMatcher(terms: readonly MatchableTerm[], language: Language): TermMatcher {
  const trie = new FormTrie();
  for (const term of terms) {
    for (const form of term.forms) trie.add(comparableForm(form, language), { slug: term.slug, exact: exactCase(form) });
  }
  return { find: (text) => trie.occurrencesIn(fold(text, language)) };
}

/**
 * Short forms and abbreviations match only as written: "Xi" is not the numeral "XI",
 * "SCO" is not the Italian verb "sco…". A form is matched in its exact case when it has
 * at most three letters, or when every letter is a capital ("URSS", "USSR").
 */
export function exactCase(form: string): string | null {
  const letters = form.normalize("NFC").match(/\p{L}/gu) ?? [];
  const abbreviation =
    letters.length >= 2 && letters.every((letter) => letter === letter.toLocaleUpperCase() && letter !== letter.toLocaleLowerCase());
  // As the match starts: at the form's first letter or digit (see comparableForm).
  return letters.length <= 3 || abbreviation
    ? form
        .trim()
        .replace(/^[^\p{L}\p{N}]+/u, "")
        .normalize("NFC")
    : null;
}

/** Splits text into plain and term segments; concatenating every segment's text gives back the input exactly. */
export function segmentText(text: string, occurrences: readonly TermOccurrence[]): MarkedSegment[] {
  const segments: MarkedSegment[] = [];
  let cursor = 0;
  for (const { start, end, slug } of [...occurrences].sort((a, b) => a.start - b.start)) {
    // Marking an overlapping or out-of-range occurrence would break the round trip.
    if (start < cursor || end <= start || end > text.length) continue;
    if (start > cursor) segments.push({ text: text.slice(cursor, start) });
    segments.push({ text: text.slice(start, end), slug });
    cursor = end;
  }
  if (cursor < text.length) segments.push({ text: text.slice(cursor) });
  return segments;
}

/** A text folded for comparison, remembering which source cluster each folded UTF-16 unit came from. */
interface FoldedText {
  source: string;
  text: string;
  isWord: boolean[];
  sourceStart: number[];
  sourceEnd: number[];
}

// A cluster is a whitespace run or one code point with its combining marks. Folding
// cluster by cluster keeps offsets mappable even when NFC or lower-casing changes
// the length ("İ" lower-cases to "i" + U+0307), and folds forms and texts alike.
const CLUSTER = /(\s+)|[\s\S]\p{M}*/gu;
const WORD_CHARACTER = /^[\p{L}\p{N}\p{M}]/u;
const TYPOGRAPHIC_APOSTROPHE = "\u2019";

function fold(source: string, language: Language): FoldedText {
  const pieces: string[] = [];
  const folded: FoldedText = { source, text: "", isWord: [], sourceStart: [], sourceEnd: [] };
  for (const match of source.matchAll(CLUSTER)) {
    const cluster = match[0];
    const start = match.index;
    const piece = foldCluster(cluster, match[1] !== undefined, language);
    const isWord = isWordCluster(cluster);
    for (let unit = 0; unit < piece.length; unit++) {
      folded.isWord.push(isWord);
      folded.sourceStart.push(start);
      folded.sourceEnd.push(start + cluster.length);
    }
    pieces.push(piece);
  }
  folded.text = pieces.join("");
  return folded;
}

function foldCluster(cluster: string, isWhitespace: boolean, language: Language): string {
  if (isWhitespace) return " ";
  if (cluster === TYPOGRAPHIC_APOSTROPHE) return "'";
  const code = cluster.charCodeAt(0);
  // Plain ASCII is by far the common case, and lower-cases the same in Italian and English.
  if (cluster.length === 1 && code < 0x80) return code >= 0x41 && code <= 0x5a ? String.fromCharCode(code + 0x20) : cluster;
  return cluster.normalize("NFC").toLocaleLowerCase(language);
}

function isWordCluster(cluster: string): boolean {
  const code = cluster.charCodeAt(0);
  if (code < 0x80 && cluster.length === 1) {
    return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
  }
  return WORD_CHARACTER.test(cluster);
}

/**
 * A form folded like a text. Leading punctuation is dropped because a match always
 * starts at a word start: "’ndrangheta" is found as "ndrangheta" after its apostrophe.
 */
function comparableForm(form: string, language: Language): string {
  const folded = fold(form.trim(), language);
  const firstWordUnit = folded.isWord.indexOf(true);
  return firstWordUnit < 0 ? "" : folded.text.slice(firstWordUnit);
}

const UNITS_PER_NODE = 0x10000;

/** What a form's last node holds: its term, and the form as written when only that case matches. */
interface FormEnd {
  slug: string;
  exact: string | null;
}

/** A trie over folded UTF-16 units, its edges in one numeric map to stay compact with thousands of forms. */
class FormTrie {
  private readonly edges = new Map<number, number>();
  private readonly slugs: (FormEnd | undefined)[] = [undefined];

  add(form: string, end: FormEnd): void {
    if (form === "") return;
    let node = 0;
    for (let i = 0; i < form.length; i++) {
      const edge = node * UNITS_PER_NODE + form.charCodeAt(i);
      let next = this.edges.get(edge);
      if (next === undefined) {
        next = this.slugs.push(undefined) - 1;
        this.edges.set(edge, next);
      }
      node = next;
    }
    this.slugs[node] ??= end;
  }

  occurrencesIn({ source, text, isWord, sourceStart, sourceEnd }: FoldedText): TermOccurrence[] {
    const occurrences: TermOccurrence[] = [];
    const startsWord = (at: number) => isWord[at] === true && !isWord[at - 1];
    const endsWord = (at: number) => !(isWord[at - 1] && isWord[at]);
    let position = 0;
    while (position < text.length) {
      if (!startsWord(position)) {
        position++;
        continue;
      }
      // Walk as deep as the text allows, remembering the longest form that ends at a word end.
      let node: number | undefined = 0;
      let longest: { end: number; slug: string } | undefined;
      for (let i = position; i < text.length; i++) {
        node = this.edges.get(node * UNITS_PER_NODE + text.charCodeAt(i));
        if (node === undefined) break;
        const end = this.slugs[node];
        if (end === undefined || !endsWord(i + 1)) continue;
        if (end.exact !== null && source.slice(sourceStart[position], sourceEnd[i]).normalize("NFC") !== end.exact) continue;
        longest = { end: i + 1, slug: end.slug };
      }
      if (longest === undefined) {
        position++;
        continue;
      }
      occurrences.push({ start: sourceStart[position]!, end: sourceEnd[longest.end - 1]!, slug: longest.slug });
      position = longest.end;
    }
    return occurrences;
  }
}
