import { createGlossaryMatchers, type GlossaryMatchers } from "../glossary/mark-paragraphs";
import type { Language } from "../glossary/term-matcher";

// Anchors: what a paragraph and its translation share whatever the language. A bead
// whose two sides share them is likely right; one whose sides name different ones is
// likely wrong, even when the lengths fit. As hunalign and Moore's aligner use a
// dictionary besides the lengths, the aligner uses:
// - numbers of two digits or more, by their digits ("1.234,5" in Italian is "1,234.5"
//   in English): years, articles of law, figures;
// - words written alike in both texts, away from a sentence's start: names, acronyms
//   ("Putin", "OCSE"), found as capitalised or digit-bearing words both texts use;
// - glossary terms, by their forms in each language ("Kazakistan" and "Kazakhstan").

/** A glossary term's forms in the two languages, as the aligner reads them. */
export interface AnchorTerm {
  slug: string;
  forms: readonly { language: Language; form: string }[];
}

/** Every paragraph's anchors, as small integers shared by the two languages. */
export interface Anchors {
  it: Int32Array[];
  en: Int32Array[];
  /** How many different anchors there are (the ids run from 0). */
  count: number;
}

const NUMBER = /\p{N}(?:[\p{N}.,’'\u202F\u00A0]*\p{N})?/gu;
// Apostrophes end a word: "Xu’s" is Xu, "dell’Unione" is Unione.
const WORD = /[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu;

/** The anchors of each paragraph of both texts. */
export function findAnchors(italian: readonly string[], english: readonly string[], terms: readonly AnchorTerm[] = []): Anchors {
  const shared = sharedNames(italian, english);
  const matchers = terms.length ? createGlossaryMatchers(terms) : null;
  const ids = new Map<string, number>();
  const intern = (keys: string[]) => Int32Array.from(keys, (key) => ids.get(key) ?? (ids.set(key, ids.size), ids.size - 1));
  const of = (language: Language) => (text: string) => intern(paragraphAnchors(text, language, shared, matchers));
  return { it: italian.map(of("it")), en: english.map(of("en")), count: ids.size };
}

function paragraphAnchors(text: string, language: Language, shared: ReadonlySet<string>, matchers: GlossaryMatchers | null): string[] {
  const keys: string[] = [];
  for (const [number] of text.matchAll(NUMBER)) {
    const digits = number.replace(/\D/gu, "");
    // A single digit ("2 paesi", "1.") is in too many paragraphs to say which belong together.
    if (digits.length > 1) keys.push(`#${digits}`);
  }
  for (const [word] of text.matchAll(WORD)) if (shared.has(word)) keys.push(`=${word}`);
  for (const { slug } of matchers?.[language].find(text) ?? []) keys.push(`@${slug}`);
  return keys;
}

/**
 * Capitalised or digit-bearing words both texts use somewhere away from a sentence's
 * start (so "In" opening a sentence in both languages is no name); a paragraph then
 * anchors on them wherever they stand.
 */
function sharedNames(italian: readonly string[], english: readonly string[]): Set<string> {
  const vocabulary = (texts: readonly string[]) => new Set(texts.flatMap((text) => names(text)));
  const inEnglish = vocabulary(english);
  return new Set([...vocabulary(italian)].filter((word) => inEnglish.has(word)));
}

/** The words of a text that look like names: a capital or a digit inside, and not first in their sentence. */
function names(text: string): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(WORD)) {
    const word = match[0];
    if (word.length < 2 || !/[\p{Lu}\p{N}]/u.test(word) || /^\p{N}+$/u.test(word)) continue;
    if (opensSentence(text, match.index)) continue;
    found.push(word);
  }
  return found;
}

/** Whether a word at `index` stands first in its sentence: nothing but spaces since the text's start or a sentence's end. */
function opensSentence(text: string, index: number): boolean {
  let at = index - 1;
  while (at >= 0 && /\s/u.test(text[at]!)) at--;
  return at < 0 || /[.!?:;«“"(\u2014]/u.test(text[at]!);
}

/**
 * How many anchors a bead's two sides share (Italian paragraphs [itFrom, itTo), English
 * [enFrom, enTo)), and how many they do not, counted as multisets: a number twice on
 * one side and once on the other is shared once. `tally` is scratch space of
 * `anchors.count` zeros, left as it was found.
 */
export function compareAnchors(
  anchors: Anchors,
  [itFrom, itTo]: readonly [number, number],
  [enFrom, enTo]: readonly [number, number],
  tally: Int32Array,
): { shared: number; unshared: number } {
  let total = 0;
  for (let i = itFrom; i < itTo; i++) {
    for (const id of anchors.it[i]!) {
      tally[id]!++;
      total++;
    }
  }
  let shared = 0;
  for (let j = enFrom; j < enTo; j++) {
    for (const id of anchors.en[j]!) {
      total++;
      if (tally[id]! > 0) {
        tally[id]!--;
        shared++;
      }
    }
  }
  for (let i = itFrom; i < itTo; i++) for (const id of anchors.it[i]!) tally[id] = 0;
  return { shared, unshared: total - 2 * shared };
}
