import { markText, usedTerms, type GlossaryMatchers } from "../glossary/mark-paragraphs";
import type { Language, MarkedSegment } from "../glossary/term-matcher";

export interface ReaderPairData {
  position: number;
  text: Record<Language, readonly MarkedSegment[]>;
  translatorNote: string | null;
}

interface SourceParagraph {
  position: number;
  textIt: string;
  textEn: string;
  translatorNote: string | null;
}

/** The document's pairs with every glossary term marked, and the terms that occur. */
export function buildReaderPairs(paragraphs: readonly SourceParagraph[], matchers: GlossaryMatchers) {
  const pairs: ReaderPairData[] = paragraphs.map((paragraph) => ({
    position: paragraph.position,
    text: { it: markText(matchers, "it", paragraph.textIt), en: markText(matchers, "en", paragraph.textEn) },
    translatorNote: paragraph.translatorNote,
  }));
  const terms = usedTerms(pairs.flatMap((pair) => [pair.text.it, pair.text.en]));
  return { pairs, terms };
}
