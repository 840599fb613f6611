import { Prisma } from "../generated/prisma/client";
import type { Database } from "../prisma-client";
import { HIT_END, HIT_START, splitHighlights, type HighlightSegment } from "./highlight";
import type { SearchQuery } from "./search-query";

export const PAGE_SIZE = 20;

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

/**
 * The statement behind a search: every match counted (pairs and texts), one page of
 * them ranked by bm25 and highlighted. The hits are found once (a CTE used twice is
 * materialized), leaving out texts still being imported; only the page's rows are
 * joined to their documents and highlighted.
 * The counts' row is always there, so a page past the end still knows the totals.
 */
export function searchStatement(query: SearchQuery, page: number): Prisma.Sql {
  return Prisma.sql`
    WITH hits AS (
      SELECT "ParagraphSearch".rowid AS id, "ParagraphSearch".rank AS rank
      FROM "ParagraphSearch"
      JOIN "Paragraph" p ON p."id" = "ParagraphSearch".rowid
      JOIN "Document" d ON d."id" = p."documentId"
      WHERE "ParagraphSearch" MATCH ${query.match} AND d."importingAt" IS NULL
    ),
    counts AS (
      SELECT count(*) AS total, count(DISTINCT p."documentId") AS texts FROM hits JOIN "Paragraph" p ON p."id" = hits.id
    ),
    shown AS (
      SELECT id, rank FROM hits ORDER BY rank, id LIMIT ${PAGE_SIZE} OFFSET ${(page - 1) * PAGE_SIZE}
    )
    SELECT counts.total, counts.texts, found.*
    FROM counts LEFT JOIN (
      SELECT p."id", p."position", p."headingLevel", d."slug", d."titleIt", d."titleEn", shown.rank,
        highlight("ParagraphSearch", 0, ${HIT_START}, ${HIT_END}) AS "textIt",
        highlight("ParagraphSearch", 1, ${HIT_START}, ${HIT_END}) AS "approvedEn"
      FROM shown
      JOIN "ParagraphSearch" ON "ParagraphSearch".rowid = shown.id
      JOIN "Paragraph" p ON p."id" = shown.id
      JOIN "Document" d ON d."id" = p."documentId"
      WHERE "ParagraphSearch" MATCH ${query.match}
    ) found
    ORDER BY found.rank, found."id"`;
}

/** One page (1-based) of the pairs matching the query, best first. */
export async function searchPairs(db: Database, query: SearchQuery, page = 1): Promise<PairResults> {
  const rows = await db.$queryRaw<Row[]>(searchStatement(query, page));
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
