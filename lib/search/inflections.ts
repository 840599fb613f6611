import { stemmer as englishStem } from "@orama/stemmers/english";
import { stemmer as italianStem } from "@orama/stemmers/italian";
import { Prisma } from "../generated/prisma/client";
import type { Database } from "../prisma-client";
import { matchOf, type SearchQuery } from "./search-query";

// SQLite's FTS5 has no Italian stemmer (PostgreSQL's search stems in each language), so
// on SQLite a word also finds the other words of the index that share its stem, in
// either language, by the Snowball stemmers: "cooperazioni" finds "cooperazione",
// "militari" "militare", "organisations" "organisation". The index is left as it is
// (folded, not stemmed); the words come from its own vocabulary (fts5vocab), looked up
// by the stem as a prefix and kept only when their stem is the word's.

/** Stems shorter than this would gather unrelated words ("sta" begins too many). */
const MIN_STEM_LENGTH = 4;
/** Vocabulary words read per stem, and forms kept per query word, at most. */
const MOST_CANDIDATES = 2_000;
const MOST_FORMS = 30;

type Stemmer = (word: string) => string;
const STEMMERS: readonly Stemmer[] = [italianStem, englishStem];

/** The index's fts5vocab table for a search: the pairs' or the translation memories'. */
export type Vocabulary = "ParagraphSearchVocabulary" | "MemorySearchVocabulary";

/** The query with each word outside a phrase also matching the index's words of its stem. */
export async function withInflections(db: Database, query: SearchQuery, vocabulary: Vocabulary): Promise<SearchQuery> {
  const spellings = await Promise.all(
    query.spellings.map(async (forms) => {
      const word = forms[0]!;
      const stems = STEMMERS.map((stem) => ({ stem, root: stem(word) })).filter(({ root }) => root.length >= MIN_STEM_LENGTH);
      if (stems.length === 0) return forms;
      const found = new Set<string>();
      for (const root of new Set(stems.map(({ root }) => root))) {
        for (const term of await termsFrom(db, vocabulary, root)) {
          if (stems.some(({ stem, root }) => stem(term) === root)) found.add(term);
          if (found.size >= MOST_FORMS) break;
        }
      }
      return [...new Set([...forms, ...found])];
    }),
  );
  return { ...query, spellings, match: matchOf(spellings, query.phrases) };
}

/** The vocabulary's words that begin with `prefix` (folded as the index folds them), in order. */
async function termsFrom(db: Database, vocabulary: Vocabulary, prefix: string): Promise<string[]> {
  const rows = await db.$queryRaw<{ term: string }[]>`
    SELECT DISTINCT "term" FROM ${Prisma.raw(`"${vocabulary}"`)}
    WHERE "term" >= ${prefix} AND "term" < ${`${prefix}\u{10FFFF}`}
    LIMIT ${MOST_CANDIDATES}`;
  return rows.map((row) => row.term);
}
