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
    // A marker after the space opens the next sentence's emphasis: it is not the last one's.
    expect(split("Prima frase qui. *Seconda in corsivo.* Terza.", "it")).toEqual(["Prima frase qui.", "*Seconda in corsivo.*", "Terza."]);
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

  it("cuts dialogue set with dashes at each line's end, and goes on after an exclamation before a small letter", () => {
    // Collodi, Le avventure di Pinocchio, chapters I and II.
    expect(split("— Buon giorno, mastr’Antonio, — disse Geppetto. — Che cosa fate costì per terra?", "it")).toEqual([
      "— Buon giorno, mastr’Antonio, — disse Geppetto.",
      "— Che cosa fate costì per terra?",
    ]);
    expect(split("— Ohi! tu m’hai fatto male! — gridò rammaricandosi la solita vocina.", "it")).toHaveLength(1);
    expect(split("— Che nome gli metterò? — disse fra sé e sé. — Lo voglio chiamar Pinocchio.", "it")).toEqual([
      "— Che nome gli metterò? — disse fra sé e sé.",
      "— Lo voglio chiamar Pinocchio.",
    ]);
  });

  it("keeps the ellipsis after an exclamation or a question, and the closing dash, with their sentence", () => {
    expect(split("— Ma di dove sarà uscita questa vocina?… Eppure qui non c’è anima viva.", "it")).toEqual([
      "— Ma di dove sarà uscita questa vocina?…",
      "Eppure qui non c’è anima viva.",
    ]);
    expect(split("— Pinocchio!… rendimi subito la mia parrucca! —", "it")).toHaveLength(1);
    expect(split("— Dovevo pensarci prima! Ma mi sta il dovere!… —", "it")).toEqual([
      "— Dovevo pensarci prima!",
      "Ma mi sta il dovere!… —",
    ]);
  });

  it("splits where a full stop lost its space, and after a chapter's roman numeral", () => {
    expect(split("La pentola era dipinta sul muro.Immaginatevi come restò.", "it")).toEqual([
      "La pentola era dipinta sul muro.",
      "Immaginatevi come restò.",
    ]);
    expect(split("Capitolo I. Come andò che maestro Ciliegia trovò un pezzo di legno.", "it")).toEqual([
      "Capitolo I.",
      "Come andò che maestro Ciliegia trovò un pezzo di legno.",
    ]);
    expect(split("Lo disse G. Rossi. Altro.", "it")).toEqual(["Lo disse G. Rossi.", "Altro."]);
    expect(split("La società S.p.A. Roma chiude.", "it")).toHaveLength(1);
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

  it("cuts dialogue inside its quotation marks, unless the sentence goes on after them", () => {
    // Carol Della Chiesa's Pinocchio, chapters I and III.
    expect(split("“Please be careful! Do not hit me so hard!”", "en")).toEqual(["“Please be careful!", "Do not hit me so hard!”"]);
    expect(split("“A king!” my little readers will say immediately.", "en")).toHaveLength(1);
    expect(split("“Oh, oh! You hurt!” cried the same far-away little voice.", "en")).toHaveLength(1);
    expect(
      split(
        "“Geppetto looks like a good man,” added another, “but with boys he’s a real tyrant. If we leave him he may tear him to pieces!”",
        "en",
      ),
    ).toEqual([
      "“Geppetto looks like a good man,” added another, “but with boys he’s a real tyrant.",
      "If we leave him he may tear him to pieces!”",
    ]);
    // Dialogue running on to the next paragraph never closes its quotation.
    expect(split("“It was late. We went home.", "en")).toEqual(["“It was late.", "We went home."]);
  });

  it("does not take an apostrophe for a closing quotation mark", () => {
    expect(split("China’s army grew. Kazakhstan’s did not.", "en")).toEqual(["China’s army grew.", "Kazakhstan’s did not."]);
  });
});
