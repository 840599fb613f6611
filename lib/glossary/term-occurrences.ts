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

type Snippet = ReturnType<typeof snippetAround>;

/** A pair the term occurs in, quoted around its first occurrence in each half it occurs in. */
export interface TermOccurrenceInText {
  documentSlug: string;
  documentTitle: { it: string; en: string };
  position: number;
  snippets: Partial<Record<Language, Snippet>>;
}

/**
 * Where a term occurs in the library, pair by pair: each pair once, with the Italian and
 * the English quoted where the term is in them. The whole glossary's matchers decide,
 * so an occurrence inside a longer term ("Xu" in "Xu Qiliang") belongs to the longer
 * term, as in the reader.
 */
export function findTermInTexts(slug: string, documents: readonly DocumentText[], matchers: GlossaryMatchers): TermOccurrenceInText[] {
  return documents.flatMap((document) =>
    document.paragraphs.flatMap((paragraph) => {
      const snippets: TermOccurrenceInText["snippets"] = {};
      for (const language of ["it", "en"] as const) {
        // Found and quoted as readers read it, without Markdown markers.
        const text = plainText(language === "it" ? paragraph.textIt : paragraph.textEn);
        const first = matchers[language].find(text).find((occurrence) => occurrence.slug === slug);
        if (first) snippets[language] = snippetAround(text, first.start, first.end);
      }
      if (!snippets.it && !snippets.en) return [];
      return [
        {
          documentSlug: document.slug,
          documentTitle: { it: document.titleIt, en: document.titleEn || document.titleIt },
          position: paragraph.position,
          snippets,
        },
      ];
    }),
  );
}
