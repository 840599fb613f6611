import { z } from "zod";
import { CONTROL, DIRECTION } from "../review/user-text";

// Terms arrive from files (TBX, CSV) as well as the seed: the checks of typed text apply.
// A definition may run over several lines; a headword, form or expansion is one line.
const LINE_BREAK_OR_TAB = /[\t\n]/;

const checked = (schema: z.ZodString) =>
  schema
    .refine((text) => !CONTROL.test(text), "contains a control character (a C0 or C1 code other than a line break or tab)")
    .refine((text) => !DIRECTION.test(text), "contains an invisible direction control (such as U+202E), which can make text read differently from what is stored");

const line = (max: number) =>
  checked(z.string().trim().min(1).max(max)).refine((text) => !LINE_BREAK_OR_TAB.test(text), "is one line: it may not hold a line break or tab");
const paragraph = (max: number) => checked(z.string().trim().min(1).max(max));

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
    definitionIt: paragraph(2_000),
    definitionEn: paragraph(2_000),
    /** Surface forms as they occur in texts, matched case-insensitively. */
    formsIt: z.array(line(200)).default([]),
    formsEn: z.array(line(200)).default([]),
  })
  .refine((term) => term.formsIt.length + term.formsEn.length > 0, { message: "a term needs at least one form" })
  .refine((term) => !term.abbreviation || (term.expansionIt && term.expansionEn), {
    message: "an abbreviation needs its expansion in both languages",
  });

export type NewTerm = z.input<typeof newTermSchema>;
