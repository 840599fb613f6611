import { z } from "zod";
import { MAX_DEFINITION_LENGTH, MAX_TITLE_LENGTH } from "../core/limits";
import { slugSchema } from "../core/slug";
import { importedText as checked } from "../core/user-text";
import { TermKind } from "../generated/prisma/enums";

// Terms arrive from files (TBX, CSV) as well as the seed: the checks of typed text apply.
// A definition may run over several lines; a headword, form or expansion is one line.
const LINE_BREAK_OR_TAB = /[\t\n]/;

const line = (max: number) =>
  checked(z.string().trim().min(1).max(max)).refine(
    (text) => !LINE_BREAK_OR_TAB.test(text),
    "is one line: it may not hold a line break or tab",
  );
const paragraph = (max: number) => checked(z.string().trim().min(1).max(max));
const definition = checked(z.string().trim().max(MAX_DEFINITION_LENGTH))
  .optional()
  .transform((text) => text ?? "");

export const termKinds = Object.values(TermKind);

/** A glossary entry as the seed or an import hands it over. */
export const newTermSchema = z
  .object({
    slug: slugSchema,
    kind: z.enum(termKinds),
    termIt: line(200),
    termEn: line(200),
    abbreviation: line(20).optional(),
    expansionIt: line(MAX_TITLE_LENGTH).optional(),
    expansionEn: line(MAX_TITLE_LENGTH).optional(),
    /** Real termbases often have none (csv2tbx without notes): "" until someone writes one. */
    definitionIt: definition,
    definitionEn: definition,
    /** Where the definition's facts come from, one source a line. */
    sources: paragraph(MAX_DEFINITION_LENGTH).optional(),
    /** Surface forms as they occur in texts, matched case-insensitively. */
    formsIt: z.array(line(200)).default([]),
    formsEn: z.array(line(200)).default([]),
  })
  .refine((term) => term.formsIt.length + term.formsEn.length > 0, { message: "a term needs at least one form" })
  .refine((term) => !term.abbreviation || (term.expansionIt && term.expansionEn), {
    message: "an abbreviation needs its expansion in both languages",
  });

export type NewTerm = z.input<typeof newTermSchema>;

/** A term as the seed brings it: `scope` names the one text (by slug) the entry belongs to, if any. */
export type ScopedTerm = NewTerm & { scope?: string };

/** A term's forms as stored and matched: one per language and form, each once. */
export function termForms(term: Pick<NewTerm, "formsIt" | "formsEn">): { language: "it" | "en"; form: string }[] {
  return [
    ...Array.from(new Set(term.formsIt ?? []), (form) => ({ language: "it" as const, form })),
    ...Array.from(new Set(term.formsEn ?? []), (form) => ({ language: "en" as const, form })),
  ];
}

/** Terms as the glossary's matchers take them (lib/glossary/mark-paragraphs.ts), straight from new terms. */
export function matchableTerms(terms: readonly NewTerm[]) {
  return terms.map((term) => ({ slug: term.slug, forms: termForms(term) }));
}
