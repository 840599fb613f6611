import { Prisma } from "../generated/prisma/client";
import { engineOf, type Database } from "../prisma-client";
import { wordDiff, type DiffPart } from "../review/word-diff";
import { similarity, tokens } from "../text/similarity";

// Fuzzy matches for a pair's Italian (the editor's translation memory panel): segments
// alike enough, from every approved pair in the library and every memory brought in.
// Candidates come from the search indexes by the paragraph's rarest words; each is then
// compared word by word (lib/memory/similarity.ts).

/** Below this a match is more noise than help (CAT tools default to 50–75 %). */
export const MIN_SIMILARITY = 0.5;
/** Matches shown. */
export const MAX_MATCHES = 5;
/** Words of the paragraph that look for candidates, the rarest first. */
const QUERY_WORDS = 8;
/** Candidates compared word by word, from each source. */
const CANDIDATES = 40;

export interface FuzzyMatch {
  /** 0..1, shown as a percentage. */
  similarity: number;
  textIt: string;
  textEn: string;
  /** From the match's Italian to the pair's: what differs. */
  sourceDiff: DiffPart[];
  /** An approved pair of a text, or a unit of a memory. */
  from: { kind: "pair"; slug: string; title: string; position: number } | { kind: "memory"; name: string };
}

interface Candidate {
  textIt: string;
  textEn: string;
  from: FuzzyMatch["from"];
}

/** The paragraph's distinct words worth looking up: letters or digits, three characters or more. */
function queryWords(text: string): string[] {
  return [...new Set(tokens(text).filter((token) => token.length >= 3 && /^[\p{L}\p{N}]+$/u.test(token)))];
}

/**
 * The best matches for `textIt`, most alike first, leaving out the pair itself
 * (`exceptParagraphId`) and any candidate with the very same Italian and English twice.
 */
export async function fuzzyMatches(db: Database, textIt: string, exceptParagraphId?: number): Promise<FuzzyMatch[]> {
  const words = queryWords(textIt);
  if (words.length === 0) return [];
  const postgres = engineOf(db) === "postgresql";
  const [pairs, memory] = await Promise.all([
    postgres ? postgresPairs(db, words, exceptParagraphId) : sqlitePairs(db, words, exceptParagraphId),
    postgres ? postgresMemory(db, words) : sqliteMemory(db, words),
  ]);
  // The same Italian and English twice (a pair and a memory's unit, say) is one match.
  const distinct = new Map<string, Candidate>();
  for (const candidate of [...pairs, ...memory]) {
    const key = `${candidate.textIt}\u0000${candidate.textEn}`;
    if (!distinct.has(key)) distinct.set(key, candidate);
  }
  return [...distinct.values()]
    .map((candidate) => ({ candidate, score: similarity(candidate.textIt, textIt, MIN_SIMILARITY) }))
    .filter(({ score }) => score >= MIN_SIMILARITY)
    .sort((a, b) => b.score - a.score)
    .slice(0, MAX_MATCHES)
    .map(({ candidate, score }) => ({ ...candidate, similarity: score, sourceDiff: wordDiff(candidate.textIt, textIt) }));
}

/** The `count` words that occur in the fewest rows of an index's Italian column (unknown words are left out: they find nothing). */
async function rarestWords(
  db: Database,
  vocabulary: "ParagraphSearchVocabulary" | "MemorySearchVocabulary",
  column: string,
  words: string[],
) {
  const rows = await db.$queryRaw<{ term: string; doc: number | bigint }[]>`
    SELECT "term", "doc" FROM ${Prisma.raw(`"${vocabulary}"`)} WHERE "col" = ${column} AND "term" IN (${Prisma.join(words)})`;
  return rows
    .sort((a, b) => Number(a.doc) - Number(b.doc))
    .slice(0, QUERY_WORDS)
    .map((row) => row.term);
}

/** An FTS5 query for any of the words in one column. */
const anyOf = (column: string, words: string[]) => `${column} : (${words.map((word) => `"${word}"`).join(" OR ")})`;

async function sqlitePairs(db: Database, words: string[], except = 0): Promise<Candidate[]> {
  const rare = await rarestWords(db, "ParagraphSearchVocabulary", "approvedIt", words);
  if (rare.length === 0) return [];
  const rows = await db.$queryRaw<{ textIt: string; textEn: string; position: number; slug: string; titleIt: string }[]>`
    SELECT p."approvedIt" AS "textIt", p."approvedEn" AS "textEn", p."position", d."slug", d."titleIt"
    FROM (SELECT rowid AS id, rank FROM "ParagraphSearch" WHERE "ParagraphSearch" MATCH ${anyOf("approvedIt", rare)} ORDER BY rank LIMIT ${CANDIDATES * 2}) hits
    JOIN "Paragraph" p ON p."id" = hits.id
    JOIN "Document" d ON d."id" = p."documentId"
    WHERE p."approvedEn" IS NOT NULL AND p."approvedEn" <> '' AND p."id" <> ${except} AND d."importingAt" IS NULL
    ORDER BY hits.rank
    LIMIT ${CANDIDATES}`;
  return rows.map(pairCandidate);
}

async function sqliteMemory(db: Database, words: string[]): Promise<Candidate[]> {
  const rare = await rarestWords(db, "MemorySearchVocabulary", "textIt", words);
  if (rare.length === 0) return [];
  const rows = await db.$queryRaw<{ textIt: string; textEn: string; name: string }[]>`
    SELECT u."textIt", u."textEn", m."name"
    FROM (SELECT rowid AS id, rank FROM "MemorySearch" WHERE "MemorySearch" MATCH ${anyOf("textIt", rare)} ORDER BY rank LIMIT ${CANDIDATES}) hits
    JOIN "MemoryUnit" u ON u."id" = hits.id
    JOIN "Memory" m ON m."id" = u."memoryId"
    ORDER BY hits.rank`;
  return rows.map((row) => ({ textIt: row.textIt, textEn: row.textEn, from: { kind: "memory", name: row.name } }));
}

/** On PostgreSQL, with no vocabulary to ask, the longest words stand for the rarest. */
const postgresQuery = (words: string[]) =>
  [...words]
    .sort((a, b) => b.length - a.length)
    .slice(0, QUERY_WORDS)
    .join(" | ");

async function postgresPairs(db: Database, words: string[], except = 0): Promise<Candidate[]> {
  const rows = await db.$queryRaw<{ textIt: string; textEn: string; position: number; slug: string; titleIt: string }[]>`
    WITH q AS (SELECT to_tsquery('a_fronte_it', ${postgresQuery(words)}) AS query)
    SELECT p."approvedIt" AS "textIt", p."approvedEn" AS "textEn", p."position", d."slug", d."titleIt"
    FROM "Paragraph" p JOIN "Document" d ON d."id" = p."documentId", q
    WHERE p."searchIt" @@ q.query AND p."approvedEn" IS NOT NULL AND p."approvedEn" <> '' AND p."id" <> ${except} AND d."importingAt" IS NULL
    ORDER BY ts_rank(p."searchIt", q.query) DESC
    LIMIT ${CANDIDATES}`;
  return rows.map(pairCandidate);
}

async function postgresMemory(db: Database, words: string[]): Promise<Candidate[]> {
  const rows = await db.$queryRaw<{ textIt: string; textEn: string; name: string }[]>`
    WITH q AS (SELECT to_tsquery('a_fronte_it', ${postgresQuery(words)}) AS query)
    SELECT u."textIt", u."textEn", m."name"
    FROM "MemoryUnit" u JOIN "Memory" m ON m."id" = u."memoryId", q
    WHERE u."searchIt" @@ q.query
    ORDER BY ts_rank(u."searchIt", q.query) DESC
    LIMIT ${CANDIDATES}`;
  return rows.map((row) => ({ textIt: row.textIt, textEn: row.textEn, from: { kind: "memory", name: row.name } }));
}

function pairCandidate(row: { textIt: string; textEn: string; position: number; slug: string; titleIt: string }): Candidate {
  return {
    textIt: row.textIt,
    textEn: row.textEn,
    from: { kind: "pair", slug: row.slug, title: row.titleIt, position: Number(row.position) },
  };
}
