import { getLocale } from "next-intl/server";
import { Fragment, type ReactNode } from "react";
import type { StyledSegment } from "@/lib/glossary/mark-paragraphs";
import type { StyledRun } from "@/lib/text/inline-markdown";

/**
 * A paragraph's text with its glossary terms as links that the tooltip script
 * enhances, and its emphasis as <em> and <strong>. Plain anchors, not next-intl's
 * client Link: a long text has thousands of terms, and each client component would
 * add to the page's payload.
 */
export async function ParagraphText({ segments }: { segments: readonly StyledSegment[] }) {
  return paragraphMarkup(segments, await getLocale());
}

/**
 * The same as plain elements, for markup rendered outside the component tree
 * (lib/reader/markup-channel.ts). `termHref` sends terms elsewhere than the glossary (the
 * printable edition's appendix); there they carry no tooltip.
 */
export function paragraphMarkup(segments: readonly StyledSegment[], locale: string, termHref?: (slug: string) => string): ReactNode[] {
  return termGroups(segments).map((group, index) => {
    const text = group.runs.map((run, runIndex) => <Fragment key={runIndex}>{styled(run)}</Fragment>);
    if (!group.slug) return <Fragment key={index}>{text}</Fragment>;
    return termHref ? (
      <a key={index} href={termHref(group.slug)} className="term">
        {text}
      </a>
    ) : (
      <a
        key={index}
        href={`/${locale}/glossary/${group.slug}`}
        className="term"
        data-term={group.slug}
        aria-describedby={`term-${group.slug}`}
      >
        {text}
      </a>
    );
  });
}

/** A run of text inside the <em> and <strong> that cover it. */
function styled(run: StyledRun): ReactNode {
  const emphasized = run.emphasis ? <em>{run.text}</em> : run.text;
  return run.strong ? <strong>{emphasized}</strong> : <>{emphasized}</>;
}

// A term cut by a change of emphasis is still one link.
function termGroups(segments: readonly StyledSegment[]) {
  const groups: { slug?: string; runs: StyledRun[] }[] = [];
  for (const segment of segments) {
    const slug = "slug" in segment ? segment.slug : undefined;
    const last = groups.at(-1);
    if (last && slug && last.slug === slug) last.runs.push(segment);
    else groups.push({ slug, runs: [segment] });
  }
  return groups;
}
