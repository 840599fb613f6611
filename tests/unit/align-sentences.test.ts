// Sentence alignment inside a pair (lib/text/align-sentences.ts), on sentences cut by
// lib/text/sentences.ts from real-looking prose.
import { describe, expect, it } from "vitest";
import { alignSentences, sentenceFacts } from "@/lib/text/align-sentences";
import { splitSentences } from "@/lib/text/sentences";

/** The links of an Italian and an English paragraph, as [Italian indexes, English indexes]. */
function links(italian: string, english: string) {
  const facts = (text: string, language: "it" | "en") =>
    splitSentences(text, language).map(({ start, end }) => sentenceFacts(text.slice(start, end)));
  return alignSentences(facts(italian, "it"), facts(english, "en"));
}
const shape = (italian: string, english: string) => links(italian, english).map((link) => [link.it, link.en]);

describe("sentence alignment", () => {
  it("pairs sentences one to one when the translation keeps them", () => {
    const italian = "La Cina ha firmato l’accordo nel 2005. Il Kazakhstan lo ha ratificato subito. Nessuno se lo aspettava.";
    const english = "China signed the agreement in 2005. Kazakhstan ratified it at once. Nobody expected it.";
    expect(shape(italian, english)).toEqual([
      [[0], [0]],
      [[1], [1]],
      [[2], [2]],
    ]);
    expect(links(italian, english).every((link) => link.confidence > 0.5)).toBe(true);
  });

  it("finds the English that splits one long Italian sentence in two, and in three", () => {
    const italian =
      "Pechino ha investito oltre 20 miliardi di dollari nel settore energetico kazakho, acquistando quote di PetroKazakhstan e costruendo un oleodotto verso lo Xinjiang. Astana ha accolto gli investimenti.";
    const english =
      "Beijing has invested over 20 billion dollars in the Kazakh energy sector. It bought stakes in PetroKazakhstan and built a pipeline to Xinjiang. Astana welcomed the investment.";
    expect(shape(italian, english)).toEqual([
      [[0], [0, 1]],
      [[1], [2]],
    ]);
    const semicolons =
      "La cooperazione militare comprende esercitazioni congiunte ai confini occidentali; l’addestramento di ufficiali kazakhi nelle accademie cinesi; la fornitura di equipaggiamenti per le forze di frontiera.";
    const three =
      "Military cooperation includes joint exercises on the western borders. Kazakh officers are trained in Chinese academies. China also supplies equipment to the border forces.";
    expect(shape(semicolons, three)).toEqual([[[0], [0, 1, 2]]]);
  });

  it("gives one long Italian sentence up to six English ones", () => {
    // Collodi and Della Chiesa, chapter I: one Italian sentence of semicolons, four English ones.
    const italian =
      "Guardò sotto il banco, e nessuno; guardò dentro un armadio che stava sempre chiuso, e nessuno; guardò nel corbello dei trucioli e della segatura, e nessuno; aprì l’uscio di bottega per dare un’occhiata anche sulla strada, e nessuno.";
    const english =
      "He looked under the bench—no one! He peeped inside the closet—no one! He searched among the shavings—no one! He opened the door to look up and down the street—and still no one!";
    expect(shape(italian, english)).toEqual([[[0], [0, 1, 2, 3]]]);
  });

  it("joins two short Italian sentences that the English made one", () => {
    const italian = "Il vertice si è tenuto ad Astana. Era giugno. Poi la delegazione è tornata a Pechino per riferire al governo.";
    const english = "The summit was held in Astana in June. The delegation then returned to Beijing to report to the government.";
    expect(shape(italian, english)).toEqual([
      [[0, 1], [0]],
      [[2], [1]],
    ]);
  });

  it("leaves a sentence the translation lost without counterpart, with a low confidence", () => {
    const italian =
      "Nel 1996 nacque il gruppo dei Cinque di Shanghai. Nel 2001 divenne la SCO, con l’ingresso dell’Uzbekistan. L’India e il Pakistan vi entrarono nel 2017.";
    const english = "In 1996 the Shanghai Five group was born. India and Pakistan joined it in 2017.";
    const aligned = links(italian, english);
    expect(aligned.map((link) => [link.it, link.en])).toEqual([
      [[0], [0]],
      [[1], []],
      [[2], [1]],
    ]);
    expect(aligned[1]!.confidence).toBeLessThan(0.5);
  });

  it("is steered by numbers and names where lengths alone would mislead", () => {
    const italian = "Nel 2005 fu firmato il partenariato strategico tra i due paesi. Nel 2019 Tokayev visitò Pechino.";
    const english =
      "In 2005, the two countries signed a strategic partnership, after years of careful negotiation between them. In 2019 Tokayev visited Beijing.";
    expect(shape(italian, english)).toEqual([
      [[0], [0]],
      [[1], [1]],
    ]);
  });

  it("aligns nothing with nothing, and an empty side as sentences without counterpart", () => {
    expect(alignSentences([], [])).toEqual([]);
    expect(shape("Una frase. Un’altra.", "")).toEqual([
      [[0], []],
      [[1], []],
    ]);
  });
});

describe("sentence facts", () => {
  it("reads numbers, proper names, quotations and brackets as anchors, Markdown markers left out", () => {
    const facts = sentenceFacts("Il *trattato* del 2005 con il Kazakistan costò 10.000 euro («molto») [sic].", ["kazakhstan"]);
    expect([...facts.anchors].sort()).toEqual(["bracket", "n:10000", "n:2005", "name:kazak", "paren", "quote", "t:kazakhstan"]);
    expect(facts.length).toBe("Il trattato del 2005 con il Kazakistan costò 10.000 euro («molto») [sic].".length);
    expect(sentenceFacts("In June 10,000 dollars reached Kazakhstan.").anchors).toEqual(new Set(["m:6", "n:10000", "name:kazak"]));
    expect(sentenceFacts("Kazakhstan signed in giugno.").anchors).toEqual(new Set(["name:kazak", "m:6"]));
  });
});
