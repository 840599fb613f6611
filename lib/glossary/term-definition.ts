import type { GlossaryEntry } from "./index";

/** What a reader's tooltip shows for a term, in the page's language (app/[locale]/glossary/[slug]/definition). */
export interface TermDefinition {
  headword: string;
  expansion: string | null;
  forms: { it: string; en: string };
  formLabels: { it: string; en: string };
  definition: string;
  entry: { href: string; label: string };
}

/** A term's tooltip for readers of `locale`; `labels` are the words around it, already in that language. */
export function termDefinition(
  term: GlossaryEntry,
  locale: "it" | "en",
  labels: { formLabels: TermDefinition["formLabels"]; openEntry: string },
): TermDefinition {
  const italian = locale === "it";
  return {
    headword: term.abbreviation ?? (italian ? term.termIt : term.termEn),
    expansion: term.abbreviation ? ((italian ? term.expansionIt : term.expansionEn) ?? null) : null,
    forms: { it: term.termIt, en: term.termEn },
    formLabels: labels.formLabels,
    definition: italian ? term.definitionIt : term.definitionEn,
    entry: { href: `/${locale}/glossary/${term.slug}`, label: labels.openEntry },
  };
}
