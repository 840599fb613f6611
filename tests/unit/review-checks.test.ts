import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { createGlossaryMatchers } from "@/lib/glossary/mark-paragraphs";
import { matchableTerms } from "@/lib/glossary/new-term";
import { parsePlainText } from "@/lib/import/plain-text";
import { needsWork } from "@/lib/review/filters";
import {
  CHECK_CODES,
  checkDocument,
  checkPair,
  lengthNorm,
  type CheckCode,
  type CheckWarning,
  type LengthNorm,
  type PairText,
} from "@/lib/review/checks";
import { revisedTranslation } from "@/prisma/seed/editorial-pass";
import { glossary } from "@/prisma/seed/glossary";
import { SEED_TEXT_FILE } from "@/prisma/seed/seed-library";

const matchers = createGlossaryMatchers(matchableTerms(glossary));

// The seed's English as readers get it (the first edition revised by the editorial pass).
const english = revisedTranslation();
const seedPairs: PairText[] = parsePlainText(fs.readFileSync(SEED_TEXT_FILE)).paragraphs.map((textIt, index) => ({
  textIt,
  textEn: english[index]!.en,
}));

const EVEN: LengthNorm = { median: 1 };

function check(textIt: string, textEn: string, norm: LengthNorm = EVEN): CheckWarning[] {
  return checkPair({ textIt, textEn }, { matchers, norm });
}

/** The warnings of one kind, so a test is not thrown by an unrelated one. */
function only(code: CheckCode, textIt: string, textEn: string, norm?: LengthNorm): CheckWarning[] {
  return check(textIt, textEn, norm).filter((warning) => warning.code === code);
}

describe("the seed article", () => {
  it("gets no warning on any paragraph of its reviewed translation", () => {
    const warnings = checkDocument(seedPairs, matchers);
    expect(warnings).toHaveLength(15);
    expect(warnings).toEqual(seedPairs.map(() => []));
  });

  it("keeps a document norm that every seed paragraph sits well inside", () => {
    const { median } = lengthNorm(seedPairs);
    expect(median).toBeCloseTo(0.86, 2);
  });

  it("flags only the paragraph where a reviewer changed a year or dropped a term", () => {
    const edited = seedPairs.map((pair) => ({ ...pair }));
    edited[11]!.textEn = edited[11]!.textEn.replace("2005", "2006");
    edited[7]!.textEn = edited[7]!.textEn.replace("the Central Asian republics", "the republics");
    const warnings = checkDocument(edited, matchers);
    expect(warnings[11]).toEqual([{ code: "numbers", missingInEnglish: ["2005"], extraInEnglish: ["2006"] }]);
    expect(warnings[7]).toEqual([{ code: "missing-term", terms: ["asia-centrale"] }]);
    expect(warnings.filter((list) => list.length > 0)).toHaveLength(2);
  });
});

describe("numbers", () => {
  it("accepts each language's own way of writing the same values", () => {
    expect(
      only(
        "numbers",
        "Il 7 giugno 2018 1.500 soldati, il 30% delle truppe e 2,5 milioni di euro; 1.250.000,75 euro in tutto.",
        "On 7 June 2018 1,500 soldiers, 30 per cent of the troops and €2.5 million; €1,250,000.75 in all.",
      ),
    ).toEqual([]);
  });

  it("reports a changed year with the numbers as each text writes them", () => {
    expect(check("Tra il 2001 e il 2005 la crescita è stata lenta.", "Between 2001 and 2006 growth was slow.")).toEqual([
      { code: "numbers", missingInEnglish: ["2005"], extraInEnglish: ["2006"] },
    ]);
  });

  it("catches an Italian decimal copied unconverted, which an English reader takes for thousands", () => {
    expect(only("numbers", "Un carico di 1,500 tonnellate.", "A load of 1,500 tonnes.")).toEqual([
      { code: "numbers", missingInEnglish: ["1,500"], extraInEnglish: ["1,500"] },
    ]);
    expect(only("numbers", "Un carico di 1,500 tonnellate.", "A load of 1.5 tonnes.")).toEqual([]);
    expect(only("numbers", "Circa 1.500 soldati.", "About 1.500 soldiers.")).toEqual([
      { code: "numbers", missingInEnglish: ["1.500"], extraInEnglish: ["1.500"] },
    ]);
  });

  it("compares values as a multiset, so a number written twice must appear twice", () => {
    expect(only("numbers", "Nel 2018 e ancora nel 2018.", "In 2018 and again in 2019.")).toEqual([
      { code: "numbers", missingInEnglish: ["2018"], extraInEnglish: ["2019"] },
    ]);
    expect(only("numbers", "Il 9 e l’11 settembre 2001.", "On 11 and 9 September 2001.")).toEqual([]);
  });

  it("treats a percentage as such only when the other text says per cent too", () => {
    expect(only("numbers", "Il 30 per cento.", "30%.")).toEqual([]);
    expect(only("numbers", "Il 30%.", "30 percent.")).toEqual([]);
    expect(only("numbers", "Il 30 %.", "30 per cent.")).toEqual([]);
    expect(only("numbers", "Il 30%.", "30 of them.")).toEqual([{ code: "numbers", missingInEnglish: ["30%"], extraInEnglish: ["30"] }]);
  });

  it("lets one per cent cover both ends of a range", () => {
    expect(only("numbers", "Tra il 10 e il 20%.", "Between 10% and 20%.")).toEqual([]);
    expect(only("numbers", "Dal 10 al 20 per cento.", "From 10 to 20 per cent.")).toEqual([]);
    expect(only("numbers", "Il 10-20%.", "10 people and 20%.")).toEqual([
      { code: "numbers", missingInEnglish: ["10"], extraInEnglish: ["10"] },
    ]);
  });

  it("reads ranges of years, short or long", () => {
    expect(only("numbers", "Nel biennio 2017-2018.", "In 2017–18.")).toEqual([]);
    expect(only("numbers", "Nel biennio 2017-2018.", "In 2017–19.")).toEqual([
      { code: "numbers", missingInEnglish: ["2018"], extraInEnglish: ["19"] },
    ]);
  });

  it("matches Italian decades with English ones", () => {
    expect(only("numbers", "All’inizio degli anni Novanta.", "In the early 1990s.")).toEqual([]);
    expect(only("numbers", "Negli anni ’90 e nei primi anni Duemila.", "In the ’90s and the early 2000s.")).toEqual([]);
    expect(only("numbers", "All’inizio degli anni Ottanta.", "In the early 1990s.")).toEqual([
      { code: "numbers", missingInEnglish: ["anni Ottanta"], extraInEnglish: ["1990s"] },
    ]);
  });

  it("leaves Roman numerals and centuries out", () => {
    expect(only("numbers", "Nel XX secolo.", "In the 20th century.")).toEqual([]);
    expect(only("numbers", "Tra XIX e XX secolo.", "In the 19th and 20th centuries.")).toEqual([]);
    expect(only("numbers", "Nel 20° secolo.", "In the 20th-century world.")).toEqual([]);
    expect(only("numbers", "Papa Pio XII.", "Pope Pius XII.")).toEqual([]);
    expect(only("numbers", "Nel XX secolo, 12 volte.", "In the 20th century, 13 times.")).toEqual([
      { code: "numbers", missingInEnglish: ["12"], extraInEnglish: ["13"] },
    ]);
  });
});

describe("missing-term", () => {
  it("sees a glossary term through Italian elision and inflection", () => {
    expect(check("I Paesi dell’Asia Centrale.", "The countries of Central Asia.")).toEqual([]);
    expect(
      check("Le repubbliche centro-asiatiche e l’ex spazio sovietico.", "The Central Asian republics and the former Soviet space."),
    ).toEqual([]);
    expect(check("Il viaggio di Xu in Cina.", "Xu’s journey to China.")).toEqual([]);
  });

  it("reports a term the English drops, by slug", () => {
    expect(check("I Paesi dell’Asia Centrale e la Cina.", "The countries of the region and China.")).toEqual([
      { code: "missing-term", terms: ["asia-centrale"] },
    ]);
  });

  it("lists each missing term once, sorted", () => {
    expect(only("missing-term", "Pechino, la Cina e ancora Pechino.", "The capital, the country and again the capital.")).toEqual([
      { code: "missing-term", terms: ["cina", "pechino"] },
    ]);
  });

  it("does not mind a term the English adds", () => {
    expect(check("Tra Xi e Nazarbayev.", "Between Xi and Nazarbayev of [China]’s neighbour Kazakhstan.")).toEqual([]);
  });
});

describe("lone-sentence", () => {
  const italian =
    "Nel 1996 nacque il gruppo dei Cinque di Shanghai. Nel 2001 divenne la SCO, con l’ingresso dell’Uzbekistan. L’India e il Pakistan vi entrarono nel 2017.";

  it("names the sentence the English left out", () => {
    const english = "In 1996 the Shanghai Five group was born. India and Pakistan joined it in 2017.";
    expect(only("lone-sentence", italian, english)).toEqual([
      { code: "lone-sentence", sentences: [{ language: "it", text: "Nel 2001 divenne la SCO, con l’ingresso dell’Uzbekistan." }] },
    ]);
  });

  it("names a sentence the English added", () => {
    // (A short sentence without numbers or names can pass for half of a split: lengths alone cannot tell.)
    const added = "Its charter names terrorism, separatism and extremism as the three evils it exists to fight.";
    const english = `In 1996 the Shanghai Five group was born. In 2001 it became the SCO, when Uzbekistan joined. ${added} India and Pakistan joined it in 2017.`;
    expect(only("lone-sentence", italian, english)).toEqual([{ code: "lone-sentence", sentences: [{ language: "en", text: added }] }]);
  });

  it("says nothing of a translation that keeps every sentence, however it splits them", () => {
    const english =
      "In 1996 the Shanghai Five group was born. In 2001 it became the SCO. Uzbekistan joined then. India and Pakistan joined it in 2017.";
    expect(only("lone-sentence", italian, english)).toEqual([]);
  });
});

describe("empty and untranslated", () => {
  it("says only that the English is empty, whatever else is wrong", () => {
    expect(check("Nel 2018 la Cina (SCO  e «tre mali».", "")).toEqual([{ code: "empty" }]);
    expect(check("Nel 2018 la Cina.", "  \n\u00A0")).toEqual([{ code: "empty" }]);
    expect(check("", "")).toEqual([{ code: "empty" }]);
  });

  it("says only that the English is the Italian again, whitespace and case aside", () => {
    const italian = "Nel corso dell’incontro, la Cina e il Kazakhstan hanno ribadito l’amicizia.";
    expect(check(italian, `  ${italian.toUpperCase().replace(/ /g, "  ")} `)).toEqual([{ code: "untranslated" }]);
  });

  it("accepts a paragraph with nothing to translate", () => {
    expect(check("2018", "2018")).toEqual([]);
    expect(check("Nel 2018.", "In 2018.")).toEqual([]);
  });
});

describe("length-ratio", () => {
  const italian = "x".repeat(100);

  it("warns just beyond a factor of 1.8 from the document's median, either way", () => {
    expect(only("length-ratio", italian, "y".repeat(56))).toEqual([]);
    expect(only("length-ratio", italian, "y".repeat(55))).toEqual([{ code: "length-ratio", ratio: 0.55, expected: 1 }]);
    expect(only("length-ratio", italian, "y".repeat(180))).toEqual([]);
    expect(only("length-ratio", italian, "y".repeat(181))).toEqual([{ code: "length-ratio", ratio: 1.81, expected: 1 }]);
  });

  it("leaves short Italian paragraphs alone", () => {
    expect(only("length-ratio", "x".repeat(39), "y")).toEqual([]);
    expect(only("length-ratio", "x".repeat(40), "y")).toEqual([{ code: "length-ratio", ratio: 0.03, expected: 1 }]);
  });

  it("catches a seed paragraph whose English lost its second half", () => {
    const pair = seedPairs[2]!;
    const truncated = { ...pair, textEn: pair.textEn.slice(0, pair.textEn.indexOf(", as well as")) + "." };
    expect(checkPair(truncated, { matchers, norm: lengthNorm(seedPairs) })).toEqual([
      { code: "missing-term", terms: ["asia-centrale", "estremismo-religioso", "separatismo"] },
      { code: "length-ratio", ratio: 0.41, expected: 0.86 },
    ]);
  });

  it("judges each pair against its own document's norm", () => {
    // Five Italian paragraphs of the same length, each its own (the same Italian twice would be a consistency question).
    const own = (index: number) => `${"x".repeat(99)}${"abcde"[index]}`;
    const wordy = Array.from({ length: 4 }, (_, index) => ({ textIt: own(index), textEn: "y".repeat(200) }));
    const document = [...wordy, { textIt: own(4), textEn: "y".repeat(100) }];
    expect(lengthNorm(document)).toEqual({ median: 2 });
    expect(checkDocument(document, matchers)).toEqual([[], [], [], [], [{ code: "length-ratio", ratio: 1, expected: 2 }]]);
  });

  it("takes the median over pairs with both texts, and falls back to 1 without enough of them", () => {
    const pair = (en: number) => ({ textIt: italian, textEn: "y".repeat(en) });
    expect(lengthNorm([pair(50), pair(90), pair(300), { textIt: italian, textEn: " " }, { textIt: "", textEn: "y" }])).toEqual({
      median: 0.9,
    });
    expect(lengthNorm([pair(50), pair(80), pair(90), pair(300)]).median).toBeCloseTo(0.85, 10);
    expect(lengthNorm([pair(50), pair(60)])).toEqual({ median: 1 });
    expect(lengthNorm([])).toEqual({ median: 1 });
  });
});

describe("consistency", () => {
  const ministry = "Il Ministero degli Esteri.";
  it("names, on each pair, the other pairs where the same Italian has another English", () => {
    const pairs = [
      { textIt: ministry, textEn: "The Foreign Ministry." },
      { textIt: "Altro.", textEn: "Other." },
      { textIt: ministry, textEn: "The Ministry of Foreign Affairs." },
      { textIt: ministry, textEn: "The Foreign Ministry." },
      // Not translated yet: nothing to be inconsistent with.
      { textIt: ministry, textEn: "" },
    ];
    expect(checkDocument(pairs, matchers).map((warnings) => warnings.filter((warning) => warning.code === "consistency"))).toEqual([
      [{ code: "consistency", positions: [3], more: 0 }],
      [],
      [{ code: "consistency", positions: [1, 4], more: 0 }],
      [{ code: "consistency", positions: [3], more: 0 }],
      [],
    ]);
  });

  it("keeps an approved pair out of the work left: it was approved so; its twins under review still need work", () => {
    const warning: CheckWarning = { code: "consistency", positions: [2], more: 0 };
    expect(needsWork({ status: "approved" }, [warning])).toBe(false);
    expect(needsWork({ status: "approved" }, [warning, { code: "capital" }])).toBe(true);
    expect(needsWork({ status: "translated" }, [warning])).toBe(true);
  });

  it("names ten pairs at most, and how many more", () => {
    const pairs = Array.from({ length: 14 }, (_, index) => ({
      textIt: ministry,
      textEn: index === 0 ? "The Ministry." : "The Foreign Ministry.",
    }));
    expect(checkDocument(pairs, matchers)[0]).toEqual([{ code: "consistency", positions: [2, 3, 4, 5, 6, 7, 8, 9, 10, 11], more: 3 }]);
  });

  it("says nothing where the same Italian has the same English everywhere", () => {
    const pairs = [
      { textIt: ministry, textEn: "The Foreign Ministry." },
      { textIt: ministry, textEn: "The Foreign Ministry." },
    ];
    expect(
      checkDocument(pairs, matchers)
        .flat()
        .filter((warning) => warning.code === "consistency"),
    ).toEqual([]);
  });
});

describe("brackets", () => {
  it("accepts balanced and nested brackets, and the seed's restored words", () => {
    expect(only("brackets", "La SCO (fondata nel 2001 [a Shanghai]).", "Of which [China] and Kazakhstan (both {members}).")).toEqual([]);
  });

  it("reports the first unclosed or unopened bracket in each language", () => {
    expect(only("brackets", "La Shanghai Cooperation Organization (SCO, coalizione.", "The SCO) coalition [China.")).toEqual([
      { code: "brackets", language: "it", character: "(" },
      { code: "brackets", language: "en", character: ")" },
    ]);
  });

  it("catches brackets closed in the wrong order", () => {
    expect(only("brackets", "Testo.", "The SCO (with [China) and Russia].")).toEqual([
      { code: "brackets", language: "en", character: "[" },
    ]);
    expect(only("brackets", "Testo.", "The SCO (with China] and Russia.")).toEqual([{ code: "brackets", language: "en", character: "]" }]);
  });

  it("accepts list markers that close a bracket never opened", () => {
    expect(
      only("brackets", "Due obiettivi: a) la sicurezza, b) il commercio; 1) prima, 2) poi.", "Two aims: a) security, b) trade."),
    ).toEqual([]);
  });
});

describe("quotes", () => {
  it("accepts paired guillemets, curly and straight quotes, and apostrophes of every kind", () => {
    expect(
      only(
        "quotes",
        "I «tre mali» dell’Asia Centrale, il “Cinque di Shanghai” e «il “nuovo” corso»; l'SCO.",
        'The “three evils” of China’s ‘Peace Mission’ and the "Shanghai Five"; Xu\'s trip.',
      ),
    ).toEqual([]);
  });

  it("reports an unclosed guillemet or curly quote and an odd number of straight quotes", () => {
    expect(only("quotes", "I «tre mali da combattere.", "The three evils” to fight.")).toEqual([
      { code: "quotes", language: "it", character: "«" },
      { code: "quotes", language: "en", character: "”" },
    ]);
    expect(only("quotes", "I tre mali.", 'The "three evils to fight.')).toEqual([{ code: "quotes", language: "en", character: '"' }]);
  });

  it("catches quotes closed in the wrong order", () => {
    expect(only("quotes", "Il «nuovo “corso» cinese”.", "The new course.")).toEqual([{ code: "quotes", language: "it", character: "“" }]);
  });
});

describe("double-spaces", () => {
  it("reports two spaces in a row, plain or no-break, in either language", () => {
    expect(only("double-spaces", "Xu Qiliang  ha intrapreso.", "Xu Qiliang \u00A0undertook.")).toEqual([
      { code: "double-spaces", language: "it" },
      { code: "double-spaces", language: "en" },
    ]);
  });

  it("ignores leading and trailing whitespace and single no-break spaces", () => {
    expect(only("double-spaces", "  Il 30\u00A0%.  ", "\u00A0 30\u00A0per cent.   ")).toEqual([]);
  });
});

describe("end-punctuation", () => {
  it("reports halves that end differently, closing quotes and brackets aside", () => {
    expect(only("end-punctuation", "La Cina ha firmato l’accordo?", "China signed the agreement.")).toEqual([
      { code: "end-punctuation", it: "?", en: "." },
    ]);
    expect(only("end-punctuation", "Il Senato ha ratificato l’intesa.", "The Senate ratified the agreement")).toEqual([
      { code: "end-punctuation", it: ".", en: "none" },
    ]);
    expect(only("end-punctuation", "Disse: «Basta».", "He said: “Enough.”")).toEqual([]);
    expect(only("end-punctuation", "Le relazioni (1991–2018)", "Relations (1991–2018)")).toEqual([]);
    expect(only("end-punctuation", "E poi...", "And then…")).toEqual([]);
    // A pair with no Italian is the aligner's to flag.
    expect(only("end-punctuation", " ", "China signed the agreement.")).toEqual([]);
  });
});

describe("capital", () => {
  it("reports one half starting with a capital and the other not, numbers and quotes aside", () => {
    expect(only("capital", "La Cina firma.", "china signs.")).toEqual([{ code: "capital" }]);
    expect(only("capital", "«la Cina» firma.", "“China” signs.")).toEqual([{ code: "capital" }]);
    expect(only("capital", "2018: la Cina firma.", "In 2018 China signs.")).toEqual([]);
    expect(only("capital", "È la Cina.", "It is China.")).toEqual([]);
  });
});

describe("repeated-word", () => {
  it("reports a word written twice in a row, in either language, case aside", () => {
    expect(only("repeated-word", "La cooperazione di di Pechino.", "The the cooperation of Beijing.")).toEqual([
      { code: "repeated-word", language: "it", word: "di" },
      { code: "repeated-word", language: "en", word: "The" },
    ]);
  });

  it("leaves words that merely follow a similar one, and numbers, alone", () => {
    expect(only("repeated-word", "Il 20 20 per cento; in questo questionario.", "Twenty per cent; this thistle; that that’s it.")).toEqual(
      [],
    );
  });
});

describe("checkPair", () => {
  it("lists a pair's warnings in the order of CHECK_CODES", () => {
    const warnings = check(
      "Nel 2005 la Cina (e il Kazakhstan  firmarono la «partnership strategica» con l’impegno di cooperare.",
      'In 2006 the the two "countries) signed',
    );
    expect(warnings.map((warning) => warning.code)).toEqual([
      "numbers",
      "missing-term",
      "length-ratio",
      "brackets",
      "brackets",
      "quotes",
      "double-spaces",
      "end-punctuation",
      "repeated-word",
    ]);
    const order = warnings.map((warning) => CHECK_CODES.indexOf(warning.code));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(warnings[1]).toEqual({ code: "missing-term", terms: ["cina", "kazakhstan", "partnership-strategica"] });
  });
});
