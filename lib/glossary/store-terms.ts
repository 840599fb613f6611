import { z } from "zod";
import { ImportError } from "../core/import-error";
import { writeTransaction } from "../core/mutation";
import type { Database } from "../prisma-client";
import { newTermSchema, termForms, type NewTerm, type ScopedTerm } from "./new-term";

// The glossary's writes: terms come in with an import (a TBX or CSV file, through the
// import page's mutation or the command line) or with the seed. Each is one write
// transaction of lib/core/mutation.ts, which takes SQLite's write lock before it reads.

/**
 * Adds the terms whose slug the glossary does not have yet, with their forms, in
 * one transaction. Existing terms are left as they are: an editor may have
 * improved them since. A term scoped to a text the library lacks waits until the
 * text is there. Returns the number of terms added.
 */
export async function addMissingTerms(db: Database, input: readonly ScopedTerm[]): Promise<number> {
  const terms = z.array(newTermSchema).parse(input);
  const scopes = new Map(input.flatMap((term) => (term.scope ? [[term.slug, term.scope] as const] : [])));
  return writeTransaction(db, async (tx) => {
    const existing = new Set((await tx.glossaryTerm.findMany({ select: { slug: true } })).map((term) => term.slug));
    const texts = new Map(
      (await tx.document.findMany({ where: { slug: { in: [...new Set(scopes.values())] } }, select: { id: true, slug: true } })).map(
        (text) => [text.slug, text.id],
      ),
    );
    const missing = terms.filter((term) => !existing.has(term.slug) && (!scopes.has(term.slug) || texts.has(scopes.get(term.slug)!)));
    for (const { formsIt, formsEn, ...term } of missing) {
      const scope = scopes.get(term.slug);
      await tx.glossaryTerm.create({
        data: {
          ...term,
          ...(scope ? { documentId: texts.get(scope)! } : {}),
          forms: { create: termForms({ formsIt, formsEn }) },
        },
      });
    }
    return missing.length;
  });
}

/** What an import did to the glossary, term by term. */
export interface StoredTerms {
  added: number;
  updated: number;
  unchanged: number;
}

/**
 * Imports terms (from a TBX or CSV file) in one transaction: all or nothing. A term
 * whose slug the glossary lacks is added; a term whose slug exists is replaced by
 * the imported one, fields and forms alike, since importing a glossary file is an
 * editor's deliberate choice of that file's version; an identical term is left as
 * it is. Invalid terms, or two with one slug, refuse the whole import.
 */
export async function storeTerms(db: Database, input: readonly NewTerm[]): Promise<StoredTerms> {
  const parsed = z.array(newTermSchema).safeParse(input);
  if (!parsed.success) throw new ImportError("invalid-metadata", `The terms were refused: ${z.prettifyError(parsed.error)}`);
  const terms = parsed.data;
  const repeated = terms.find((term, index) => terms.findIndex((other) => other.slug === term.slug) !== index);
  if (repeated)
    throw new ImportError("invalid-metadata", `The terms were refused: the slug "${repeated.slug}" is used by more than one term.`);

  return writeTransaction(db, async (tx) => {
    const existing = new Map(
      (
        await tx.glossaryTerm.findMany({
          where: { slug: { in: terms.map((term) => term.slug) } },
          include: { forms: { orderBy: { id: "asc" } } },
        })
      ).map((term) => [term.slug, term]),
    );
    const counts: StoredTerms = { added: 0, updated: 0, unchanged: 0 };
    for (const { formsIt, formsEn, ...term } of terms) {
      const fields = {
        ...term,
        abbreviation: term.abbreviation ?? null,
        expansionIt: term.expansionIt ?? null,
        expansionEn: term.expansionEn ?? null,
      };
      const forms = termForms({ formsIt, formsEn });
      const current = existing.get(term.slug);
      if (!current) {
        await tx.glossaryTerm.create({ data: { ...fields, forms: { create: forms } } });
        counts.added++;
      } else if (sameTerm(current, fields, forms)) {
        counts.unchanged++;
      } else {
        await tx.glossaryForm.deleteMany({ where: { termId: current.id } });
        await tx.glossaryTerm.update({ where: { id: current.id }, data: { ...fields, forms: { create: forms } } });
        counts.updated++;
      }
    }
    return counts;
  });
}

type TermFields = Omit<
  z.output<typeof newTermSchema>,
  "formsIt" | "formsEn" | "abbreviation" | "expansionIt" | "expansionEn" | "sources"
> & {
  sources?: string | null;
  abbreviation: string | null;
  expansionIt: string | null;
  expansionEn: string | null;
};

function sameTerm(
  current: TermFields & { forms: { language: string; form: string }[] },
  fields: TermFields,
  forms: { language: string; form: string }[],
): boolean {
  const keys = Object.keys(fields) as (keyof TermFields)[];
  const currentForms = [...current.forms.filter((f) => f.language === "it"), ...current.forms.filter((f) => f.language === "en")];
  return (
    keys.every((key) => current[key] === fields[key]) &&
    currentForms.length === forms.length &&
    currentForms.every((form, index) => form.language === forms[index]?.language && form.form === forms[index]?.form)
  );
}
