/**
 * Words the Italian source lost (a scraped page drops its links' words): the stored
 * Italian stays as received, and the reader shows a marker where the word was. Each
 * anchor is the Italian around a gap with LOST_WORD where the word was
 * ("che lega ⁁e Kazakhstan"); a text that no longer holds its anchor exactly once
 * gets no marker (an edited Italian never shows one in the wrong place).
 */
export const LOST_WORD = "\u2041";

/** The anchors stored with a pair (Paragraph.lostWordsIt, a JSON array of strings); anything else is none. */
export function parseLostWords(stored: string | null | undefined): string[] {
  if (!stored) return [];
  try {
    const anchors: unknown = JSON.parse(stored);
    return Array.isArray(anchors)
      ? anchors.filter((anchor): anchor is string => typeof anchor === "string" && anchor.includes(LOST_WORD))
      : [];
  } catch {
    return [];
  }
}

/** The text with LOST_WORD at each anchored gap, for display only. */
export function markLostWords(text: string, anchors: readonly string[]): string {
  let marked = text;
  for (const anchor of anchors) {
    const at = anchor.indexOf(LOST_WORD);
    const around = anchor.slice(0, at) + anchor.slice(at + LOST_WORD.length);
    const found = marked.indexOf(around);
    if (at < 0 || !around || found < 0 || marked.indexOf(around, found + 1) >= 0) continue;
    marked = marked.slice(0, found + at) + LOST_WORD + marked.slice(found + at);
  }
  return marked;
}
