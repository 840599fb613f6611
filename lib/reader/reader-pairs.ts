import { markText, usedTerms, type GlossaryMatchers, type StyledSegment } from "../glossary/mark-paragraphs";
import type { Language } from "../glossary/term-matcher";
import { fixedLinksFor } from "./fixed-links";
import { markLostWords, parseLostWords } from "./lost-words";
import { pairSentences, type SentenceLinks } from "./pair-sentences";

/** Who approved the English readers see, and whether a newer English is waiting for review. */
export interface PairReview {
  published: "approved" | "under-review" | "unpublished";
  reviewedBy: string | null;
  reviewedAt: Date | null;
}

export interface ReaderPairData {
  position: number;
  text: Record<Language, readonly StyledSegment[]>;
  /** A heading pair's level (Markdown `##` is 2), null for body text. */
  headingLevel: number | null;
  translatorNote: string | null;
  review: PairReview;
  /** The halves' sentences and their links, when the pair has more than one (./pair-sentences.ts). */
  sentences: SentenceLinks | null;
}

interface SourceParagraph extends PairReview {
  position: number;
  textIt: string;
  /** The published English (the publish gate has already been applied). */
  textEn: string;
  headingLevel?: number | null;
  translatorNote: string | null;
  /** Sentence links a reviewer fixed and approved (lib/reader/fixed-links.ts), if any. */
  sentenceLinks?: string | null;
  /** Where the Italian source lost a word (lib/reader/lost-words.ts), if anywhere. */
  lostWordsIt?: string | null;
}

/** The document's pairs with every glossary term marked, and the terms that occur. */
export function buildReaderPairs(paragraphs: readonly SourceParagraph[], matchers: GlossaryMatchers) {
  const pairs: ReaderPairData[] = paragraphs.map((paragraph) => {
    // The Italian as received, with a marker where the source lost a word (display only).
    const italian = markLostWords(paragraph.textIt, parseLostWords(paragraph.lostWordsIt));
    const text = { it: markText(matchers, "it", italian), en: markText(matchers, "en", paragraph.textEn) };
    return {
      position: paragraph.position,
      text,
      headingLevel: paragraph.headingLevel ?? null,
      translatorNote: paragraph.translatorNote,
      review: { published: paragraph.published, reviewedBy: paragraph.reviewedBy, reviewedAt: paragraph.reviewedAt },
      sentences: paragraph.headingLevel
        ? null
        : pairSentences(text, fixedLinksFor(paragraph.sentenceLinks, paragraph.textIt, paragraph.textEn)),
    };
  });
  const terms = usedTerms(pairs.flatMap((pair) => [pair.text.it, pair.text.en]));
  return { pairs, terms };
}
