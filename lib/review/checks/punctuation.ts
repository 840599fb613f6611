/**
 * What translation checkers (pofilter, Xbench) compare between a source and its
 * translation, where a difference is most often a slip: the punctuation a paragraph
 * ends with, whether it starts with a capital, and a word typed twice in a row.
 */

/** What a text ends with, closing quotes and brackets aside: a sentence's end, a pause, or none. */
export type Ending = "." | "?" | "!" | ":" | ";" | "…" | "none";

// Closing quotes, brackets and footnote markers after the last punctuation mark.
const CLOSING = /[\s"'”’»)\]}*]+$/u;

export function endingOf(text: string): Ending {
  const trimmed = text.replace(CLOSING, "");
  const last = trimmed.at(-1) ?? "";
  if (trimmed.endsWith("...")) return "…";
  return ([".", "?", "!", ":", ";", "…"] as const).find((mark) => mark === last) ?? "none";
}

/** The two endings when they differ, else null. */
export function differentEndings(textIt: string, textEn: string): { it: Ending; en: Ending } | null {
  const it = endingOf(textIt);
  const en = endingOf(textEn);
  return it === en ? null : { it, en };
}

/** Whether the first letter is a capital; null when the text starts with no letter (a number, a quote's dash). */
export function startsWithCapital(text: string): boolean | null {
  const first = /[\p{L}\p{N}]/u.exec(text);
  if (!first || !/\p{L}/u.test(first[0])) return null;
  return first[0] !== first[0].toLocaleLowerCase();
}

/** Whether one half starts with a capital and the other does not. */
export function differentCapitals(textIt: string, textEn: string): boolean {
  const it = startsWithCapital(textIt);
  const en = startsWithCapital(textEn);
  return it !== null && en !== null && it !== en;
}

/** The first word written twice in a row ("the the", "di di"), case aside; null when none is. */
export function repeatedWord(text: string): string | null {
  const match = /(?<![\p{L}\p{N}’'-])(\p{L}{2,})\s+\1(?![\p{L}\p{N}’'-])/iu.exec(text);
  return match ? match[1]! : null;
}
