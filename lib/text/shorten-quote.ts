import { plainText } from "./inline-markdown";

const ELLIPSIS = "…";

// Breakable spaces only: a no-break space (before a unit, inside "p. 3") holds its
// neighbours together, so a cut never falls there.
const BREAK = /[^\S\u00A0\u202F]/u;
const BREAKS = /[^\S\u00A0\u202F]+/gu;

// A sentence ends with . ! ? or … (possibly closed by a quote or bracket) before a
// space and a capital: "C.E.S.I. – Centro" and "p. 3" are not sentence ends.
const SENTENCE_END = /(?<!(?:^|[\s.])\p{Lu})[.!?…]["'”’»)\]]*(?=[^\S\u00A0\u202F]+["“«(‘]?\p{Lu})/gu;

// A sentence end earlier than this share of the limit would throw away most of the
// room the card has; a word cut near the limit says more.
const MIN_SENTENCE_SHARE = 0.5;

// Punctuation that reads badly right before "…" ("cinese,…").
const TRAILING_PUNCTUATION = /[\s,;:–—-]+$/u;

/**
 * Shortens a quote to at most `maxLength` characters for a card or a description.
 * Text that fits is returned as it is (spaces collapsed). Longer text ends at the
 * last complete sentence that fits, when that keeps at least half the room;
 * otherwise it is cut after the last whole word that fits and closed with "…".
 * Words are never split ("dell’Unione" stays whole), except a single word longer
 * than the limit, which has nowhere else to break. Quotes are reader text, whose
 * inline Markdown markers (`*emphasis*`, `\*`) are dropped as the reader renders them.
 */
export function shortenQuote(text: string, maxLength: number): string {
  if (!Number.isInteger(maxLength) || maxLength < 2) throw new RangeError(`maxLength must be an integer of at least 2 (got ${maxLength})`);
  const quote = plainText(text).trim().replace(BREAKS, " ");
  if (quote.length <= maxLength) return quote;

  const sentences = lastSentenceEnd(quote, maxLength);
  if (sentences !== null && sentences >= maxLength * MIN_SENTENCE_SHARE) return quote.slice(0, sentences);

  // Room for the ellipsis: the kept words end at most at maxLength - 1.
  const room = maxLength - ELLIPSIS.length;
  const lastBreak = lastIndexMatching(quote, BREAK, room);
  const words = lastBreak > 0 ? quote.slice(0, lastBreak).replace(TRAILING_PUNCTUATION, "") : "";
  if (words) return words + ELLIPSIS;
  return Array.from(quote).slice(0, room).join("") + ELLIPSIS;
}

/** The length of the longest run of whole sentences that fits in maxLength, or null. */
function lastSentenceEnd(quote: string, maxLength: number): number | null {
  let end: number | null = null;
  for (const match of quote.matchAll(SENTENCE_END)) {
    const after = match.index + match[0].length;
    if (after > maxLength) break;
    end = after;
  }
  return end;
}

/** The last index at or before `limit` whose character matches `pattern`, or -1. */
function lastIndexMatching(text: string, pattern: RegExp, limit: number): number {
  for (let index = Math.min(limit, text.length - 1); index >= 0; index--) {
    if (pattern.test(text[index] ?? "")) return index;
  }
  return -1;
}
