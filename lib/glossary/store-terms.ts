import { z } from "zod";
import type { Database } from "../prisma-client";
import { newTermSchema, type NewTerm } from "./new-term";

/**
 * Adds the terms whose slug the glossary does not have yet, with their forms, in
 * one transaction. Existing terms are left as they are: an editor may have
 * improved them since. Returns the number of terms added.
 */
export async function addMissingTerms(db: Database, input: readonly NewTerm[]): Promise<number> {
  const terms = z.array(newTermSchema).parse(input);
  return db.$transaction(async (tx) => {
    const existing = new Set(
      (await tx.glossaryTerm.findMany({ select: { slug: true } })).map((term) => term.slug),
    );
    const missing = terms.filter((term) => !existing.has(term.slug));
    for (const { formsIt, formsEn, ...term } of missing) {
      await tx.glossaryTerm.create({
        data: {
          ...term,
          forms: {
            create: [
              ...unique(formsIt).map((form) => ({ language: "it" as const, form })),
              ...unique(formsEn).map((form) => ({ language: "en" as const, form })),
            ],
          },
        },
      });
    }
    return missing.length;
  });
}

function unique(forms: string[]): string[] {
  return [...new Set(forms)];
}
