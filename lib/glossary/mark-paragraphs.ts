import { createTermMatcher, segmentText, type Language, type MarkedSegment, type TermMatcher } from "./term-matcher";

interface TermWithForms {
  slug: string;
  forms: readonly { language: Language; form: string }[];
}

export type GlossaryMatchers = Record<Language, TermMatcher>;

/** One matcher per language, built once per glossary and reused for every paragraph. */
export function createGlossaryMatchers(terms: readonly TermWithForms[]): GlossaryMatchers {
  const formsIn = (language: Language) =>
    terms.map((term) => ({ slug: term.slug, forms: term.forms.filter((form) => form.language === language).map((form) => form.form) }));
  return { it: createTermMatcher(formsIn("it"), "it"), en: createTermMatcher(formsIn("en"), "en") };
}

/** A paragraph's text cut into plain text and glossary terms, and the terms it uses. */
export function markText(matchers: GlossaryMatchers, language: Language, text: string): MarkedSegment[] {
  return text ? segmentText(text, matchers[language].find(text)) : [];
}

export function usedTerms(segments: Iterable<readonly MarkedSegment[]>): Set<string> {
  const slugs = new Set<string>();
  for (const list of segments) for (const segment of list) if ("slug" in segment) slugs.add(segment.slug);
  return slugs;
}
