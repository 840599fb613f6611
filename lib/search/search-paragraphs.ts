import type { Prisma } from "../generated/prisma/client";
import { engineOf, type Database } from "../prisma-client";
import { splitHighlights, type HighlightSegment } from "./highlight";
import { PAIR_INDEX, withInflections } from "./inflections";
import { postgresSearchStatement } from "./postgres-search";
import { PAGE_SIZE } from "./search-page";
import type { SearchQuery } from "./search-query";
import { sqliteSearchStatement } from "./sqlite-search";

export { PAGE_SIZE };

/** One aligned pair that matched, as readers see it: the approved Italian and English. */
export interface PairHit {
  document: { slug: string; titleIt: string; titleEn: string };
  position: number;
  headingLevel: number | null;
  it: HighlightSegment[];
  /** Null when no English was ever approved: readers see none. */
  en: HighlightSegment[] | null;
}

export interface PairResults {
  /** Matching pairs, and the texts they are in, across all pages. */
  total: number;
  texts: number;
  page: number;
  pageCount: number;
  hits: PairHit[];
}

/**
 * The statement behind a search on the engine `db` talks to. Both return the same
 * rows: the counts (pairs and texts) on every row, one page of hits best first, each
 * half highlighted with HIT_START/HIT_END; the counts' row is always there, so a page
 * past the end still knows the totals.
 */
export function searchStatement(db: Database, query: SearchQuery, page: number): Prisma.Sql {
  return engineOf(db) === "postgresql" ? postgresSearchStatement(query, page) : sqliteSearchStatement(query, page);
}

interface Row {
  total: bigint | number;
  texts: bigint | number;
  position: number | null;
  headingLevel: number | null;
  slug: string | null;
  titleIt: string | null;
  titleEn: string | null;
  textIt: string | null;
  approvedEn: string | null;
}

/** One page (1-based) of the pairs matching the query, best first. */
export async function searchPairs(db: Database, query: SearchQuery, page = 1): Promise<PairResults> {
  const inflected = engineOf(db) === "sqlite" ? await withInflections(db, query, PAIR_INDEX) : query;
  const rows = await db.$queryRaw<Row[]>(searchStatement(db, inflected, page));
  const total = Number(rows[0]?.total ?? 0);
  const hits: PairHit[] = [];
  for (const row of rows) {
    if (row.position === null || row.slug === null) continue;
    hits.push({
      document: { slug: row.slug, titleIt: row.titleIt ?? "", titleEn: row.titleEn ?? "" },
      position: row.position,
      headingLevel: row.headingLevel,
      it: splitHighlights(row.textIt ?? ""),
      en: row.approvedEn === null ? null : splitHighlights(row.approvedEn),
    });
  }
  return { total, texts: Number(rows[0]?.texts ?? 0), page, pageCount: Math.ceil(total / PAGE_SIZE), hits };
}
