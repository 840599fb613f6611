import { cutAtStyles, parseInlineMarkdown, type StyledRun } from "../text/inline-markdown";
import { createTermMatcher, segmentText, type Language, type MarkedSegment, type TermMatcher } from "./term-matcher";

interface TermWithForms {
  slug: string;
  forms: readonly { language: Language; form: string }[];
}

export type GlossaryMatchers = Record<Language, TermMatcher>;

/** A piece of a paragraph: plain or a glossary term, with the emphasis that covers it. */
export type StyledSegment = MarkedSegment & Omit<StyledRun, "text">;

/** One matcher per language, built once per glossary and reused for every paragraph. */
export function createGlossaryMatchers(terms: readonly TermWithForms[]): GlossaryMatchers {
  const formsIn = (language: Language) =>
    terms.map((term) => ({ slug: term.slug, forms: term.forms.filter((form) => form.language === language).map((form) => form.form) }));
  return { it: createTermMatcher(formsIn("it"), "it"), en: createTermMatcher(formsIn("en"), "en") };
}

/**
 * A paragraph's text cut into plain text and glossary terms, and the terms it uses.
 * Terms are found in the text as read (Markdown markers removed), so a term inside
 * `*…*` is still a term; a term that emphasis covers only in part is cut where the
 * emphasis changes, each piece keeping the term's slug.
 */
export function markText(matchers: GlossaryMatchers, language: Language, text: string): StyledSegment[] {
  if (!text) return [];
  const { text: plain, styles } = parseInlineMarkdown(text);
  const segments = segmentText(plain, matchers[language].find(plain));
  if (styles.length === 0) return segments;
  let offset = 0;
  const spans = segments.map((segment) => ({ segment, start: offset, end: (offset += segment.text.length) }));
  return cutAtStyles(plain, styles, spans).map(({ span, ...run }) => ("slug" in span.segment ? { ...run, slug: span.segment.slug } : run));
}

export function usedTerms(segments: Iterable<readonly MarkedSegment[]>): Set<string> {
  const slugs = new Set<string>();
  for (const list of segments) for (const segment of list) if ("slug" in segment) slugs.add(segment.slug);
  return slugs;
}

/** The glossary terms in a text, as readers read it (markers aside), each once, in the order they first occur. */
export function termsIn(matchers: GlossaryMatchers, text: string, language: Language = "it"): string[] {
  return [...usedTerms([markText(matchers, language, text)])];
}
