/**
 * The numbers of a paragraph, read the way each language writes them, so that the
 * Italian and the English can be compared by VALUE: "1.500" (it) ≡ "1,500" (en),
 * "2,5" (it) ≡ "2.5" (en), "30 per cento" ≡ "30%" ≡ "30 per cent" ≡ "30 percent".
 *
 * Rules, kept deliberately simple:
 * - Separators. Digits joined by "." or "," (or a no-break / thin space) are one token.
 *   A token grouped the language's way (1–3 digits, then groups of exactly three after
 *   the thousands separator: "." in Italian, "," in English, optionally a decimal part)
 *   is one number. Any other token with a single "." or "," is a decimal, whichever
 *   separator it uses ("2.5" in an Italian text is 2.5). So "1,500" is fifteen hundred
 *   in English but 1.5 in Italian, as an Italian reader would read it. A token with
 *   several separators that is not grouped ("11.09.2001") is several integers.
 * - Signs are ignored: a hyphen between digits is a range far more often than a minus,
 *   so "2017-2018" is 2017 and 2018, and so is the short form "2017–18".
 * - Percentages. A number followed by "%", "per cento"/"percento" or "per cent"/"percent"
 *   is a percentage, which is a different value from the bare number: "30%" against a
 *   bare "30" is a mismatch. In "10-20%", "dal 10 al 20%", "10 and 20 per cent" the
 *   percent sign covers both numbers.
 * - Decades compare by their last two digits: "anni Novanta", "anni ’90", "anni 1990"
 *   ≡ "1990s", "’90s"; "anni Duemila" ≡ "2000s".
 * - Centuries are left out on both sides: Italian writes them in Roman numerals
 *   ("XX secolo"), which are never read as numbers, so "20th century" (and an Italian
 *   "20° secolo") is skipped too.
 * - Out of scope: numbers spelled out in words ("tre", "three"), Roman numerals, times
 *   ("14.30" reads as 14.3), and digits outside ASCII 0–9.
 */

import type { Language } from "../../glossary/term-matcher";

export interface NumberMismatch {
  /** Numbers as written in the Italian that the English lacks, in reading order. */
  missingInEnglish: string[];
  /** Numbers as written in the English that the Italian lacks, in reading order. */
  extraInEnglish: string[];
}

export interface WrittenNumber {
  written: string;
  /** The value compared across languages: "1500", "2.5", "30%", "decade:90". */
  key: string;
  start: number;
  end: number;
}

const SEPARATOR = "[.,\\u00A0\\u202F\\u2009]";
const TOKEN = `\\d+(?:${SEPARATOR}\\d+)*`;
const NOT_AFTER_WORD = "(?<![\\p{L}\\p{N}])";
const NOT_BEFORE_WORD = "(?![\\p{L}\\p{N}])";

const ITALIAN_DECADES: Record<string, number> = {
  zero: 0,
  duemila: 0,
  dieci: 10,
  venti: 20,
  trenta: 30,
  quaranta: 40,
  cinquanta: 50,
  sessanta: 60,
  settanta: 70,
  ottanta: 80,
  novanta: 90,
};

const PATTERNS: Record<Language, RegExp> = {
  it: new RegExp(
    [
      `${NOT_AFTER_WORD}anni\\s+['’]?(?:(?<decade>(?:\\d\\d)?\\d0)|(?<decadeWord>${Object.keys(ITALIAN_DECADES).join("|")}))${NOT_BEFORE_WORD}`,
      `(?<century>\\d{1,2}\\s?°\\s*secol[oi])`,
      `(?<token>${TOKEN})(?<percent>\\s*%|\\s+per\\s?cento(?!\\p{L}))?`,
    ].join("|"),
    "giu",
  ),
  en: new RegExp(
    [
      `${NOT_AFTER_WORD}(?:['’](?<decade>\\d0)|(?<decadeFull>(?:\\d\\d)?\\d0)['’]?)s${NOT_BEFORE_WORD}`,
      `(?<century>${NOT_AFTER_WORD}\\d{1,2}(?:st|nd|rd|th)(?:(?:\\s*[-–]\\s*|\\s+(?:and|or|to)\\s+|,\\s*)\\d{1,2}(?:st|nd|rd|th))*[\\s-]+centur(?:y|ies)(?!\\p{L}))`,
      `(?<token>${TOKEN})(?<percent>\\s*%|[\\s-]+per[\\s-]?cent(?!\\p{L}))?`,
    ].join("|"),
    "giu",
  ),
};

// What may stand between the two numbers of "10-20%", "dal 10 al 20%", "10 and 20 per cent".
const SHARED_PERCENT = /^\s*(?:[-–/]|e|ed|o|a|al|and|or|to)\s*(?:il\s+|l['’]\s*)?$/i;

export function compareNumbers(textIt: string, textEn: string): NumberMismatch | null {
  const italian = numbersIn(textIt, "it");
  const english = numbersIn(textEn, "en");
  const unmatched = [...italian];
  const extraInEnglish: string[] = [];
  for (const number of english) {
    const index = unmatched.findIndex((candidate) => candidate.key === number.key);
    if (index < 0) extraInEnglish.push(number.written);
    else unmatched.splice(index, 1);
  }
  const missingInEnglish = unmatched.map((number) => number.written);
  return missingInEnglish.length || extraInEnglish.length ? { missingInEnglish, extraInEnglish } : null;
}

export function numbersIn(text: string, language: Language): WrittenNumber[] {
  const numbers: WrittenNumber[] = [];
  for (const match of text.matchAll(PATTERNS[language])) {
    const groups = match.groups ?? {};
    const start = match.index;
    const written = match[0].trim();
    const end = start + written.length;
    const decade = groups.decade ?? groups.decadeFull;
    if (decade !== undefined) numbers.push({ written, key: `decade:${Number(decade) % 100}`, start, end });
    else if (groups.decadeWord !== undefined) {
      numbers.push({ written, key: `decade:${ITALIAN_DECADES[groups.decadeWord.toLowerCase()]}`, start, end });
    } else if (groups.token !== undefined) {
      const percent = groups.percent === undefined ? "" : "%";
      const values = valuesOf(groups.token, language);
      for (const value of values) {
        numbers.push({ written: values.length > 1 ? value.written : written, key: value.key + percent, start, end });
      }
    }
    // A century is matched only to be skipped.
  }
  expandYearRanges(numbers, text);
  sharePercentages(numbers, text);
  return numbers;
}

/** The number(s) a digit token stands for, in the conventions of its language. */
function valuesOf(token: string, language: Language): { written: string; key: string }[] {
  const [thousands, decimal] = language === "it" ? [".", ","] : [",", "."];
  const grouped = new RegExp(`^\\d{1,3}(?:[${thousands}\\u00A0\\u202F\\u2009]\\d{3})+(?:\\${decimal}\\d+)?$`);
  if (grouped.test(token)) {
    const [integer = "", fraction = ""] = token.split(decimal);
    return [{ written: token, key: canonical(integer.replace(/\D/g, ""), fraction) }];
  }
  const parts = token.split(new RegExp(SEPARATOR));
  const separators = token.match(new RegExp(SEPARATOR, "g")) ?? [];
  if (parts.length === 2 && /^[.,]$/.test(separators[0] ?? "")) {
    return [{ written: token, key: canonical(parts[0] ?? "", parts[1] ?? "") }];
  }
  return parts.map((part) => ({ written: part, key: canonical(part, "") }));
}

function canonical(integer: string, fraction: string): string {
  const whole = integer.replace(/^0+(?=\d)/, "");
  const decimals = fraction.replace(/0+$/, "");
  return decimals ? `${whole}.${decimals}` : whole;
}

/** Reads the "18" of "2017-18" as 2018. */
function expandYearRanges(numbers: WrittenNumber[], text: string): void {
  for (let i = 1; i < numbers.length; i++) {
    const year = numbers[i - 1]!;
    const short = numbers[i]!;
    if (!/^\d{4}$/.test(year.key) || !/^\d{2}$/.test(short.written) || !/^[-–/]$/.test(text.slice(year.end, short.start))) continue;
    if (Number(short.written) > Number(year.key) % 100) short.key = year.key.slice(0, 2) + short.written;
  }
}

/** Marks the first number of "10-20%" / "dal 10 al 20%" as a percentage too. */
function sharePercentages(numbers: WrittenNumber[], text: string): void {
  for (let i = numbers.length - 2; i >= 0; i--) {
    const number = numbers[i]!;
    const next = numbers[i + 1]!;
    if (!number.key.endsWith("%") && next.key.endsWith("%") && !number.key.startsWith("decade:")) {
      if (SHARED_PERCENT.test(text.slice(number.end, next.start))) number.key += "%";
    }
  }
}
