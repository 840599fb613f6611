import "server-only";
import { db } from "../db";
import { getGlossary } from "../glossary";
import { matchGlossaryTerms } from "./glossary-matches";
import { searchPairs } from "./search-paragraphs";
import { buildSearchQuery, spellingVariants } from "./search-query";

/**
 * A reader's search across both languages: the glossary terms that match, then one
 * page of matching pairs, a word found in every spelling the glossary knows. Null
 * when the query has no words to look for.
 */
export async function searchLibrary(input: string, page: number) {
  const glossary = await getGlossary();
  const query = buildSearchQuery(input, spellingVariants(glossary));
  if (!query) return null;
  return { words: query.words, terms: matchGlossaryTerms(glossary, query.words), pairs: await searchPairs(db, query, page) };
}

export type SearchOutcome = NonNullable<Awaited<ReturnType<typeof searchLibrary>>>;
