import { engineOf, type Database } from "../prisma-client";
import { splitHighlights, type HighlightSegment } from "../search/highlight";
import { postgresMemoryStatement } from "../search/postgres-search";
import { searchPairs, type PairResults } from "../search/search-paragraphs";
import { MEMORY_INDEX, withInflections } from "../search/inflections";
import type { SearchQuery } from "../search/search-query";
import { sqliteMemoryStatement } from "../search/sqlite-search";

/** Memory units the concordance lists at most (the pairs are paged as the search pages them). */
export const MEMORY_HITS = 50;

export interface MemoryHit {
  memory: string;
  it: HighlightSegment[];
  en: HighlightSegment[];
}

export interface Concordance {
  pairs: PairResults;
  memory: MemoryHit[];
}

/**
 * A word or phrase in both languages, as translators look one up: in every approved pair
 * of the library (the search readers use, with its stemming, spellings and phrases) and
 * in every translation memory brought in.
 */
export async function concordance(db: Database, query: SearchQuery, page = 1): Promise<Concordance> {
  const statement =
    engineOf(db) === "postgresql"
      ? postgresMemoryStatement(query, MEMORY_HITS)
      : sqliteMemoryStatement(await withInflections(db, query, MEMORY_INDEX), MEMORY_HITS);
  const [pairs, rows] = await Promise.all([
    searchPairs(db, query, page),
    db.$queryRaw<{ name: string; textIt: string; textEn: string }[]>(statement),
  ]);
  return { pairs, memory: rows.map((row) => ({ memory: row.name, it: splitHighlights(row.textIt), en: splitHighlights(row.textEn) })) };
}
