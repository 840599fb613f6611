import { getLocale } from "next-intl/server";
import { Fragment, type ReactNode } from "react";
import type { StyledSegment } from "@/lib/glossary/mark-paragraphs";
import { LOST_WORD } from "@/lib/reader/lost-words";
import type { SentenceSpan } from "@/lib/reader/pair-sentences";
import type { StyledRun } from "@/lib/text/inline-markdown";

/**
 * A paragraph's text with its glossary terms as links that the tooltip script
 * enhances, and its emphasis as <em> and <strong>. Plain anchors, not next-intl's
 * client Link: a long text has thousands of terms, and each client component would
 * add to the page's payload.
 */
export async function ParagraphText({ segments, lostWord }: { segments: readonly StyledSegment[]; lostWord?: string }) {
  return paragraphMarkup(segments, await getLocale(), { lostWord });
}

export interface MarkupOptions {
  /** Where terms lead, when not to the glossary (the printable edition's appendix); there they carry no tooltip. */
  termHref?: (slug: string) => string;
  /** The half's sentences, each in a span naming its link. */
  sentences?: readonly SentenceSpan[];
  /** Just the given sentences (a group of the sentence view), the rest of the paragraph left out. */
  only?: boolean;
  /** What a marker of a word the source lost says to screen readers and on hover (lib/reader/lost-words.ts). */
  lostWord?: string;
}

/** The same as plain elements, for markup rendered outside the component tree (lib/reader/markup-channel.ts). */
export function paragraphMarkup(segments: readonly StyledSegment[], locale: string, options: MarkupOptions = {}): ReactNode[] {
  const { termHref, sentences, only = false } = options;
  const style = { locale, lostWord: options.lostWord };
  // A term met again in the same half is marked so, for readers who mark only the first (lib/reader/appearance.ts).
  const seen = new Set<string>();
  if (!sentences?.length) return segmentsMarkup(segments, style, termHref, "", seen);
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
    if (!only) markup.push(...segmentsMarkup(before, style, termHref, `b${sentence.start}`, seen));
    else if (markup.length) markup.push(" ");
    markup.push(
      <span key={`s${sentence.start}`} data-s={sentence.link}>
        {segmentsMarkup(within, style, termHref, "", seen)}
      </span>,
    );
  }
  if (!only) markup.push(...segmentsMarkup(pieces.slice(next), style, termHref, "after", seen));
  return markup;
}

/** What the markup of runs needs besides the runs: the page's language and the lost-word marker's words. */
interface RunStyle {
  locale: string;
  lostWord?: string;
}

function segmentsMarkup(
  segments: readonly StyledSegment[],
  style: RunStyle,
  termHref?: (slug: string) => string,
  keyPrefix = "",
  seen = new Set<string>(),
): ReactNode[] {
  const { locale } = style;
  return termGroups(segments).map((group, index) => {
    const key = `${keyPrefix}${index}`;
    const text = group.runs.map((run, runIndex) => <Fragment key={runIndex}>{styled(run, style)}</Fragment>);
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

/** A run of text inside the <em> and <strong> that cover it, a lost word's place shown as a marker. */
function styled(run: StyledRun, style: RunStyle): ReactNode {
  const text = run.text.includes(LOST_WORD) ? withLostWords(run.text, style) : run.text;
  const emphasized = run.emphasis ? <em>{text}</em> : text;
  return run.strong ? <strong>{emphasized}</strong> : <>{emphasized}</>;
}

/**
 * "[…] " where the source lost a word: seen as an editor's gap, heard as what it is (in
 * the page's language, inside the Italian), the word itself being in the English and
 * explained in the translator's note.
 */
function withLostWords(text: string, { locale, lostWord }: RunStyle): ReactNode {
  return text.split(LOST_WORD).map((piece, index) => (
    <Fragment key={index}>
      {index > 0 ? (
        <>
          <span className="lost-word" title={lostWord}>
            <span aria-hidden="true">[…]</span>
            {lostWord ? (
              <span className="visually-hidden" lang={locale}>
                {` (${lostWord})`}
              </span>
            ) : null}
          </span>{" "}
        </>
      ) : null}
      {piece}
    </Fragment>
  ));
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
