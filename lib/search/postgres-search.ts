import { Prisma } from "../generated/prisma/client";
import { HIT_END, HIT_START } from "./highlight";
import { PAGE_SIZE } from "./search-page";
import { isPrefix, type SearchQuery } from "./search-query";

/**
 * The search on PostgreSQL (prisma/postgres/migrations/…_search): each half matched
 * in its own language, stemmed and with accents folded ("cooperazioni" finds
 * "cooperazione", "relations" "relation"), on the GIN-indexed columns "searchIt" and
 * "searchEn" of what readers see. As on SQLite, every word must be found (in either
 * half, in any of its spellings), each word of three letters or more as a prefix (a
 * quoted phrase's words whole, next to each other, stemmed), and
 * texts still being imported are left out; hits are ranked by ts_rank, both halves
 * highlighted whole.
 */
export function postgresSearchStatement(query: SearchQuery, page: number): Prisma.Sql {
  const everyWord = everyWordIn(query, "p");
  const anyWord = anyOf([...query.spellings.flat(), ...query.phrases.flat()]);
  return Prisma.sql`
    WITH q AS (
      SELECT to_tsquery('a_fronte_it', ${anyWord}) AS it, to_tsquery('a_fronte_en', ${anyWord}) AS en
    ),
    hits AS (
      SELECT p."id", p."documentId", ts_rank(p."searchIt", q.it) + ts_rank(p."searchEn", q.en) AS rank
      FROM "Paragraph" p CROSS JOIN q
      JOIN "Document" d ON d."id" = p."documentId"
      WHERE ${everyWord} AND d."importingAt" IS NULL
    ),
    counts AS (
      SELECT count(*) AS total, count(DISTINCT "documentId") AS texts FROM hits
    ),
    shown AS (
      SELECT "id", rank FROM hits ORDER BY rank DESC, "id" LIMIT ${PAGE_SIZE} OFFSET ${(page - 1) * PAGE_SIZE}
    )
    SELECT counts.total, counts.texts, found.*
    FROM counts LEFT JOIN (
      SELECT p."id", p."position", p."headingLevel", d."slug", d."titleIt", d."titleEn", shown.rank,
        ts_headline('a_fronte_it', coalesce(p."approvedIt", ''), q.it, ${HEADLINE}) AS "textIt",
        CASE WHEN p."approvedEn" IS NULL THEN NULL ELSE ts_headline('a_fronte_en', p."approvedEn", q.en, ${HEADLINE}) END AS "approvedEn"
      FROM shown CROSS JOIN q
      JOIN "Paragraph" p ON p."id" = shown."id"
      JOIN "Document" d ON d."id" = p."documentId"
    ) found ON true
    ORDER BY found.rank DESC, found."id"`;
}

/** Every word (in any spelling) and phrase of the query in either half of `table`'s "searchIt" and "searchEn". */
function everyWordIn(query: SearchQuery, table: "p" | "u"): Prisma.Sql {
  const [it, en] = [Prisma.raw(`${table}."searchIt"`), Prisma.raw(`${table}."searchEn"`)];
  const inEitherHalf = (tsquery: string) =>
    Prisma.sql`(${it} @@ to_tsquery('a_fronte_it', ${tsquery}) OR ${en} @@ to_tsquery('a_fronte_en', ${tsquery}))`;
  return Prisma.join(
    [...query.spellings.map((forms) => inEitherHalf(anyOf(forms))), ...query.phrases.map((phrase) => inEitherHalf(phrase.join(" <-> ")))],
    " AND ",
  );
}

/** The concordance's search of the translation memories (lib/memory/concordance.ts): as the pairs' search, its first `limit` units. */
export function postgresMemoryStatement(query: SearchQuery, limit: number): Prisma.Sql {
  const anyWord = anyOf([...query.spellings.flat(), ...query.phrases.flat()]);
  return Prisma.sql`
    WITH q AS (SELECT to_tsquery('a_fronte_it', ${anyWord}) AS it, to_tsquery('a_fronte_en', ${anyWord}) AS en)
    SELECT m."name",
      ts_headline('a_fronte_it', u."textIt", q.it, ${HEADLINE}) AS "textIt",
      ts_headline('a_fronte_en', u."textEn", q.en, ${HEADLINE}) AS "textEn"
    FROM "MemoryUnit" u CROSS JOIN q
    JOIN "Memory" m ON m."id" = u."memoryId"
    WHERE ${everyWordIn(query, "u")}
    ORDER BY ts_rank(u."searchIt", q.it) + ts_rank(u."searchEn", q.en) DESC, u."id"
    LIMIT ${limit}`;
}

/** The whole text, every hit between the markers splitHighlights() reads. */
const HEADLINE = `StartSel=${HIT_START}, StopSel=${HIT_END}, HighlightAll=true`;

/**
 * A tsquery matching any of the words. The words are folded letters and digits only
 * (buildSearchQuery), so none is read as tsquery syntax; a word of three letters or
 * more is a prefix, as on SQLite.
 */
function anyOf(words: readonly string[]): string {
  return words.map((word) => (isPrefix(word) ? `${word}:*` : word)).join(" | ");
}
