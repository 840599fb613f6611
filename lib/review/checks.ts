/**
 * The quality checks a reviewer sees as warnings on each Italian/English paragraph
 * pair, and can filter by. Pure logic: the caller hands over the texts and the
 * glossary matchers.
 */

import { markText, usedTerms, type GlossaryMatchers, type StyledSegment } from "../glossary/mark-paragraphs";
import type { Language } from "../glossary/term-matcher";
import { LOW_CONFIDENCE } from "../core/limits";
import { fixedLinksFor, type KeptFix } from "../reader/fixed-links";
import { pairSentences, sentenceTexts } from "../reader/pair-sentences";
import { compareNumbers } from "./checks/numbers";
import { differentCapitals, differentEndings, repeatedWord, type Ending } from "./checks/punctuation";
import { hasDoubleSpaces, unbalancedBracket, unbalancedQuote } from "./checks/typography";

export type CheckCode =
  | "alignment"
  | "numbers"
  | "missing-term"
  | "lone-sentence"
  | "links-moved"
  | "empty"
  | "untranslated"
  | "length-ratio"
  | "brackets"
  | "quotes"
  | "double-spaces"
  | "end-punctuation"
  | "capital"
  | "repeated-word"
  | "consistency";

/** Every check, in the order a pair's warnings are listed. */
export const CHECK_CODES: readonly CheckCode[] = [
  "alignment",
  "numbers",
  "missing-term",
  "lone-sentence",
  "links-moved",
  "empty",
  "untranslated",
  "length-ratio",
  "brackets",
  "quotes",
  "double-spaces",
  "end-punctuation",
  "capital",
  "repeated-word",
  "consistency",
];

export type CheckWarning =
  /** The aligner paired these halves with low confidence (0 when one side had no counterpart). */
  | { code: "alignment"; confidence: number }
  /** Numbers as written in the Italian that the English lacks, and the other way round. */
  | { code: "numbers"; missingInEnglish: string[]; extraInEnglish: string[] }
  /** Slugs of glossary terms found in the Italian but not in the English, sorted. */
  | { code: "missing-term"; terms: string[] }
  /** Sentences the sentence aligner found no counterpart for: a likely omission or addition. */
  | { code: "lone-sentence"; sentences: { language: Language; text: string }[] }
  /** The texts changed since a reviewer fixed the sentence links by hand. */
  | { code: "links-moved" }
  /** The English is empty or whitespace only. */
  | { code: "empty" }
  /** The English is the Italian again, whitespace and case aside. */
  | { code: "untranslated" }
  /** English/Italian length in characters against the document's median, both to two decimals. */
  | { code: "length-ratio"; ratio: number; expected: number }
  | { code: "brackets"; language: Language; character: string }
  | { code: "quotes"; language: Language; character: string }
  | { code: "double-spaces"; language: Language }
  /** The halves end differently: a full stop against none, a question against a statement. */
  | { code: "end-punctuation"; it: Ending; en: Ending }
  /** One half starts with a capital letter and the other does not. */
  | { code: "capital" }
  /** A word written twice in a row. */
  | { code: "repeated-word"; language: Language; word: string }
  /** The same Italian is translated otherwise in these pairs of the text (their first positions, and how many more). */
  | { code: "consistency"; positions: number[]; more: number };

export interface PairText {
  textIt: string;
  textEn: string;
  /** Set by the aligner on imported pairs; null once paired by hand or one to one. */
  alignmentConfidence?: number | null;
  /** Sentence links a reviewer fixed (lib/reader/fixed-links.ts): a sentence left alone there was left alone on purpose. */
  sentenceLinks?: string | null;
}

/** The English/Italian length ratio a document usually keeps. */
export interface LengthNorm {
  median: number;
}

/**
 * A pair's length ratio is "far outside the norm" beyond this factor either way:
 * with the usual Italian→English median near 0.95, that is below about 0.53 (half
 * the English is missing) or above about 1.7 (text doubled, or another paragraph's).
 * The seed article's paragraphs stay within a factor of 1.35 of their median.
 */
export const LENGTH_RATIO_FACTOR = 1.8;
/** Shorter Italian paragraphs (titles, captions, one-liners) vary too much to judge. */
export const LENGTH_RATIO_MIN_ITALIAN = 40;
/** Below this many measurable pairs a document has no norm of its own... */
export const LENGTH_NORM_MIN_PAIRS = 3;
/** ...and English is taken to run about as long as the Italian. */
export const DEFAULT_LENGTH_RATIO = 1;

const LANGUAGES: readonly Language[] = ["it", "en"];

/** The median English/Italian ratio over the pairs where both texts have content. */
export function lengthNorm(pairs: readonly PairText[]): LengthNorm {
  return lengthNormOf(pairs.map((pair) => ({ it: characters(pair.textIt), en: characters(pair.textEn) })));
}

/** The same from each pair's length in characters (0 for a blank text). */
function lengthNormOf(lengths: readonly { it: number; en: number }[]): LengthNorm {
  const ratios = lengths
    .filter((length) => length.it > 0 && length.en > 0)
    .map((length) => length.en / length.it)
    .sort((a, b) => a - b);
  if (ratios.length < LENGTH_NORM_MIN_PAIRS) return { median: DEFAULT_LENGTH_RATIO };
  const middle = Math.floor(ratios.length / 2);
  const median = ratios.length % 2 ? ratios[middle]! : (ratios[middle - 1]! + ratios[middle]!) / 2;
  return { median };
}

/**
 * What can be said of a pair on its own, before the document's length norm is known:
 * every warning but the length ratio, and its lengths. The costly part of the checks
 * (the glossary), worth keeping while the pair does not change (lib/review/workspace.ts).
 */
export interface PairFacts {
  warnings: CheckWarning[];
  /** Characters of each text, whitespace runs counted once; null when the length is not judged. */
  lengths: { it: number; en: number } | null;
}

export function pairFacts(pair: PairText, matchers: GlossaryMatchers): PairFacts {
  const { textIt, textEn } = pair;
  const warnings: CheckWarning[] = [];
  // First, whether the two halves belong together at all.
  const confidence = pair.alignmentConfidence;
  if (confidence != null && confidence < LOW_CONFIDENCE) warnings.push({ code: "alignment", confidence });
  // Nothing else is worth saying about an English that is missing or not yet translated.
  if (isBlank(textEn)) return { warnings: [...warnings, { code: "empty" }], lengths: null };
  if (/\p{L}/u.test(textIt) && comparable(textIt) === comparable(textEn)) {
    return { warnings: [...warnings, { code: "untranslated" }], lengths: null };
  }

  const numbers = compareNumbers(textIt, textEn);
  if (numbers) warnings.push({ code: "numbers", ...numbers });
  const marked = { it: markText(matchers, "it", textIt), en: markText(matchers, "en", textEn) };
  const terms = missingTerms(marked);
  if (terms.length) warnings.push({ code: "missing-term", terms });
  // A sentence a reviewer left without counterpart was left so on purpose, while the words stay.
  const fix = fixedLinksFor(pair.sentenceLinks, textIt, textEn);
  const lone = fix && !fix.moved ? [] : loneSentences(marked, fix);
  if (lone.length) warnings.push({ code: "lone-sentence", sentences: lone });
  if (fix?.moved) warnings.push({ code: "links-moved" });
  for (const language of LANGUAGES) {
    const character = unbalancedBracket(pair[textOf(language)]);
    if (character) warnings.push({ code: "brackets", language, character });
  }
  for (const language of LANGUAGES) {
    const character = unbalancedQuote(pair[textOf(language)]);
    if (character) warnings.push({ code: "quotes", language, character });
  }
  for (const language of LANGUAGES) {
    if (hasDoubleSpaces(pair[textOf(language)])) warnings.push({ code: "double-spaces", language });
  }
  // Comparing the halves' ends and starts needs two halves (an empty Italian is the aligner's warning).
  if (!isBlank(textIt)) {
    const endings = differentEndings(textIt, textEn);
    if (endings) warnings.push({ code: "end-punctuation", ...endings });
    if (differentCapitals(textIt, textEn)) warnings.push({ code: "capital" });
  }
  for (const language of LANGUAGES) {
    const word = repeatedWord(pair[textOf(language)]);
    if (word) warnings.push({ code: "repeated-word", language, word });
  }
  return { warnings, lengths: { it: characters(textIt), en: characters(textEn) } };
}

/** A pair's warnings: its facts, with the length ratio judged against the document's norm, in CHECK_CODES order. */
/**
 * A pair's warnings from its own facts and the text's: the length against the text's
 * norm, and `otherwise`, the positions of pairs with the same Italian and another
 * English (translatedOtherwise).
 */
export function warningsOf(facts: PairFacts, norm: LengthNorm, otherwise: readonly number[] = []): CheckWarning[] {
  const length = facts.lengths && lengthWarning(facts.lengths, norm);
  const consistency: CheckWarning[] = otherwise.length
    ? [
        {
          code: "consistency",
          positions: otherwise.slice(0, CONSISTENCY_POSITIONS),
          more: Math.max(0, otherwise.length - CONSISTENCY_POSITIONS),
        },
      ]
    : [];
  if (!length) return [...facts.warnings, ...consistency];
  const after = facts.warnings.findIndex((warning) => CHECK_CODES.indexOf(warning.code) > CHECK_CODES.indexOf("length-ratio"));
  const warnings = after === -1 ? [...facts.warnings, length] : [...facts.warnings.slice(0, after), length, ...facts.warnings.slice(after)];
  return [...warnings, ...consistency];
}

export function checkPair(
  pair: PairText,
  context: { matchers: GlossaryMatchers; norm: LengthNorm; otherwise?: readonly number[] },
): CheckWarning[] {
  return warningsOf(pairFacts(pair, context.matchers), context.norm, context.otherwise);
}

/** One list of warnings per pair, in the pairs' order, judged against the document's own length norm and its other pairs. */
export function checkDocument(pairs: readonly PairText[], matchers: GlossaryMatchers): CheckWarning[][] {
  const norm = lengthNorm(pairs);
  const otherwise = translatedOtherwise(pairs.map((pair, index) => ({ ...pair, id: index, position: index + 1 })));
  return pairs.map((pair, index) => checkPair(pair, { matchers, norm, otherwise: otherwise.get(index) ?? [] }));
}

/** Positions a consistency warning names; a line repeated throughout a book would name hundreds. */
export const CONSISTENCY_POSITIONS = 10;

/**
 * Consistency, as pofilter and Pontoon check it: for each pair whose Italian occurs again
 * in the text with another English (both non-empty; the texts as stored), the positions
 * of those other pairs, by pair id.
 */
export function translatedOtherwise(pairs: readonly (PairText & { id: number; position: number })[]): Map<number, number[]> {
  const bySource = new Map<string, (PairText & { id: number; position: number })[]>();
  for (const pair of pairs) {
    if (isBlank(pair.textIt) || isBlank(pair.textEn)) continue;
    bySource.set(pair.textIt, [...(bySource.get(pair.textIt) ?? []), pair]);
  }
  const otherwise = new Map<number, number[]>();
  for (const group of bySource.values()) {
    for (const pair of group) {
      const others = group.filter((other) => other.textEn !== pair.textEn).map((other) => other.position);
      if (others.length) otherwise.set(pair.id, others);
    }
  }
  return otherwise;
}

function missingTerms(marked: Record<Language, readonly StyledSegment[]>): string[] {
  const inEnglish = usedTerms([marked.en]);
  return [...usedTerms([marked.it])].filter((slug) => !inEnglish.has(slug)).sort();
}

/** The sentences of either half linked to nothing in the other (lib/reader/pair-sentences.ts), by the aligner or a kept fix. */
function loneSentences(marked: Record<Language, readonly StyledSegment[]>, fix: KeptFix | null): { language: Language; text: string }[] {
  const sentences = pairSentences(marked, fix);
  if (!sentences) return [];
  return LANGUAGES.flatMap((language) => {
    const other = new Set(sentences[language === "it" ? "en" : "it"].map((sentence) => sentence.link));
    const texts = sentenceTexts(marked[language], sentences[language]);
    return sentences[language].flatMap((sentence, index) => (other.has(sentence.link) ? [] : [{ language, text: texts[index]! }]));
  });
}

function lengthWarning(lengths: { it: number; en: number }, norm: LengthNorm): CheckWarning | null {
  const italian = lengths.it;
  if (italian < LENGTH_RATIO_MIN_ITALIAN) return null;
  const ratio = lengths.en / italian;
  if (ratio >= norm.median / LENGTH_RATIO_FACTOR && ratio <= norm.median * LENGTH_RATIO_FACTOR) return null;
  return { code: "length-ratio", ratio: twoDecimals(ratio), expected: twoDecimals(norm.median) };
}

const textOf = (language: Language): "textIt" | "textEn" => (language === "it" ? "textIt" : "textEn");
const isBlank = (text: string) => text.trim() === "";
const collapse = (text: string) => text.trim().replace(/\s+/g, " ");
/** Characters as a reader counts them: code points, runs of whitespace as one. */
const characters = (text: string) => [...collapse(text)].length;
const comparable = (text: string) => collapse(text.normalize("NFC")).toLocaleLowerCase("it");
const twoDecimals = (value: number) => Math.round(value * 100) / 100;
