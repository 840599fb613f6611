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
  sources: true,
  /** The text an entry belongs to alone, if any. */
  document: { select: { slug: true, titleIt: true, titleEn: true } },
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

/** Built matchers by scope ("" for the shared glossary alone, else a text's slug), each with the glossary state it was built from. */
const cachedMatchers = new Map<string, { fingerprint: string; matchers: GlossaryMatchers }>();
/** Texts with entries of their own are few; their matchers are kept for the most recent ones only. */
const MAX_CACHED_SCOPES = 32;

/**
 * The glossary's matchers, rebuilt only when the glossary changed: building them
 * grows with the glossary, marking a page with them does not. The fingerprint is
 * read on every call, so a change made by another process (the import command)
 * is seen too. With a text's slug, the text's own entries are matched too (an office
 * it leaves unnamed, an event of its own); a text without any shares the glossary's.
 */
export async function getGlossaryMatchers(textSlug?: string): Promise<GlossaryMatchers> {
  const rows = await db.$queryRaw<Record<string, unknown>[]>`
    SELECT (SELECT count(*) FROM "GlossaryTerm") AS terms, (SELECT max("updatedAt") FROM "GlossaryTerm") AS updated,
           (SELECT count(*) FROM "GlossaryForm") AS forms, (SELECT max("id") FROM "GlossaryForm") AS lastForm,
           (SELECT count(*) FROM "GlossaryTerm" t JOIN "Document" d ON d."id" = t."documentId" WHERE d."slug" = ${textSlug ?? ""}) AS own`;
  const { own, ...state } = rows[0] ?? {};
  const scope = Number(own) > 0 ? textSlug! : "";
  const fingerprint = Object.values(state).map(String).join("|");
  const cached = cachedMatchers.get(scope);
  if (cached?.fingerprint === fingerprint) return cached.matchers;
  const terms = await db.glossaryTerm.findMany({
    where: scope ? { OR: [{ documentId: null }, { document: { slug: scope } }] } : { documentId: null },
    select: { slug: true, documentId: true, forms: { select: { language: true, form: true }, orderBy: { id: "asc" } } },
  });
  // Where a text's own entry and a shared one have the same form, the text's own wins (the first listed keeps a form).
  const matchers = createGlossaryMatchers([...terms].sort((a, b) => Number(a.documentId === null) - Number(b.documentId === null)));
  cachedMatchers.delete(scope);
  cachedMatchers.set(scope, { fingerprint, matchers });
  if (cachedMatchers.size > MAX_CACHED_SCOPES) cachedMatchers.delete(cachedMatchers.keys().next().value!);
  return matchers;
}
