import { describe, expect, it } from "vitest";
import { matchGlossaryTerms } from "@/lib/search/glossary-matches";
import { splitHighlights } from "@/lib/search/highlight";
import { buildSearchQuery, MAX_QUERY_WORDS, spellingVariants } from "@/lib/search/search-query";

const words = (input: string) => buildSearchQuery(input)?.words ?? null;

describe("building a search query", () => {
  it("folds case and accents the way the index does", () => {
    expect(words("Perché PIÙ Città")).toEqual(["perche", "piu", "citta"]);
    expect(words("Nazarbayev")).toEqual(["nazarbayev"]);
    expect(words("ﬁnanza")).toEqual(["finanza"]);
  });

  it("drops Italian elided articles and prepositions before either apostrophe", () => {
    expect(words("dell'Asia")).toEqual(["asia"]);
    expect(words("dell’Asia Centrale")).toEqual(["asia", "centrale"]);
    expect(words("l’Unione all'inizio un’altra d'Italia quest’anno nell’ambito c'è")).toEqual([
      "unione",
      "inizio",
      "altra",
      "italia",
      "anno",
      "ambito",
    ]);
    expect(words("dellʼAsia")).toEqual(["asia"]);
  });

  it("keeps the same words when they are not elided, and English possessives lose their s", () => {
    expect(words("dell asia")).toEqual(["dell", "asia"]);
    expect(words("China’s neighbours")).toEqual(["china", "neighbours"]);
  });

  it("makes every word a quoted prefix term, all required; words of one or two letters are matched whole", () => {
    expect(buildSearchQuery("Asia centr")?.match).toBe('"asia"* AND "centr"*');
    expect(buildSearchQuery("e Cina")?.match).toBe('"e" AND "cina"*');
    expect(buildSearchQuery("di Xi SCO")?.match).toBe('"di" AND "xi" AND "sco"*');
  });

  it("reads FTS5 syntax and odd characters as plain text", () => {
    expect(buildSearchQuery('"Cina" NEAR(Kazakhstan) -russia OR asia* ^x col:y')?.match).toBe(
      '"cina"* AND "near"* AND "kazakhstan"* AND "russia"* AND "or" AND "asia"* AND "x" AND "col"* AND "y"',
    );
    expect(words("Cina 🇨🇳 (2018)")).toEqual(["cina", "2018"]);
    expect(words('"')).toBeNull();
  });

  it("gives nothing to search for in empty, blank, punctuation-only or emoji input", () => {
    for (const input of ["", "   ", "''", "l’", "*", "-()", "😀🙂", "\u0000\u200b"]) expect(buildSearchQuery(input)).toBeNull();
  });

  it("cuts very long input to a few distinct words", () => {
    const long = buildSearchQuery("cooperazione ".repeat(3) + Array.from({ length: 30 }, (_, i) => `p${i}`).join(" "));
    expect(long?.words).toHaveLength(MAX_QUERY_WORDS);
    expect(long?.words[0]).toBe("cooperazione");
    expect(words("x".repeat(500))).toEqual(["x".repeat(200)]);
    // The word the cut falls in is left out, not searched half typed.
    expect(words(`${"Astana ".repeat(28)}Astana`)).toEqual(["astana"]);
    expect(buildSearchQuery(`${"a ".repeat(98)}Kazakhstan`)?.words).toEqual(["a"]);
  });
});

describe("matching glossary terms", () => {
  const term = (termIt: string, termEn: string, forms: string[] = [], abbreviation: string | null = null) => ({
    termIt,
    termEn,
    abbreviation,
    expansionIt: null,
    expansionEn: null,
    forms: forms.map((form) => ({ form })),
  });
  const asia = term("Asia Centrale", "Central Asia", ["Asia Centrale", "centro-asiatiche"]);
  const sco = term("Organizzazione per la Cooperazione di Shanghai", "Shanghai Cooperation Organisation", [], "SCO");
  const terms = [asia, sco];

  it("finds a term when every query word starts a word of one of its names, in either language", () => {
    expect(matchGlossaryTerms(terms, words("dell’Asia")!)).toEqual([asia]);
    expect(matchGlossaryTerms(terms, words("central as")!)).toEqual([asia]);
    expect(matchGlossaryTerms(terms, words("sco")!)).toEqual([sco]);
    expect(matchGlossaryTerms(terms, words("COOPERAZIONE")!)).toEqual([sco]);
    expect(matchGlossaryTerms(terms, words("asia shanghai")!)).toEqual([]);
  });
});

describe("splitting highlighted text", () => {
  it("cuts at the markers, drops inline Markdown and keeps everything else as text", () => {
    expect(splitHighlights("La *\uE000Cina\uE001* e <b>l’\uE000Asia\uE001</b>")).toEqual([
      { text: "La ", hit: false },
      { text: "Cina", hit: true },
      { text: " e <b>l’", hit: false },
      { text: "Asia", hit: true },
      { text: "</b>", hit: false },
    ]);
  });
});

describe("spellings the glossary knows", () => {
  const variants = spellingVariants([
    {
      forms: [
        { language: "it", form: "Kazakhstan" },
        { language: "it", form: "Kazakistan" },
        { language: "en", form: "Kazakhstan" },
      ],
    },
    {
      forms: [
        { language: "it", form: "Unione Sovietica" },
        { language: "en", form: "Soviet Union" },
      ],
    },
    {
      forms: [
        { language: "it", form: "Cina" },
        { language: "en", form: "China" },
      ],
    },
    { forms: ["neocoloniale", "neocoloniali"].map((form) => ({ language: "it", form })) },
  ]);
  it("finds every one-word spelling of a term, and leaves other words alone", () => {
    expect(buildSearchQuery("Kazakistan Cina", variants)?.match).toBe('("kazakistan"* OR "kazakhstan"*) AND "cina"*');
    expect(buildSearchQuery("kazakhstan", variants)?.match).toBe('("kazakhstan"* OR "kazakistan"*)');
    expect(buildSearchQuery("sovietica", variants)?.match).toBe('"sovietica"*');
    // Inflections and translations are other words, found as typed.
    expect(buildSearchQuery("neocoloniale Cina", variants)?.match).toBe('"neocoloniale"* AND "cina"*');
  });
});

describe("phrases", () => {
  it("reads words between double quotes as a phrase, each word whole, the rest as ever", () => {
    const query = buildSearchQuery('"Asia centrale" cooperazione “accordo militare”');
    expect(query?.phrases).toEqual([
      ["asia", "centrale"],
      ["accordo", "militare"],
    ]);
    expect(query?.spellings).toEqual([["cooperazione"]]);
    expect(query?.words).toEqual(["asia", "centrale", "cooperazione", "accordo", "militare"]);
    expect(query?.match).toBe('"cooperazione"* AND "asia centrale" AND "accordo militare"');
  });

  it("keeps elisions out of a phrase, takes a one-word phrase as that word, and an unpaired quote as text", () => {
    expect(buildSearchQuery('"dell’Asia centrale"')?.phrases).toEqual([["asia", "centrale"]]);
    expect(buildSearchQuery('"Cina" Kazakhstan')?.match).toBe('"cina"* AND "kazakhstan"*');
    expect(buildSearchQuery('Asia "centrale')?.match).toBe('"asia"* AND "centrale"*');
  });
});

describe("British and American spellings", () => {
  it("looks for -ise and -ize, -isation and -ization alike", () => {
    expect(buildSearchQuery("organisation")?.spellings).toEqual([["organisation", "organization"]]);
    expect(buildSearchQuery("Recognized")?.spellings).toEqual([["recognized", "recognised"]]);
    expect(buildSearchQuery("organisation")?.match).toBe('("organisation"* OR "organization"*)');
    // Short words and words without the pattern are left alone.
    expect(buildSearchQuery("rise Cina cooperazione")?.spellings).toEqual([["rise"], ["cina"], ["cooperazione"]]);
  });
});
