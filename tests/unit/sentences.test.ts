// Sentence segmentation (lib/text/sentences.ts): Intl.Segmenter corrected where Italian
// and English prose trips it up.
import { describe, expect, it } from "vitest";
import { splitSentences, type SentenceLanguage } from "@/lib/text/sentences";

const split = (text: string, language: SentenceLanguage) => splitSentences(text, language).map(({ start, end }) => text.slice(start, end));

describe("Italian sentences", () => {
  it("splits plain prose at its full stops, question and exclamation marks", () => {
    expect(split("La Cina cresce. Il Kazakhstan osserva! Chi vincerà? Nessuno.", "it")).toEqual([
      "La Cina cresce.",
      "Il Kazakhstan osserva!",
      "Chi vincerà?",
      "Nessuno.",
    ]);
  });

  it("does not split after titles, ranks and references", () => {
    expect(split("Il gen. Xu Qiliang incontrò il dott. Rossi. Poi partì.", "it")).toEqual([
      "Il gen. Xu Qiliang incontrò il dott. Rossi.",
      "Poi partì.",
    ]);
    expect(split("Si vedano gli artt. 3 e 4, pag. 12 e n. 5. Cfr. Il capitolo seguente, ecc. Fine.", "it")).toEqual([
      "Si vedano gli artt. 3 e 4, pag. 12 e n. 5.",
      "Cfr. Il capitolo seguente, ecc. Fine.",
    ]);
  });

  it("keeps initials and acronyms with stops inside their sentence", () => {
    expect(split("Secondo il C.E.S.I. Centro Studi la S.p.A. Fiat crebbe. G. Rossi lo scrisse.", "it")).toEqual([
      "Secondo il C.E.S.I. Centro Studi la S.p.A. Fiat crebbe.",
      "G. Rossi lo scrisse.",
    ]);
    // An acronym that ends a sentence, before a sentence's usual first word.
    expect(split("Lo pubblicò il C.E.S.I. La ricerca continua.", "it")).toEqual(["Lo pubblicò il C.E.S.I.", "La ricerca continua."]);
  });

  it("leaves decimals and dates whole", () => {
    expect(split("Il PIL crebbe del 3.5 per cento il 5.11.2018. Poi calò al 2,1.", "it")).toEqual([
      "Il PIL crebbe del 3.5 per cento il 5.11.2018.",
      "Poi calò al 2,1.",
    ]);
  });

  it("splits after an ellipsis before a capital, and not before a small letter", () => {
    expect(split("Aspetta... Ecco. Fatto… Davvero. E poi… forse no.", "it")).toEqual([
      "Aspetta...",
      "Ecco.",
      "Fatto…",
      "Davvero.",
      "E poi… forse no.",
    ]);
  });

  it("does not split inside quotations, parentheses and editorial brackets", () => {
    // A quotation that closes on its own full stop ends the sentence that holds it.
    expect(split("Disse: «Andiamo. Subito.» E poi tacque. Scrisse «Va bene. Domani» e uscì. (Vedi sopra. Anche qui.) Fine.", "it")).toEqual(
      ["Disse: «Andiamo. Subito.»", "E poi tacque.", "Scrisse «Va bene. Domani» e uscì.", "(Vedi sopra. Anche qui.)", "Fine."],
    );
    expect(split("Il trattato che lega [la Cina. Sic.] e Kazakhstan fu firmato. Dopo.", "it")).toEqual([
      "Il trattato che lega [la Cina. Sic.] e Kazakhstan fu firmato.",
      "Dopo.",
    ]);
  });

  it("keeps a sentence's closing emphasis marker and quotation mark with it", () => {
    const text = "*Prima frase.* **Seconda.** «Terza.» Quarta dell’Asia.";
    expect(split(text, "it")).toEqual(["*Prima frase.*", "**Seconda.**", "«Terza.»", "Quarta dell’Asia."]);
  });

  it("gives offsets into the paragraph as stored, and nothing for spaces", () => {
    const text = "  Uno.   Due.  ";
    expect(splitSentences(text, "it")).toEqual([
      { start: 2, end: 6 },
      { start: 9, end: 13 },
    ]);
    expect(splitSentences("   ", "it")).toEqual([]);
    expect(split("Una frase senza punto finale", "it")).toEqual(["Una frase senza punto finale"]);
  });

  it("does not split at semicolons: a long sentence stays one", () => {
    expect(split("La Cina investe; il Kazakhstan esporta; la Russia osserva.", "it")).toHaveLength(1);
  });
});

describe("English sentences", () => {
  it("does not split after abbreviations, initials and acronyms inside a sentence", () => {
    expect(split("The U.S. Army left. Mr. Smith stayed with Gen. Xu. E.g. This one, i.e. that one.", "en")).toEqual([
      "The U.S. Army left.",
      "Mr. Smith stayed with Gen. Xu.",
      "E.g. This one, i.e. that one.",
    ]);
    expect(split("J. R. R. Tolkien wrote it. It sold well.", "en")).toEqual(["J. R. R. Tolkien wrote it.", "It sold well."]);
  });

  it("reads No. as an abbreviation before a number only", () => {
    expect(split("It ranked No. 5 in the list. She said no. Then she left.", "en")).toEqual([
      "It ranked No. 5 in the list.",
      "She said no.",
      "Then she left.",
    ]);
  });

  it("ends a sentence at an acronym before a sentence's usual first word", () => {
    expect(split("The report came from the U.S. It was long.", "en")).toEqual(["The report came from the U.S.", "It was long."]);
  });

  it("keeps quotations with their full stops inside one sentence", () => {
    expect(split('He said "we go. Now" and left. “Fine. Good,” she agreed. “Yes.” Then quiet.', "en")).toEqual([
      'He said "we go. Now" and left.',
      "“Fine. Good,” she agreed.",
      "“Yes.”",
      "Then quiet.",
    ]);
  });

  it("does not take an apostrophe for a closing quotation mark", () => {
    expect(split("China’s army grew. Kazakhstan’s did not.", "en")).toEqual(["China’s army grew.", "Kazakhstan’s did not."]);
  });
});
