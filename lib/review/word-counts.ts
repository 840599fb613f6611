import { Prisma, type PrismaClient, type ReviewStatus } from "../generated/prisma/client";
import { REVIEW_STATUSES } from "../core/statuses";

/** A text's size the way translators price and plan it: words per language, by review status. */
export type WordCounts = Record<ReviewStatus, { pairs: number; it: number; en: number }>;

/**
 * Words as counted here: runs of text between spaces ("dell’Asia" is one word, as in
 * the reader's line). The database counts the same in SQL (wordsSql), so the
 * workspace never reads a long text's pairs to know its size.
 */
export function countWords(text: string): number {
  const trimmed = text.trim();
  return trimmed === "" ? 0 : trimmed.split(" ").length;
}

/** countWords as SQL, on SQLite and PostgreSQL alike: spaces in the trimmed text, plus one. */
export function wordsSql(column: "textIt" | "textEn"): Prisma.Sql {
  const text = Prisma.raw(`trim("${column}")`);
  return Prisma.sql`CASE WHEN ${text} = '' THEN 0 ELSE length(${text}) - length(replace(${text}, ' ', '')) + 1 END`;
}

/** A text's words by status, counted by the database (the workspace's progress, the team's exports). */
export async function documentWords(db: { $queryRaw: PrismaClient["$queryRaw"] }, documentId: number): Promise<WordCounts> {
  const groups = await db.$queryRaw<
    { status: ReviewStatus; pairs: number | bigint; it: number | bigint | null; en: number | bigint | null }[]
  >`
    SELECT "status", count(*) AS "pairs", sum(${wordsSql("textIt")}) AS "it", sum(${wordsSql("textEn")}) AS "en"
    FROM "Paragraph" WHERE "documentId" = ${documentId} GROUP BY "status"`;
  const words = noWords();
  for (const group of groups) words[group.status] = { pairs: Number(group.pairs), it: Number(group.it ?? 0), en: Number(group.en ?? 0) };
  return words;
}

/** Empty counts for every status, to fill in. */
export function noWords(): WordCounts {
  return Object.fromEntries(REVIEW_STATUSES.map((status) => [status, { pairs: 0, it: 0, en: 0 }])) as WordCounts;
}

/** The counts summed over every status. */
export function totalWords(counts: WordCounts): { pairs: number; it: number; en: number } {
  return REVIEW_STATUSES.reduce(
    (sum, status) => ({ pairs: sum.pairs + counts[status].pairs, it: sum.it + counts[status].it, en: sum.en + counts[status].en }),
    { pairs: 0, it: 0, en: 0 },
  );
}
