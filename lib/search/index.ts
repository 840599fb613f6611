import "server-only";
import { db } from "../db";
import { getGlossary } from "../glossary";
import { matchGlossaryTerms } from "./glossary-matches";
import { searchPairs } from "./search-paragraphs";
import { buildSearchQuery } from "./search-query";

/**
 * A reader's search across both languages: the glossary terms that match, then one
 * page of matching pairs. Null when the query has no words to look for.
 */
export async function searchLibrary(input: string, page: number) {
  const query = buildSearchQuery(input);
  if (!query) return null;
  const [glossary, pairs] = await Promise.all([getGlossary(), searchPairs(db, query, page)]);
  return { words: query.words, terms: matchGlossaryTerms(glossary, query.words), pairs };
}

export type SearchOutcome = NonNullable<Awaited<ReturnType<typeof searchLibrary>>>;
