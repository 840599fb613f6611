import { plainText } from "../text/inline-markdown";
import { snippetAround } from "../text/snippet";
import type { GlossaryMatchers } from "./mark-paragraphs";
import type { Language } from "./term-matcher";

interface DocumentText {
  slug: string;
  titleIt: string;
  titleEn: string;
  paragraphs: readonly { position: number; textIt: string; textEn: string }[];
}

export interface TermOccurrenceInText {
  documentSlug: string;
  documentTitle: { it: string; en: string };
  position: number;
  language: Language;
  snippet: ReturnType<typeof snippetAround>;
}

/**
 * Where a term occurs in the library, paragraph by paragraph and in both languages.
 * The whole glossary's matchers decide, so an occurrence inside a longer term
 * ("Xu" in "Xu Qiliang") belongs to the longer term, as in the reader.
 */
export function findTermInTexts(slug: string, documents: readonly DocumentText[], matchers: GlossaryMatchers): TermOccurrenceInText[] {
  return documents.flatMap((document) =>
    document.paragraphs.flatMap((paragraph) =>
      (["it", "en"] as const).flatMap((language) => {
        // Found and quoted as readers read it, without Markdown markers.
        const text = plainText(language === "it" ? paragraph.textIt : paragraph.textEn);
        return matchers[language]
          .find(text)
          .filter((occurrence) => occurrence.slug === slug)
          .map((occurrence) => ({
            documentSlug: document.slug,
            documentTitle: { it: document.titleIt, en: document.titleEn || document.titleIt },
            position: paragraph.position,
            language,
            snippet: snippetAround(text, occurrence.start, occurrence.end),
          }));
      }),
    ),
  );
}
