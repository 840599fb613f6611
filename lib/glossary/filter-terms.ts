export interface FilterableTerm {
  kind: string;
  termIt: string;
  termEn: string;
  abbreviation: string | null;
  forms: readonly { form: string }[];
}

/** Lower case without accents or apostrophe variants: "Perché" and "perche" compare equal. */
export function foldForSearch(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").replace(/[’']/g, "'").toLocaleLowerCase("it").trim();
}

/** The terms of a kind (or all) whose headword, abbreviation or any form in either language contains the query. */
export function filterTerms<T extends FilterableTerm>(terms: readonly T[], query: string | undefined, kind: string | undefined): T[] {
  const needle = foldForSearch(query ?? "");
  return terms.filter(
    (term) =>
      (!kind || term.kind === kind) &&
      (!needle ||
        [term.termIt, term.termEn, term.abbreviation ?? "", ...term.forms.map((f) => f.form)].some((text) =>
          foldForSearch(text).includes(needle),
        )),
  );
}

/** The letter an entry is filed under: its headword's first letter, unaccented, upper case. */
export function indexLetter(headword: string): string {
  const letter = foldForSearch(headword).match(/\p{L}/u)?.[0];
  return letter ? letter.toLocaleUpperCase("it") : "#";
}
