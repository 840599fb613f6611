import { z } from "zod";

const line = (max: number) => z.string().trim().min(1).max(max);

export const termKinds = ["organisation", "institution", "person", "place", "concept", "event", "title"] as const;

/** A glossary entry as the seed or an import hands it over. */
export const newTermSchema = z
  .object({
    slug: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
    kind: z.enum(termKinds),
    termIt: line(200),
    termEn: line(200),
    abbreviation: line(20).optional(),
    expansionIt: line(300).optional(),
    expansionEn: line(300).optional(),
    definitionIt: line(2_000),
    definitionEn: line(2_000),
    /** Surface forms as they occur in texts, matched case-insensitively. */
    formsIt: z.array(line(200)).default([]),
    formsEn: z.array(line(200)).default([]),
  })
  .refine((term) => term.formsIt.length + term.formsEn.length > 0, { message: "a term needs at least one form" })
  .refine((term) => !term.abbreviation || (term.expansionIt && term.expansionEn), {
    message: "an abbreviation needs its expansion in both languages",
  });

export type NewTerm = z.input<typeof newTermSchema>;
