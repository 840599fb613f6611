import { describe, expect, it } from "vitest";
import { createTermMatcher, segmentText, type Language, type MatchableTerm, type TermOccurrence } from "@/lib/glossary/term-matcher";

/** What a reader sees marked: each occurrence's text and the term it opens. */
function marked(text: string, terms: readonly MatchableTerm[], language: Language = "it") {
  return createTermMatcher(terms, language)
    .find(text)
    .map(({ start, end, slug }) => [text.slice(start, end), slug]);
}

const paragraph =
  "In seguito alla scomparsa dell’Unione Sovietica e alla progressiva ricomposizione della frattura sino-sovietica, la Cina, la Russia e le repubbliche centro-asiatiche intrapresero delle trattative per la definizione dei confini dell’ex spazio sovietico.";

const paragraphTerms: MatchableTerm[] = [
  { slug: "unione-sovietica", forms: ["Unione Sovietica"] },
  { slug: "frattura-sino-sovietica", forms: ["frattura sino-sovietica"] },
  { slug: "cina", forms: ["Cina"] },
  { slug: "russia", forms: ["Russia"] },
  { slug: "asia-centrale", forms: ["Asia Centrale", "centro-asiatico", "centro-asiatica", "centro-asiatiche"] },
  { slug: "ex-spazio-sovietico", forms: ["ex spazio sovietico"] },
];

describe("createTermMatcher", () => {
  it("marks every glossary term of an Italian paragraph, in reading order", () => {
    expect(marked(paragraph, paragraphTerms)).toEqual([
      ["Unione Sovietica", "unione-sovietica"],
      ["frattura sino-sovietica", "frattura-sino-sovietica"],
      ["Cina", "cina"],
      ["Russia", "russia"],
      ["centro-asiatiche", "asia-centrale"],
      ["ex spazio sovietico", "ex-spazio-sovietico"],
    ]);
  });

  it("ignores case in Italian and English", () => {
    const soviet: MatchableTerm[] = [{ slug: "unione-sovietica", forms: ["Unione Sovietica"] }];
    expect(marked("l’unione sovietica, l’UNIONE SOVIETICA", soviet)).toEqual([
      ["unione sovietica", "unione-sovietica"],
      ["UNIONE SOVIETICA", "unione-sovietica"],
    ]);
    expect(marked("LA GUERRA FREDDA FINÌ NEL 1991", [{ slug: "guerra-fredda", forms: ["Guerra fredda"] }])).toEqual([
      ["GUERRA FREDDA", "guerra-fredda"],
    ]);
    expect(marked("THE COLD WAR and the cold war", [{ slug: "cold-war", forms: ["Cold War"] }], "en")).toEqual([
      ["COLD WAR", "cold-war"],
      ["cold war", "cold-war"],
    ]);
  });

  it("matches short forms and abbreviations only as written", () => {
    const terms: MatchableTerm[] = [
      { slug: "xi-jinping", forms: ["Xi Jinping", "Xi"] },
      { slug: "sco", forms: ["SCO"] },
      { slug: "unione-sovietica", forms: ["URSS"] },
      { slug: "cesi", forms: ["C.E.S.I."] },
    ];
    expect(marked("Il XI congresso, poi Xi e XI JINPING; la SCO, non la sco; l’URSS e l’Urss; il C.E.S.I. e il c.e.s.i.", terms)).toEqual([
      ["Xi", "xi-jinping"],
      ["XI JINPING", "xi-jinping"],
      ["SCO", "sco"],
      ["URSS", "unione-sovietica"],
      ["C.E.S.I.", "cesi"],
    ]);
  });

  it("finds a term after an elided article, with either apostrophe, and leaves the article out", () => {
    const terms: MatchableTerm[] = [
      { slug: "unione-sovietica", forms: ["Unione Sovietica"] },
      { slug: "asia-centrale", forms: ["Asia Centrale"] },
      { slug: "afghanistan", forms: ["Afghanistan"] },
      { slug: "sco", forms: ["SCO"] },
    ];
    const text = "Dopo la fine dell'Unione Sovietica, l’Asia Centrale guardò all’Afghanistan e nell'SCO.";
    expect(marked(text, terms)).toEqual([
      ["Unione Sovietica", "unione-sovietica"],
      ["Asia Centrale", "asia-centrale"],
      ["Afghanistan", "afghanistan"],
      ["SCO", "sco"],
    ]);
  });

  it("matches a form written with one apostrophe against a text written with the other", () => {
    const terms: MatchableTerm[] = [{ slug: "costa-d-avorio", forms: ["Costa d’Avorio"] }];
    expect(marked("La Costa d'Avorio e la Costa d’Avorio.", terms)).toEqual([
      ["Costa d'Avorio", "costa-d-avorio"],
      ["Costa d’Avorio", "costa-d-avorio"],
    ]);
  });

  it("never matches inside a longer word", () => {
    expect(marked("Il cinamomo arriva dalla Cina.", [{ slug: "cina", forms: ["Cina"] }])).toEqual([["Cina", "cina"]]);
    expect(marked("Xi visited Xinjiang.", [{ slug: "xi-jinping", forms: ["Xi"] }], "en")).toEqual([["Xi", "xi-jinping"]]);
    expect(marked("Le Cine e la Cina2", [{ slug: "cina", forms: ["Cina"] }])).toEqual([]);
  });

  it("lets the longest form win and gives one word a single occurrence", () => {
    const xu: MatchableTerm[] = [
      { slug: "xu", forms: ["Xu"] },
      { slug: "xu-qiliang", forms: ["Xu Qiliang"] },
    ];
    expect(marked("Il generale Xu Qiliang incontrò Xu.", xu)).toEqual([
      ["Xu Qiliang", "xu-qiliang"],
      ["Xu", "xu"],
    ]);

    const unione: MatchableTerm[] = [
      { slug: "unione", forms: ["Unione"] },
      { slug: "unione-sovietica", forms: ["Unione Sovietica"] },
    ];
    expect(marked("L’Unione Sovietica non è l’Unione.", unione)).toEqual([
      ["Unione Sovietica", "unione-sovietica"],
      ["Unione", "unione"],
    ]);
  });

  it("marks the full name and its abbreviation in brackets as two occurrences", () => {
    const sco: MatchableTerm[] = [{ slug: "sco", forms: ["Shanghai Cooperation Organization", "SCO", "Shanghai"] }];
    expect(marked("The Shanghai Cooperation Organization (SCO) was founded in 2001.", sco, "en")).toEqual([
      ["Shanghai Cooperation Organization", "sco"],
      ["SCO", "sco"],
    ]);
  });

  it("gives a form shared by two terms to the first term", () => {
    const terms: MatchableTerm[] = [
      { slug: "georgia-stato", forms: ["Georgia"] },
      { slug: "georgia-usa", forms: ["Georgia"] },
    ];
    expect(marked("Tbilisi è la capitale della Georgia.", terms)).toEqual([["Georgia", "georgia-stato"]]);
  });

  it("finds English possessives", () => {
    const terms: MatchableTerm[] = [
      { slug: "cina", forms: ["China"] },
      { slug: "sco", forms: ["SCO"] },
    ];
    expect(marked("China’s role and the SCO's charter", terms, "en")).toEqual([
      ["China", "cina"],
      ["SCO", "sco"],
    ]);
  });

  it("matches a multiword form across a line break, a double space or a no-break space", () => {
    const terms: MatchableTerm[] = [{ slug: "unione-sovietica", forms: ["Unione Sovietica"] }];
    expect(marked("l’Unione\nSovietica, l’Unione  Sovietica, l’Unione\u00a0Sovietica", terms)).toEqual([
      ["Unione\nSovietica", "unione-sovietica"],
      ["Unione  Sovietica", "unione-sovietica"],
      ["Unione\u00a0Sovietica", "unione-sovietica"],
    ]);
  });

  it("keeps hyphens and dots of a form significant", () => {
    const terms: MatchableTerm[] = [
      { slug: "frontiera-sino-kazakha", forms: ["sino-kazakha"] },
      { slug: "cesi", forms: ["C.E.S.I."] },
    ];
    expect(marked("La frontiera sino-kazakha, studiata dal C.E.S.I. e non sino kazakha.", terms)).toEqual([
      ["sino-kazakha", "frontiera-sino-kazakha"],
      ["C.E.S.I.", "cesi"],
    ]);
  });

  it("lists inflected forms separately, each found only as written", () => {
    const terms: MatchableTerm[] = [{ slug: "asia-centrale", forms: ["centro-asiatico"] }];
    expect(marked("le repubbliche centro-asiatiche", terms)).toEqual([]);
    const inflected: MatchableTerm[] = [{ slug: "asia-centrale", forms: ["centro-asiatico", "centro-asiatiche"] }];
    expect(marked("il confine centro-asiatico e le repubbliche centro-asiatiche", inflected)).toEqual([
      ["centro-asiatico", "asia-centrale"],
      ["centro-asiatiche", "asia-centrale"],
    ]);
  });

  it("keeps offsets right when lower-casing or normalising changes a character's length", () => {
    const terms: MatchableTerm[] = [
      { slug: "cina", forms: ["Cina"] },
      { slug: "istanbul", forms: ["İstanbul"] },
      { slug: "citta-del-vaticano", forms: ["Città del Vaticano"] },
    ];
    // "İ" lower-cases to two UTF-16 units; "a\u0300" is "à" decomposed.
    const text = "Da İSTANBUL e İzmir fino alla Cina, passando per la Citta\u0300 del Vaticano.";
    expect(marked(text, terms)).toEqual([
      ["İSTANBUL", "istanbul"],
      ["Cina", "cina"],
      ["Citta\u0300 del Vaticano", "citta-del-vaticano"],
    ]);
  });

  it("ignores empty forms and trims the others", () => {
    const terms: MatchableTerm[] = [{ slug: "russia", forms: ["", "   ", "  Russia "] }];
    expect(marked("La Russia  e la  Cina", terms)).toEqual([["Russia", "russia"]]);
  });

  it("still finds exactly the right terms among 5,000", () => {
    const terms: MatchableTerm[] = Array.from({ length: 5_000 }, (_, i) => ({
      slug: `termine-${i}`,
      forms: [`Regione ${i}`, `regione ${i} orientale`],
    }));
    terms.push(...paragraphTerms);
    const text = `${paragraph} La Regione 42 orientale confina con la regione 4999 e con la regione 50000.`;
    expect(marked(text, terms)).toEqual([
      ["Unione Sovietica", "unione-sovietica"],
      ["frattura sino-sovietica", "frattura-sino-sovietica"],
      ["Cina", "cina"],
      ["Russia", "russia"],
      ["centro-asiatiche", "asia-centrale"],
      ["ex spazio sovietico", "ex-spazio-sovietico"],
      ["Regione 42 orientale", "termine-42"],
      ["regione 4999", "termine-4999"],
    ]);
  });
});

describe("segmentText", () => {
  it("gives back the paragraph exactly and marks the glossary terms", () => {
    const occurrences = createTermMatcher(paragraphTerms, "it").find(paragraph);
    const segments = segmentText(paragraph, occurrences);

    expect(segments.map((segment) => segment.text).join("")).toBe(paragraph);
    expect(segments.filter((segment) => "slug" in segment)).toEqual([
      { text: "Unione Sovietica", slug: "unione-sovietica" },
      { text: "frattura sino-sovietica", slug: "frattura-sino-sovietica" },
      { text: "Cina", slug: "cina" },
      { text: "Russia", slug: "russia" },
      { text: "centro-asiatiche", slug: "asia-centrale" },
      { text: "ex spazio sovietico", slug: "ex-spazio-sovietico" },
    ]);
    expect(segments.slice(0, 2)).toEqual([
      { text: "In seguito alla scomparsa dell’" },
      { text: "Unione Sovietica", slug: "unione-sovietica" },
    ]);
  });

  it("returns the whole text as one plain segment when nothing is marked", () => {
    expect(segmentText("Nessun termine qui.", [])).toEqual([{ text: "Nessun termine qui." }]);
    expect(segmentText("", [])).toEqual([]);
  });

  it("marks a term at the very start and end without empty segments", () => {
    const text = "Cina e Russia";
    const occurrences: TermOccurrence[] = [
      { start: 0, end: 4, slug: "cina" },
      { start: 7, end: 13, slug: "russia" },
    ];
    expect(segmentText(text, occurrences)).toEqual([{ text: "Cina", slug: "cina" }, { text: " e " }, { text: "Russia", slug: "russia" }]);
  });

  it("keeps the round trip when handed unsorted or overlapping occurrences", () => {
    const text = "Xu Qiliang incontrò Xu";
    const occurrences: TermOccurrence[] = [
      { start: 20, end: 22, slug: "xu" },
      { start: 0, end: 10, slug: "xu-qiliang" },
      { start: 0, end: 2, slug: "xu" },
    ];
    const segments = segmentText(text, occurrences);
    expect(segments.map((segment) => segment.text).join("")).toBe(text);
    expect(segments).toEqual([{ text: "Xu Qiliang", slug: "xu-qiliang" }, { text: " incontrò " }, { text: "Xu", slug: "xu" }]);
  });
});
