// Exports cut by sentence link (TMX and XLIFF 2.1, ?segments=sentences): a unit or
// segment per link group, read back into the same pairs.
import { describe, expect, it } from "vitest";
import type { ExchangeDocument } from "@/lib/exchange/exchange-document";
import { readExchangeFile } from "@/lib/exchange/read-exchange-file";
import { sentenceUnits } from "@/lib/exchange/sentence-units";
import { writeTmx } from "@/lib/exchange/tmx";
import { writeXliff12 } from "@/lib/exchange/xliff-1.2";
import { writeXliff21 } from "@/lib/exchange/xliff-2.1";
import { utf8 } from "../support/files";

const document: ExchangeDocument = {
  slug: "frasi",
  titleIt: "Frasi",
  titleEn: "Sentences",
  sourceName: "Prova",
  attribution: "Fonte: Prova",
  sourceUrl: null,
  publishedOn: null,
  paragraphs: [
    { textIt: "Capitolo primo", textEn: "Chapter one", status: "approved", translatorNote: null, headingLevel: 2 },
    {
      textIt:
        "Nel 2005 la Cina e il Kazakhstan firmarono un *partenariato* strategico. Pechino ha poi investito oltre 20 miliardi di dollari nel settore energetico kazakho, acquistando quote di PetroKazakhstan e costruendo un oleodotto verso lo Xinjiang.  Astana ha accolto gli investimenti con favore.",
      textEn:
        "In 2005 China and Kazakhstan signed a strategic *partnership*. Beijing then invested over 20 billion dollars in the Kazakh energy sector. It bought stakes in PetroKazakhstan and built a pipeline to Xinjiang. Astana welcomed the investment.",
      status: "translated",
      translatorNote: "Figures from 2018.",
      headingLevel: null,
    },
    {
      textIt:
        "Nel 1996 nacque il gruppo dei Cinque di Shanghai. Nel 2001 divenne la SCO, con l’ingresso dell’Uzbekistan. L’India e il Pakistan vi entrarono nel 2017.",
      textEn: "In 1996 the Shanghai Five group was born. India and Pakistan joined it in 2017.",
      status: "needs_changes",
      translatorNote: null,
      headingLevel: null,
    },
    { textIt: "Una frase sola.", textEn: "", status: "draft", translatorNote: null, headingLevel: null },
  ],
};

describe("sentence units", () => {
  it("cut a pair by its sentence links, spaces kept, so that the units make the pair again", () => {
    const units = sentenceUnits(document.paragraphs[1]!);
    expect(units.map((unit) => [unit.textIt.slice(0, 20), unit.textEn.slice(0, 20)])).toEqual([
      ["Nel 2005 la Cina e i", "In 2005 China and Ka"],
      ["Pechino ha poi inves", "Beijing then investe"],
      ["Astana ha accolto gl", "Astana welcomed the "],
    ]);
    expect(units[1]!.textEn).toBe(
      "Beijing then invested over 20 billion dollars in the Kazakh energy sector. It bought stakes in PetroKazakhstan and built a pipeline to Xinjiang.",
    );
    expect(units[2]!.spaceIt).toBe("  ");
    for (const pair of document.paragraphs) {
      const units = sentenceUnits(pair);
      expect(units.map((unit) => unit.spaceIt + unit.textIt).join("")).toBe(pair.textIt);
      expect(units.map((unit) => unit.spaceEn + unit.textEn).join("")).toBe(pair.textEn);
    }
    // A sentence the English lacks is a unit of its own with no English.
    expect(sentenceUnits(document.paragraphs[2]!).map((unit) => unit.textEn)).toEqual([
      "In 1996 the Shanghai Five group was born.",
      "",
      "India and Pakistan joined it in 2017.",
    ]);
    // Headings and untranslated pairs stay whole.
    expect(sentenceUnits(document.paragraphs[0]!)).toHaveLength(1);
    expect(sentenceUnits(document.paragraphs[3]!)).toHaveLength(1);
  });
});

describe("exports by sentence", () => {
  it("write a TMX unit per sentence link, and read back into the same pairs", () => {
    const tmx = writeTmx(document, "sentences");
    expect(tmx).toContain('segtype="sentence"');
    expect(tmx.match(/<tu /g)).toHaveLength(1 + 3 + 3 + 1);
    expect(tmx).toContain('<tu tuid="3.2">');
    const file = readExchangeFile(utf8(tmx), "frasi.sentences.tmx");
    if (file.kind !== "document") throw new Error(`read as ${file.kind}`);
    expect(file.document.paragraphs).toEqual(readBack(writeTmx(document), "frasi.tmx"));
  });

  it("write an XLIFF 2.1 segment per sentence link, spaces as ignorable text, and read back into the same pairs", () => {
    const xliff = writeXliff21(document, "sentences");
    expect(xliff.match(/<unit /g)).toHaveLength(4);
    expect(xliff.match(/<segment /g)).toHaveLength(1 + 3 + 3 + 1);
    expect(xliff).toContain("<ignorable>");
    expect(readBack(xliff, "frasi.sentences.xlf")).toEqual(readBack(writeXliff21(document), "frasi.xlf"));
    expect(readBack(xliff, "frasi.sentences.xlf").map((pair) => [pair.textIt, pair.textEn])).toEqual(
      document.paragraphs.map((pair) => [pair.textIt, pair.textEn]),
    );
  });
});

describe("XLIFF 1.2 by sentence", () => {
  it("writes a trans-unit per sentence link naming its pair, and reads back into the same pairs", () => {
    const xliff = writeXliff12(document, "sentences");
    expect(xliff.match(/<trans-unit /g)).toHaveLength(1 + 3 + 3 + 1);
    expect(xliff).toContain('id="2.3"');
    expect(xliff).toContain('af:space-it="  "');
    expect(readBack(xliff, "frasi.sentences.xlf")).toEqual(readBack(writeXliff12(document), "frasi.xlf"));
    expect(readBack(xliff, "frasi.sentences.xlf").map((pair) => [pair.textIt, pair.textEn, pair.translatorNote ?? null])).toEqual(
      document.paragraphs.map((pair) => [pair.textIt, pair.textEn, pair.translatorNote]),
    );
  });
});

function readBack(text: string, name: string) {
  const file = readExchangeFile(utf8(text), name);
  if (file.kind !== "document") throw new Error(`read as ${file.kind}`);
  return file.document.paragraphs;
}

describe("emphasis across sentences", () => {
  const pair = {
    textIt: "Prima frase qui. *Seconda frase in corsivo. Terza frase ancora.* Quarta frase alla fine.",
    textEn: "First sentence here. *Second sentence in italics. Third sentence still.* Fourth sentence at the end.",
    status: "translated" as const,
    translatorNote: null,
    headingLevel: null,
  };

  it("keeps the sentences a span runs across in one unit, so no unit's codes are cut in half", () => {
    expect(sentenceUnits(pair)).toEqual([
      { textIt: "Prima frase qui.", textEn: "First sentence here.", spaceIt: "", spaceEn: "" },
      {
        textIt: "*Seconda frase in corsivo. Terza frase ancora.*",
        textEn: "*Second sentence in italics. Third sentence still.*",
        spaceIt: " ",
        spaceEn: " ",
      },
      { textIt: "Quarta frase alla fine.", textEn: "Fourth sentence at the end.", spaceIt: " ", spaceEn: " " },
    ]);
  });

  it.each([
    { write: writeTmx, fileName: "s.tmx", open: '<bpt i="1" x="1" type="italic">&lt;i&gt;</bpt>Seconda' },
    { write: writeXliff12, fileName: "s.xlf", open: '<source><g id="1" ctype="italic">Seconda' },
    { write: writeXliff21, fileName: "s.xliff", open: '<source><pc id="1" type="fmt" subType="xlf:i">Seconda' },
  ])("$fileName by sentence writes balanced codes and reads the pair back exactly", ({ write, fileName, open }) => {
    const xml = write({ ...document, paragraphs: [pair] }, "sentences");
    expect(xml).toContain(open);
    const file = readExchangeFile(utf8(xml), fileName);
    if (file.kind !== "document") throw new Error(`read as ${file.kind}`);
    expect(file.document.paragraphs.map((read) => [read.textIt, read.textEn])).toEqual([[pair.textIt, pair.textEn]]);
  });
});
