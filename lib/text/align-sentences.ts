/**
 * Sentence alignment inside one pair: which Italian sentences say what which English
 * ones say. A dynamic programme over the two lists (Gale and Church's, on characters)
 * takes groups of 1:1, 1:2, 2:1, 2:2, 1:3 up to 1:6 and back, 1:0 and 0:1 sentences, scored by how far
 * the English length strays from the length the pair's own ratio predicts, and by the
 * anchors the two sides share: numbers, glossary terms, proper names, quotations and
 * brackets. Each link gets a confidence between 0 and 1.
 *
 * Pure: the caller segments the texts (lib/text/sentences.ts) and names each sentence's
 * glossary terms (the reader's matcher, so inflected and elided forms count).
 */

import { SENTENCE_STARTS } from "./sentences";

/** What the aligner knows of a sentence. */
export interface SentenceFacts {
  /** Its length in characters, Markdown markers left out. */
  length: number;
  /** Its anchors, comparable across the languages ("n:2005", "t:sco", "name:astan", "quote"). */
  anchors: ReadonlySet<string>;
}

export interface SentenceLink {
  /** Indexes into the Italian sentences and the English ones; either may be empty (a sentence with no counterpart). */
  it: number[];
  en: number[];
  confidence: number;
}

/**
 * How likely each grouping is, before the texts are looked at: Gale and Church's, with
 * 1:3 up to 1:6 (and back) for the long sentence of semicolons a translation cuts up.
 */
const GROUPS: readonly { it: number; en: number; prior: number }[] = [
  { it: 1, en: 1, prior: 0.86 },
  { it: 1, en: 2, prior: 0.045 },
  { it: 2, en: 1, prior: 0.045 },
  { it: 2, en: 2, prior: 0.011 },
  { it: 1, en: 3, prior: 0.01 },
  { it: 3, en: 1, prior: 0.01 },
  { it: 1, en: 4, prior: 0.003 },
  { it: 4, en: 1, prior: 0.003 },
  { it: 1, en: 5, prior: 0.001 },
  { it: 5, en: 1, prior: 0.001 },
  { it: 1, en: 6, prior: 0.0005 },
  { it: 6, en: 1, prior: 0.0005 },
  { it: 1, en: 0, prior: 0.005 },
  { it: 0, en: 1, prior: 0.005 },
];

/** Variance of the English length per Italian character (Gale and Church's s², measured on European languages). */
const VARIANCE = 6.8;
/**
 * English characters per Italian character: the pair's own ratio, kept within what
 * translations between the two show (English runs about a tenth shorter), so that a
 * sentence the translation lost does not make every English sentence look long enough.
 */
const RATIO = { least: 0.8, most: 1.05 };
/**
 * What a shared anchor is worth, and what a number or date one side lacks costs, in the
 * score's units (negative log probability). Names and punctuation may differ between
 * the languages (Cina, China), numbers and dates do not.
 */
const SHARED = 2;
const UNMATCHED = 1;
const MUST_MATCH = /^[nm]:/;

/** The best alignment of two sentence lists, in reading order. */
export function alignSentences(italian: readonly SentenceFacts[], english: readonly SentenceFacts[]): SentenceLink[] {
  if (italian.length === 0 && english.length === 0) return [];
  const ratio = Math.min(RATIO.most, Math.max(RATIO.least, total(english) / Math.max(1, total(italian)) || 1));
  const rows = italian.length + 1;
  const columns = english.length + 1;
  const cost = new Float64Array(rows * columns).fill(Infinity);
  const step = new Int8Array(rows * columns).fill(-1);
  cost[0] = 0;
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < columns; j++) {
      if (i === 0 && j === 0) continue;
      for (const [index, group] of GROUPS.entries()) {
        if (group.it > i || group.en > j) continue;
        const before = cost[(i - group.it) * columns + (j - group.en)]!;
        if (before === Infinity) continue;
        const candidate = before + groupCost(italian.slice(i - group.it, i), english.slice(j - group.en, j), group.prior, ratio);
        if (candidate < cost[i * columns + j]!) {
          cost[i * columns + j] = candidate;
          step[i * columns + j] = index;
        }
      }
    }
  }

  const links: SentenceLink[] = [];
  for (let i = italian.length, j = english.length; i > 0 || j > 0;) {
    const group = GROUPS[step[i * columns + j]!]!;
    const it = range(i - group.it, i);
    const en = range(j - group.en, j);
    links.push({
      it,
      en,
      confidence: confidenceOf(
        it.map((k) => italian[k]!),
        en.map((k) => english[k]!),
        group.prior,
        ratio,
      ),
    });
    i -= group.it;
    j -= group.en;
  }
  return links.reverse();
}

/** The negative log probability of a group: its prior, its lengths, its anchors. */
function groupCost(it: readonly SentenceFacts[], en: readonly SentenceFacts[], prior: number, ratio: number): number {
  // A sentence left without counterpart pays its prior; that its numbers go unmatched is then no further evidence.
  if (it.length === 0 || en.length === 0) return -Math.log(prior);
  const { shared, unmatched } = anchorsOf(it, en);
  return -Math.log(prior) - Math.log(lengthFit(it, en, ratio)) - SHARED * shared + UNMATCHED * unmatched;
}

/** How well the lengths agree: the two-tailed probability of a deviation at least this large. */
function lengthFit(it: readonly SentenceFacts[], en: readonly SentenceFacts[], ratio: number): number {
  if (it.length === 0 || en.length === 0) return 1;
  const italian = total(it);
  const delta = (total(en) - italian * ratio) / Math.sqrt(Math.max(1, italian) * VARIANCE);
  return Math.max(1e-12, 2 * (1 - normalCdf(Math.abs(delta))));
}

function anchorsOf(it: readonly SentenceFacts[], en: readonly SentenceFacts[]) {
  const left = new Set(it.flatMap((facts) => [...facts.anchors]));
  const right = new Set(en.flatMap((facts) => [...facts.anchors]));
  let shared = 0;
  let unmatched = 0;
  for (const anchor of left) {
    if (right.has(anchor)) shared++;
    else if (MUST_MATCH.test(anchor)) unmatched++;
  }
  for (const anchor of right) if (!left.has(anchor) && MUST_MATCH.test(anchor)) unmatched++;
  return { shared, unmatched };
}

/**
 * A link's confidence: how well its lengths fit, how many anchors the two sides share
 * (and numbers or dates one lacks), and how usual its grouping is. A sentence with no
 * counterpart is always doubtful.
 */
function confidenceOf(it: readonly SentenceFacts[], en: readonly SentenceFacts[], prior: number, ratio: number): number {
  if (it.length === 0 || en.length === 0) return 0.2;
  const { shared, unmatched } = anchorsOf(it, en);
  const usual = prior >= 0.5 ? 1 : prior >= 0.04 ? 0.9 : 0.75;
  const evidence = 0.4 + 0.6 * Math.sqrt(lengthFit(it, en, ratio)) + 0.15 * shared - 0.2 * unmatched;
  return Math.round(Math.min(1, Math.max(0, evidence * usual)) * 100) / 100;
}

/** The standard normal distribution function (Abramowitz and Stegun 26.2.17). */
function normalCdf(x: number): number {
  const t = 1 / (1 + 0.2316419 * x);
  const density = Math.exp((-x * x) / 2) / Math.sqrt(2 * Math.PI);
  const tail = density * t * (0.31938153 + t * (-0.356563782 + t * (1.781477937 + t * (-1.821255978 + t * 1.330274429))));
  return 1 - tail;
}

function total(sentences: readonly SentenceFacts[]): number {
  return sentences.reduce((sum, facts) => sum + facts.length, 0);
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from }, (_, index) => from + index);
}

/**
 * A sentence's facts: its length without Markdown markers, and its anchors: numbers
 * (thousands separators dropped, so "10.000" and "10,000" agree) and months, the
 * glossary terms the caller found, proper names (a capitalised word that is not a
 * sentence's usual first word, by its first five letters, so "Kazakhstan" and
 * "Kazakistan" agree), and whether it holds a quotation, parentheses or editorial brackets.
 */
export function sentenceFacts(text: string, terms: Iterable<string> = []): SentenceFacts {
  const plain = text.replace(/\\([*\\])/g, "$1").replace(/\*+/g, "");
  const anchors = new Set<string>();
  for (const [number] of plain.matchAll(/\d+(?:[.,]\d{3})*(?:[.,]\d+)?/g)) anchors.add(`n:${number.replace(/[.,](?=\d{3}\b)/g, "")}`);
  for (const term of terms) anchors.add(`t:${term}`);
  for (const [word] of plain.matchAll(/\p{L}[\p{L}’'-]*/gu)) {
    const lower = word.toLowerCase();
    const month = MONTHS.get(lower);
    if (month) anchors.add(`m:${month}`);
    else if (/^\p{Lu}/u.test(word) && word.length > 2 && !SENTENCE_STARTS.has(lower)) anchors.add(`name:${lower.slice(0, 5)}`);
  }
  if (/[«“"]/.test(plain)) anchors.add("quote");
  if (plain.includes("(")) anchors.add("paren");
  if (plain.includes("[")) anchors.add("bracket");
  return { length: plain.trim().length, anchors };
}

/** Month names in both languages, to their number: a date is an anchor however it is written. */
const MONTHS = new Map(
  [
    "gennaio january",
    "febbraio february",
    "marzo march",
    "aprile april",
    "maggio may",
    "giugno june",
    "luglio july",
    "agosto august",
    "settembre september",
    "ottobre october",
    "novembre november",
    "dicembre december",
  ].flatMap((names, index) => names.split(" ").map((name) => [name, index + 1] as const)),
);
