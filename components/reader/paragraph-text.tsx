import { Link } from "@/i18n/navigation";
import type { MarkedSegment } from "@/lib/glossary/term-matcher";

/** A paragraph's text with its glossary terms as links that the tooltip script enhances. */
export function ParagraphText({ segments }: { segments: readonly MarkedSegment[] }) {
  return segments.map((segment, index) =>
    "slug" in segment ? (
      <Link key={index} href={`/glossary/${segment.slug}`} className="term" data-term={segment.slug} aria-describedby={`term-${segment.slug}`}>
        {segment.text}
      </Link>
    ) : (
      segment.text
    ),
  );
}
