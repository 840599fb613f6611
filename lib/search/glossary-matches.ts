import { foldWord } from "./search-query";

export interface SearchableTerm {
  termIt: string;
  termEn: string;
  abbreviation: string | null;
  expansionIt: string | null;
  expansionEn: string | null;
  forms: readonly { form: string }[];
}

const WORD = /[\p{L}\p{N}]+/gu;

/**
 * The terms one of whose names (headwords, abbreviation, expansions, forms, in either
 * language) has a word starting with each of the query's words: "asia" finds
 * "Asia Centrale", "sco" finds the SCO. Folded like the full-text index, so case and
 * accents do not matter. Terms keep their order.
 */
export function matchGlossaryTerms<T extends SearchableTerm>(terms: readonly T[], words: readonly string[]): T[] {
  if (words.length === 0) return [];
  return terms.filter((term) =>
    [term.termIt, term.termEn, term.abbreviation, term.expansionIt, term.expansionEn, ...term.forms.map((f) => f.form)].some((name) => {
      if (!name) return false;
      const nameWords = foldWord(name).match(WORD) ?? [];
      return words.every((word) => nameWords.some((nameWord) => nameWord.startsWith(word)));
    }),
  );
}
