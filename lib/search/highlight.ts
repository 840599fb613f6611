import { plainText } from "../text/inline-markdown";

/** FTS5's highlight() wraps each hit in these private-use characters, which no text uses. */
export const HIT_START = "\uE000";
export const HIT_END = "\uE001";

/** A run of a result's text; `hit` when it is a word the query matched. */
export interface HighlightSegment {
  text: string;
  hit: boolean;
}

/**
 * Cuts highlighted text into plain and matched runs, to render as text and `<mark>`:
 * never as HTML. Inline Markdown markers are dropped, as the reader drops them.
 */
export function splitHighlights(highlighted: string): HighlightSegment[] {
  const segments: HighlightSegment[] = [];
  let hit = false;
  for (const part of plainText(highlighted).split(/([\uE000\uE001])/u)) {
    if (part === HIT_START) hit = true;
    else if (part === HIT_END) hit = false;
    else if (part) {
      const last = segments.at(-1);
      if (last && last.hit === hit) last.text += part;
      else segments.push({ text: part, hit });
    }
  }
  return segments;
}
