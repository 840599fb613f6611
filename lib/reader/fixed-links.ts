/**
 * Sentence links a reviewer fixed by hand, as stored (`Paragraph.sentenceLinks`,
 * `approvedSentenceLinks`): each sentence's link group, for the two texts they were
 * fixed for (`fingerprint`). When those texts change the fix is kept while each half
 * still has as many sentences, and flagged for a look (`moved`).
 */
export interface FixedLinks {
  /** The texts' fingerprint when the links were fixed. */
  for: string;
  /** The link group (0-based) of each Italian and each English sentence, in order. */
  it: number[];
  en: number[];
}

/** A short fingerprint of a pair's two texts (FNV-1a, 32 bits, twice over), to tell whether they changed. */
export function fingerprint(textIt: string, textEn: string): string {
  const text = `${textIt}\u0000${textEn}`;
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ text.length;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    a = Math.imul(a ^ code, 0x01000193) >>> 0;
    b = Math.imul(b ^ code, 0x811c9dc5) >>> 0;
  }
  return `${a.toString(16).padStart(8, "0")}${b.toString(16).padStart(8, "0")}`;
}

/** A stored fix, and whether the words moved since it was made. */
export interface KeptFix extends FixedLinks {
  moved: boolean;
}

/** The fix stored for a pair, with whether it was made for other words than these; null when there is none. */
export function fixedLinksFor(stored: string | null | undefined, textIt: string, textEn: string): KeptFix | null {
  const fixed = parseFixedLinks(stored);
  return fixed && { ...fixed, moved: fixed.for !== fingerprint(textIt, textEn) };
}

export function parseFixedLinks(stored: string | null | undefined): FixedLinks | null {
  if (!stored) return null;
  try {
    const value = JSON.parse(stored) as Partial<FixedLinks>;
    const groups = (list: unknown) => Array.isArray(list) && list.every((group) => Number.isInteger(group) && group >= 0);
    return typeof value.for === "string" && groups(value.it) && groups(value.en) ? (value as FixedLinks) : null;
  } catch {
    return null;
  }
}

/**
 * Whether link groups make an alignment: along each half the groups never go back,
 * every group from 0 up is used, each by at least one sentence. Null when they do,
 * otherwise what is wrong.
 */
export function invalidGroups(it: readonly number[], en: readonly number[]): "order" | "gap" | null {
  const ascending = (list: readonly number[]) => list.every((group, index) => index === 0 || group >= list[index - 1]!);
  if (!ascending(it) || !ascending(en)) return "order";
  const used = new Set([...it, ...en]);
  const count = used.size;
  for (let group = 0; group < count; group++) if (!used.has(group)) return "gap";
  return null;
}
