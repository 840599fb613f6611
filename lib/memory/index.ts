import "server-only";
import { db } from "../db";
import { getGlossary } from "../glossary";
import { buildSearchQuery, spellingVariants } from "../search/search-query";
import { concordance } from "./concordance";
import { fuzzyMatches } from "./fuzzy-matches";
import { listMemories } from "./memory-store";

/** The concordance of what a translator typed (as the search reads it, with the glossary's spellings); null when it has no words. */
export async function getConcordance(input: string, page: number) {
  const query = buildSearchQuery(input, spellingVariants(await getGlossary()));
  return query ? concordance(db, query, page) : null;
}

/** The translation memories brought in, newest first. */
export function getMemories() {
  return listMemories(db);
}

/** The memory's matches for a pair's Italian (the pair's own page; a workspace page of 50 editors would look up 50). */
export function getFuzzyMatches(pair: { id: number; textIt: string }) {
  return pair.textIt ? fuzzyMatches(db, pair.textIt, pair.id) : Promise.resolve([]);
}
