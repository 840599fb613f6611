/**
 * Turns what a reader typed into the words to look for and a safe FTS5 MATCH
 * expression. Words are folded the way the index folds them (case, accents), Italian
 * elided articles and prepositions ("dell’", "l’", "un’") are dropped, and every word
 * becomes a quoted prefix term: nothing the reader types is ever read as FTS5 syntax.
 */

export interface SearchQuery {
  /** The folded words, each matched as a word prefix, all required. */
  words: string[];
  /** The FTS5 expression: `"word1"* AND "word2"*`. */
  match: string;
}

/** Longer input is cut here: a search box is not for whole paragraphs. */
export const MAX_QUERY_LENGTH = 200;
/** Beyond this many words the query only gets slower, not more precise. */
export const MAX_QUERY_WORDS = 10;

// What Italian elides before a vowel: articles, articulated prepositions and a few
// adjectives and pronouns. Dropped only when an apostrophe follows ("dell’Asia"), so a
// reader can still search for the word itself.
const ELIDED = new Set([
  "l",
  "un",
  "gl",
  "d",
  "c",
  "m",
  "t",
  "s",
  "v",
  "n",
  "dell",
  "nell",
  "all",
  "dall",
  "sull",
  "coll",
  "pell",
  "tr",
  "fr",
  "quest",
  "quell",
  "bell",
  "sant",
  "tutt",
  "nessun",
  "ciascun",
  "buon",
  "anch",
  "com",
  "dov",
  "senz",
  "cos",
  "mezz",
  "sott",
  "sopr",
]);

const WORD = /[\p{L}\p{N}]+/gu;
const APOSTROPHES = /['’`]/;

/** Lower case without accents or compatibility variants: "Perché" → "perche", "ﬁ" → "fi". */
export function foldWord(text: string): string {
  // U+02BC (a letter to Unicode) is typed as an apostrophe by some keyboards.
  return text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .replace(/\u02BC/g, "’")
    .toLowerCase();
}

/** The words of a reader's query, or null when it has none (empty, punctuation, emoji). */
export function buildSearchQuery(input: string): SearchQuery | null {
  const text = foldWord(input.slice(0, MAX_QUERY_LENGTH));
  const words: string[] = [];
  for (const match of text.matchAll(WORD)) {
    const word = match[0];
    const end = match.index + word.length;
    const apostropheAfter = APOSTROPHES.test(text[end] ?? "");
    const apostropheBefore = APOSTROPHES.test(text[match.index - 1] ?? "");
    if (apostropheAfter && ELIDED.has(word)) continue;
    // English contractions and possessives ("China’s", "don’t"): the letter adds nothing.
    if (apostropheBefore && word.length === 1) continue;
    if (!words.includes(word)) words.push(word);
    if (words.length === MAX_QUERY_WORDS) break;
  }
  if (words.length === 0) return null;
  return { words, match: words.map(matchTerm).join(" AND ") };
}

/**
 * One word as an FTS5 term. Words are letters and digits only, so quoting is enough;
 * a single character is matched whole, since as a prefix it would match most of the text.
 */
function matchTerm(word: string): string {
  const quoted = `"${word.replaceAll('"', '""')}"`;
  return word.length > 1 ? `${quoted}*` : quoted;
}
