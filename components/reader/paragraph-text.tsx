import { getLocale } from "next-intl/server";
import type { MarkedSegment } from "@/lib/glossary/term-matcher";

/**
 * A paragraph's text with its glossary terms as links that the tooltip script
 * enhances. Plain anchors, not next-intl's client Link: a long text has thousands
 * of terms, and each client component would add to the page's payload.
 */
export async function ParagraphText({ segments }: { segments: readonly MarkedSegment[] }) {
  const locale = await getLocale();
  return segments.map((segment, index) =>
    "slug" in segment ? (
      <a key={index} href={`/${locale}/glossary/${segment.slug}`} className="term" data-term={segment.slug} aria-describedby={`term-${segment.slug}`}>
        {segment.text}
      </a>
    ) : (
      segment.text
    ),
  );
}
