import { editDistance } from "../text/similarity";

/**
 * Turns what a reader typed into the words to look for and a safe FTS5 MATCH
 * expression. Words are folded the way the index folds them (case, accents), Italian
 * elided articles and prepositions ("dell’", "l’", "un’") are dropped, and every word
 * becomes a quoted prefix term: nothing the reader types is ever read as FTS5 syntax.
 * A word the glossary spells more than one way ("Kazakistan", "Kazakhstan") finds
 * every spelling. Words between double quotes ("Asia centrale") are a phrase: found
 * only together, in that order, each whole.
 */

export interface SearchQuery {
  /** The folded words, each matched as a word prefix (from three letters), all required. */
  words: string[];
  /** Each word outside a phrase, its spellings: the word first, then the glossary's other spellings of it. */
  spellings: string[][];
  /** Each phrase's words (two or more), in order. */
  phrases: string[][];
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

/** Each one-word spelling of a glossary term, folded, to the term's other spellings of the same word. */
export type SpellingVariants = ReadonlyMap<string, readonly string[]>;

/**
 * The glossary's spellings of one word in one language ("Kazakistan", "Kazakhstan";
 * "demilitarisation", "demilitarization"): one-word forms of a term at most two
 * letters apart, not at the end. Inflections ("centroasiatico", "centroasiatiche")
 * differ at the end and are other words; translations are found in their own half.
 */
export function spellingVariants(terms: readonly { forms: readonly { language: string; form: string }[] }[]): SpellingVariants {
  const variants = new Map<string, Set<string>>();
  for (const term of terms) {
    for (const language of new Set(term.forms.map((form) => form.language))) {
      const words = [
        ...new Set(
          term.forms
            .filter((form) => form.language === language)
            .map(({ form }) => foldWord(form))
            .filter((form) => form.match(WORD)?.[0] === form),
        ),
      ];
      for (const word of words) {
        for (const other of words) {
          if (other !== word && sameWordSpelledOtherwise(word, other)) variants.set(word, (variants.get(word) ?? new Set()).add(other));
        }
      }
    }
  }
  return new Map([...variants].map(([word, others]) => [word, [...others]]));
}

function sameWordSpelledOtherwise(a: string, b: string): boolean {
  let common = 0;
  while (common < a.length && a[common] === b[common]) common++;
  return common < Math.min(a.length, b.length) - 2 && editDistance(a, b) <= 2;
}

/** The words of a reader's query, or null when it has none (empty, punctuation, emoji). */
export function buildSearchQuery(input: string, variants: SpellingVariants = new Map()): SearchQuery | null {
  const text = foldWord(cut(input));
  const quoted = quotedRanges(text);
  const words: string[] = [];
  const tokens: { word: string; phrase: number }[] = [];
  for (const match of text.matchAll(WORD)) {
    const word = match[0];
    const end = match.index + word.length;
    const apostropheAfter = APOSTROPHES.test(text[end] ?? "");
    const apostropheBefore = APOSTROPHES.test(text[match.index - 1] ?? "");
    if (apostropheAfter && ELIDED.has(word)) continue;
    // English contractions and possessives ("China’s", "don’t"): the letter adds nothing.
    if (apostropheBefore && word.length === 1) continue;
    tokens.push({ word, phrase: quoted.findIndex(([from, to]) => match.index > from && match.index < to) });
    if (!words.includes(word)) words.push(word);
    if (words.length === MAX_QUERY_WORDS) break;
  }
  if (words.length === 0) return null;
  // A phrase of one word is that word.
  const phraseWords = (phrase: number) => tokens.filter((token) => token.phrase === phrase).map((token) => token.word);
  const isPhrase = (phrase: number) => phrase >= 0 && phraseWords(phrase).length > 1;
  const loose = [...new Set(tokens.filter((token) => !isPhrase(token.phrase)).map((token) => token.word))];
  const multiWord = [...new Set(tokens.map((token) => token.phrase))].filter(isPhrase).map(phraseWords);
  const spellings = loose.map((word) => [...new Set([word, ...(variants.get(word) ?? []), ...otherSpelling(word)])]);
  return { words, spellings, phrases: multiWord, match: matchOf(spellings, multiWord) };
}

/**
 * The FTS5 expression for words (each any of its spellings, or of `alternatives[i]`,
 * FTS5 expressions of the word's other forms) and phrases, all required.
 */
export function matchOf(spellings: readonly string[][], phrases: readonly string[][], alternatives: readonly string[][] = []): string {
  const spelled = (forms: readonly string[], index: number) => {
    const others = alternatives[index] ?? [];
    return others.length ? `(${[anyOf(forms), ...others].join(" OR ")})` : anyOf(forms);
  };
  const phrased = (phrase: readonly string[]) => `"${phrase.join(" ")}"`;
  return [...spellings.map(spelled), ...phrases.map(phrased)].join(" AND ");
}

/** Any of the words, each as a term (a prefix from three letters): `("a"* OR "b"*)`. */
export function anyOf(words: readonly string[]): string {
  return words.length > 1 ? `(${words.map(matchTerm).join(" OR ")})` : matchTerm(words[0]!);
}

/** The input up to MAX_QUERY_LENGTH, without the word the cut would leave half typed (unless it is the only one). */
function cut(input: string): string {
  if (input.length <= MAX_QUERY_LENGTH) return input;
  const kept = input.slice(0, MAX_QUERY_LENGTH);
  if (!/[\p{L}\p{N}]/u.test(input[MAX_QUERY_LENGTH]!)) return kept;
  const whole = kept.replace(/[\p{L}\p{N}]+$/u, "");
  return /[\p{L}\p{N}]/u.test(whole) ? whole : kept;
}

/**
 * British and American spellings of the same word: -is-/-iz- before a vowel
 * ("organisation", "organization"; "recognised", "recognized"), in words of six letters
 * or more, from the fourth letter on. An Italian word so changed ("analisi", "analizi")
 * is simply found as itself.
 */
export function otherSpelling(word: string): string[] {
  if (word.length < 6) return [];
  const head = word.slice(0, 3);
  const tail = word.slice(3);
  const other = /is(?=[aei])/.test(tail) ? tail.replace(/is(?=[aei])/g, "iz") : tail.replace(/iz(?=[aei])/g, "is");
  return other === tail ? [] : [head + other];
}

/** Where the text has pairs of double quotes (straight or curly): [opening, closing] offsets; an unpaired last quote is text. */
function quotedRanges(text: string): [number, number][] {
  const quotes = [...text.matchAll(/["“”„]/g)].map((match) => match.index);
  const ranges: [number, number][] = [];
  for (let index = 0; index + 1 < quotes.length; index += 2) ranges.push([quotes[index]!, quotes[index + 1]!]);
  return ranges;
}

/**
 * Words shorter than this are matched whole: as prefixes they match most of the text
 * ("di" found "dialogo" and "Digitare", "e" any word in e).
 */
export const MIN_PREFIX_LENGTH = 3;

/** Whether a word of the query is matched as the beginning of words. */
export const isPrefix = (word: string) => word.length >= MIN_PREFIX_LENGTH;

/** One word as an FTS5 term. Words are letters and digits only, so quoting is enough. */
function matchTerm(word: string): string {
  const quoted = `"${word.replaceAll('"', '""')}"`;
  return isPrefix(word) ? `${quoted}*` : quoted;
}
