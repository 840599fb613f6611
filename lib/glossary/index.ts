import "server-only";
import { cache } from "react";
import { db } from "../db";
import { createGlossaryMatchers, type GlossaryMatchers } from "./mark-paragraphs";

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

/** One term with its forms; read once per request (metadata and page both ask). */
export const getTerm = cache(async (slug: string): Promise<GlossaryEntry | null> => {
  return db.glossaryTerm.findUnique({ where: { slug }, select: termFields });
});

export async function getTermsBySlugs(slugs: Iterable<string>): Promise<GlossaryEntry[]> {
  return db.glossaryTerm.findMany({ where: { slug: { in: [...slugs] } }, orderBy: { termIt: "asc" }, select: termFields });
}

let cachedMatchers: { fingerprint: string; matchers: GlossaryMatchers } | null = null;

/**
 * The glossary's matchers, rebuilt only when the glossary changed: building them
 * grows with the glossary, marking a page with them does not. The fingerprint is
 * read on every call, so a change made by another process (the import command)
 * is seen too.
 */
export async function getGlossaryMatchers(): Promise<GlossaryMatchers> {
  const rows = await db.$queryRaw<Record<string, unknown>[]>`
    SELECT (SELECT count(*) FROM "GlossaryTerm") AS terms, (SELECT max("updatedAt") FROM "GlossaryTerm") AS updated,
           (SELECT count(*) FROM "GlossaryForm") AS forms, (SELECT max("id") FROM "GlossaryForm") AS lastForm`;
  const fingerprint = Object.values(rows[0] ?? {})
    .map(String)
    .join("|");
  if (cachedMatchers?.fingerprint !== fingerprint) {
    const terms = await db.glossaryTerm.findMany({
      select: { slug: true, forms: { select: { language: true, form: true }, orderBy: { id: "asc" } } },
    });
    cachedMatchers = { fingerprint, matchers: createGlossaryMatchers(terms) };
  }
  return cachedMatchers.matchers;
}
