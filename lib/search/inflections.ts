import { stemmer as englishStem } from "@orama/stemmers/english";
import { stemmer as italianStem } from "@orama/stemmers/italian";
import { Prisma } from "../generated/prisma/client";
import type { Database } from "../prisma-client";
import { anyOf, matchOf, type SearchQuery } from "./search-query";

// SQLite's FTS5 has no Italian stemmer (PostgreSQL's search stems in each language), so
// on SQLite a word also finds the other words of the index that share its stem, each
// language in its own half, by the Snowball stemmers: "relazioni" finds "relazione" in
// the Italian, "organisations" "organisation" in the English. A word the index knows in
// one language only is taken as that language's: "parte", an Italian word here, does not
// find the English "part". The index is left as it is (folded, not stemmed); the words come
// from its own vocabulary (fts5vocab), looked up by the stem less its last letter as a
// prefix (Snowball rewrites endings: "countries" is "countri", "country" "countri") and
// kept only when their stem is the word's.

/** Stems shorter than this would gather unrelated words ("sta" begins too many). */
const MIN_STEM_LENGTH = 4;
/** Vocabulary words read per stem, and forms kept per word and language, at most. */
const MOST_CANDIDATES = 2_000;
const MOST_FORMS = 30;

/** An index to inflect against: its fts5vocab table and the column of each language. */
export interface InflectedIndex {
  vocabulary: "ParagraphSearchVocabulary" | "MemorySearchVocabulary";
  columns: { it: string; en: string };
}
export const PAIR_INDEX: InflectedIndex = { vocabulary: "ParagraphSearchVocabulary", columns: { it: "approvedIt", en: "approvedEn" } };
export const MEMORY_INDEX: InflectedIndex = { vocabulary: "MemorySearchVocabulary", columns: { it: "textIt", en: "textEn" } };

const STEMMERS = { it: italianStem, en: englishStem } as const;

/** The query with each word outside a phrase also matching, in each half, the index's words of its stem in that language. */
export async function withInflections(db: Database, query: SearchQuery, index: InflectedIndex): Promise<SearchQuery> {
  const groups = await Promise.all(
    query.spellings.map(async (forms) => {
      const word = forms[0]!;
      const known = await languagesKnowing(db, index, word);
      const filters: string[] = [];
      for (const language of ["it", "en"] as const) {
        if (known.size === 1 && !known.has(language)) continue;
        const inflected = (await inflections(db, index, language, word)).filter((form) => !forms.includes(form));
        if (inflected.length) filters.push(`${index.columns[language]} : ${anyOf(inflected)}`);
      }
      return filters;
    }),
  );
  return { ...query, match: matchOf(query.spellings, query.phrases, groups) };
}

/** The languages whose half of the index has the word as it was typed. */
async function languagesKnowing(db: Database, index: InflectedIndex, word: string): Promise<Set<"it" | "en">> {
  const rows = await db.$queryRaw<{ col: string }[]>`
    SELECT "col" FROM ${Prisma.raw(`"${index.vocabulary}"`)} WHERE "term" = ${word}`;
  const columns = new Set(rows.map((row) => row.col));
  return new Set((["it", "en"] as const).filter((language) => columns.has(index.columns[language])));
}

/** The words of one language's half of the index whose stem is the word's. */
async function inflections(db: Database, index: InflectedIndex, language: "it" | "en", word: string): Promise<string[]> {
  const stem = STEMMERS[language];
  const root = stem(word);
  if (root.length < MIN_STEM_LENGTH) return [];
  const prefix = root.slice(0, -1);
  const rows = await db.$queryRaw<{ term: string }[]>`
    SELECT "term" FROM ${Prisma.raw(`"${index.vocabulary}"`)}
    WHERE "col" = ${index.columns[language]} AND "term" >= ${prefix} AND "term" < ${`${prefix}\u{10FFFF}`}
    LIMIT ${MOST_CANDIDATES}`;
  return rows
    .map((row) => row.term)
    .filter((term) => stem(term) === root)
    .slice(0, MOST_FORMS);
}
