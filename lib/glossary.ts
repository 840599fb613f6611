import "server-only";
import { db } from "./db";

const termFields = {
  slug: true,
  kind: true,
  termIt: true,
  termEn: true,
  abbreviation: true,
  expansionIt: true,
  expansionEn: true,
  definitionIt: true,
  definitionEn: true,
  forms: { select: { language: true, form: true }, orderBy: { id: "asc" } },
} as const;

/** Every glossary term with its forms, as the reader's marking and the glossary index need them. */
export async function getGlossary() {
  return db.glossaryTerm.findMany({ orderBy: { termIt: "asc" }, select: termFields });
}

export type GlossaryEntry = Awaited<ReturnType<typeof getGlossary>>[number];

export async function getTerm(slug: string): Promise<GlossaryEntry | null> {
  return db.glossaryTerm.findUnique({ where: { slug }, select: termFields });
}
