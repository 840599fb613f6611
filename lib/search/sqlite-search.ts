import { Prisma } from "../generated/prisma/client";
import { HIT_END, HIT_START } from "./highlight";
import { PAGE_SIZE } from "./search-page";
import type { SearchQuery } from "./search-query";

/**
 * The search on SQLite, through the FTS5 index ParagraphSearch: every match counted
 * (pairs and texts), one page of them ranked by bm25 and highlighted. The hits are found once (a CTE used twice is
 * materialized), leaving out texts still being imported; only the page's rows are
 * joined to their documents and highlighted.
 * The counts' row is always there, so a page past the end still knows the totals.
 */
export function sqliteSearchStatement(query: SearchQuery, page: number): Prisma.Sql {
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

/** The concordance's search of the translation memories (lib/memory/concordance.ts): as the pairs' search, its first `limit` units. */
export function sqliteMemoryStatement(query: SearchQuery, limit: number): Prisma.Sql {
  return Prisma.sql`
    SELECT m."name",
      highlight("MemorySearch", 0, ${HIT_START}, ${HIT_END}) AS "textIt",
      highlight("MemorySearch", 1, ${HIT_START}, ${HIT_END}) AS "textEn"
    FROM "MemorySearch"
    JOIN "MemoryUnit" u ON u."id" = "MemorySearch".rowid
    JOIN "Memory" m ON m."id" = u."memoryId"
    WHERE "MemorySearch" MATCH ${query.match}
    ORDER BY "MemorySearch".rank, u."id"
    LIMIT ${limit}`;
}
