import { getLocale } from "next-intl/server";
import { Fragment, type ReactNode } from "react";
import type { StyledSegment } from "@/lib/glossary/mark-paragraphs";
import type { SentenceSpan } from "@/lib/reader/pair-sentences";
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
 * printable edition's appendix); there they carry no tooltip. With `only`, just the given
 * sentences are shown (a group of the sentence view), the rest of the paragraph left out.
 */
export function paragraphMarkup(
  segments: readonly StyledSegment[],
  locale: string,
  termHref?: (slug: string) => string,
  sentences?: readonly SentenceSpan[],
  only = false,
): ReactNode[] {
  // A term met again in the same half is marked so, for readers who mark only the first (lib/reader/appearance.ts).
  const seen = new Set<string>();
  if (!sentences?.length) return segmentsMarkup(segments, locale, termHref, "", seen);
  // Each sentence in a span that names its link (lib/reader/pair-sentences.ts); the
  // reader's script lights the spans of the other half with the same link.
  const pieces = cutAt(
    segments,
    sentences.flatMap(({ start, end }) => [start, end]),
  );
  const markup: ReactNode[] = [];
  let offset = 0;
  let next = 0;
  for (const sentence of sentences) {
    const before: StyledSegment[] = [];
    const within: StyledSegment[] = [];
    for (; next < pieces.length && offset < sentence.end; next++) {
      (offset < sentence.start ? before : within).push(pieces[next]!);
      offset += pieces[next]!.text.length;
    }
    // Between two sentences shown alone (the sentence view's groups), one space.
    if (!only) markup.push(...segmentsMarkup(before, locale, termHref, `b${sentence.start}`, seen));
    else if (markup.length) markup.push(" ");
    markup.push(
      <span key={`s${sentence.start}`} data-s={sentence.link}>
        {segmentsMarkup(within, locale, termHref, "", seen)}
      </span>,
    );
  }
  if (!only) markup.push(...segmentsMarkup(pieces.slice(next), locale, termHref, "after", seen));
  return markup;
}

function segmentsMarkup(
  segments: readonly StyledSegment[],
  locale: string,
  termHref?: (slug: string) => string,
  keyPrefix = "",
  seen = new Set<string>(),
): ReactNode[] {
  return termGroups(segments).map((group, index) => {
    const key = `${keyPrefix}${index}`;
    const text = group.runs.map((run, runIndex) => <Fragment key={runIndex}>{styled(run)}</Fragment>);
    if (!group.slug) return <Fragment key={key}>{text}</Fragment>;
    const repeat = seen.has(group.slug) ? "" : undefined;
    seen.add(group.slug);
    return termHref ? (
      <a key={key} href={termHref(group.slug)} className="term">
        {text}
      </a>
    ) : (
      <a key={key} href={`/${locale}/glossary/${group.slug}`} className="term" data-term={group.slug} data-repeat={repeat}>
        {text}
      </a>
    );
  });
}

/** The segments cut at each of `offsets` (into their joined text), so that no piece straddles one. */
function cutAt(segments: readonly StyledSegment[], offsets: readonly number[]): StyledSegment[] {
  const cuts = [...new Set(offsets)].sort((a, b) => a - b);
  const pieces: StyledSegment[] = [];
  let start = 0;
  for (const segment of segments) {
    const end = start + segment.text.length;
    let from = start;
    for (const cut of cuts) {
      if (cut <= from || cut >= end) continue;
      pieces.push({ ...segment, text: segment.text.slice(from - start, cut - start) });
      from = cut;
    }
    pieces.push({ ...segment, text: segment.text.slice(from - start) });
    start = end;
  }
  return pieces;
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
