import type { StyledSegment } from "../glossary/mark-paragraphs";
import type { Language } from "../glossary/term-matcher";
import { alignSentences, sentenceFacts } from "../text/align-sentences";
import { splitSentences, type Sentence } from "../text/sentences";
import { invalidGroups, type FixedLinks, type KeptFix } from "./fixed-links";

/** A sentence of a half as the reader marks it: offsets into the half's text as read (no Markdown markers), and its link. */
export interface SentenceSpan extends Sentence {
  /** The link it belongs to: the sentences of both halves with the same link say the same thing. */
  link: number;
}

/** A pair's sentences, how they link, how sure each link is, and whether a reviewer fixed them. */
export interface SentenceLinks extends Record<Language, SentenceSpan[]> {
  /** Each link's confidence (1 for links fixed by hand). */
  confidence: number[];
  fixed: boolean;
  /** The links were fixed by hand for other words than these (./fixed-links.ts): kept, to be looked at. */
  moved: boolean;
}

/**
 * A pair's sentences and how they link across its halves (lib/text/sentences.ts,
 * lib/text/align-sentences.ts, with the glossary terms of each sentence as anchors), or
 * the links a reviewer fixed (./fixed-links.ts), kept while each half has as many
 * sentences as when they were fixed. Null when there is nothing to link: an
 * untranslated half, or one sentence a side.
 */
export function sentenceLinks(text: Record<Language, readonly StyledSegment[]>, fixed?: FixedLinks | KeptFix | null): SentenceLinks | null {
  const plain = { it: joined(text.it), en: joined(text.en) };
  if (!plain.it.trim() || !plain.en.trim()) return null;
  const sentences = { it: splitSentences(plain.it, "it"), en: splitSentences(plain.en, "en") };
  if (sentences.it.length < 2 && sentences.en.length < 2) return null;
  if (fixed && fixed.it.length === sentences.it.length && fixed.en.length === sentences.en.length && !invalidGroups(fixed.it, fixed.en)) {
    const count = Math.max(...fixed.it, ...fixed.en) + 1;
    const spans = (language: Language) => sentences[language].map((sentence, index) => ({ ...sentence, link: fixed[language][index]! }));
    const moved = "moved" in fixed && fixed.moved;
    return { it: spans("it"), en: spans("en"), confidence: Array<number>(count).fill(1), fixed: true, moved };
  }
  const facts = (language: Language) =>
    sentences[language].map((sentence) =>
      sentenceFacts(plain[language].slice(sentence.start, sentence.end), termsWithin(text[language], sentence)),
    );
  const links = alignSentences(facts("it"), facts("en"));
  const linkOf = (language: Language) => {
    const of = new Map<number, number>();
    links.forEach((link, index) => link[language].forEach((sentence) => of.set(sentence, index)));
    return sentences[language].map((sentence, index) => ({ ...sentence, link: of.get(index)! }));
  };
  return { it: linkOf("it"), en: linkOf("en"), confidence: links.map((link) => link.confidence), fixed: false, moved: false };
}

/** What the reader marks: a pair's sentence links when there is more than one (else the paragraph is all there is to match). */
export function pairSentences(text: Record<Language, readonly StyledSegment[]>, fixed?: FixedLinks | KeptFix | null): SentenceLinks | null {
  const links = sentenceLinks(text, fixed);
  return links && links.confidence.length >= 2 ? links : null;
}

function joined(segments: readonly StyledSegment[]): string {
  return segments.map((segment) => segment.text).join("");
}

/** The words of each sentence of one half, as read (no Markdown markers). */
export function sentenceTexts(segments: readonly StyledSegment[], sentences: readonly SentenceSpan[]): string[] {
  const text = joined(segments);
  return sentences.map((sentence) => text.slice(sentence.start, sentence.end));
}

/** The glossary terms marked inside a sentence. */
function termsWithin(segments: readonly StyledSegment[], sentence: Sentence): string[] {
  const slugs: string[] = [];
  let offset = 0;
  for (const segment of segments) {
    const start = offset;
    offset += segment.text.length;
    if ("slug" in segment && start < sentence.end && offset > sentence.start) slugs.push(segment.slug);
  }
  return slugs;
}
