import type { HighlightSegment } from "@/lib/search/highlight";

/** A result's text with the words the query matched in `<mark>`; always rendered as text. */
export function HighlightedText({ segments }: { segments: readonly HighlightSegment[] }) {
  return segments.map((segment, index) => (segment.hit ? <mark key={index}>{segment.text}</mark> : segment.text));
}
