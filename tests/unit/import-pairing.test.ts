import { describe, expect, it } from "vitest";
import { ImportError } from "@/lib/core/import-error";
import { pairBlocks, toNewParagraphs } from "@/lib/import/pair-blocks";
import type { TextBlock } from "@/lib/import/source-text";
import { english, englishWithSplit, italian } from "./import-texts";

const body = (texts: readonly string[]): TextBlock[] => texts.map((text) => ({ text }));
const heading = (text: string, headingLevel = 2): TextBlock => ({ text, headingLevel });

describe("pairBlocks", () => {
  it("pairs one to one when the paragraphs match in number and length, each pair with the aligner's confidence", () => {
    const pairs = pairBlocks(body(italian), body(english));
    expect(pairs).toHaveLength(15);
    expect(pairs.every((pair) => pair.kind === "1:1" && pair.confidence! > 0.5)).toBe(true);
    expect(pairs[7]).toMatchObject({ textIt: italian[7], textEn: english[7] });
  });

  it("sees through equal counts: two paragraphs merged in the English and one split further on are not paired one to one", () => {
    const split = englishWithSplit(10);
    const shifted = [...split.slice(0, 3), `${split[3]} ${split[4]}`, ...split.slice(5)];
    expect(shifted).toHaveLength(italian.length);
    const pairs = pairBlocks(body(italian), body(shifted));
    expect(pairs.map((pair) => pair.kind)).toEqual([
      ...Array(3).fill("1:1"),
      "2:1",
      ...Array(5).fill("1:1"),
      "1:2",
      ...Array(4).fill("1:1"),
    ]);
    // Every Italian paragraph is with its own English.
    expect(pairs[3]).toMatchObject({ textIt: `${italian[3]} ${italian[4]}`, textEn: `${english[3]} ${english[4]}` });
    expect(pairs[9]).toMatchObject({ textIt: italian[10], textEn: english[10] });
    expect(pairs.at(-1)).toMatchObject({ textIt: italian[14], textEn: english[14] });
  });

  it("aligns an English with a paragraph cut in two: the two halves join the one Italian paragraph", () => {
    const pairs = pairBlocks(body(italian), body(englishWithSplit(3)));
    expect(pairs).toHaveLength(15);
    expect(pairs.map((pair) => pair.kind)).toEqual([...Array(3).fill("1:1"), "1:2", ...Array(11).fill("1:1")]);
    expect(pairs[3]?.textEn).toBe(english[3]);
    expect(pairs.every((pair, index) => pair.textIt === italian[index])).toBe(true);
    expect(pairs[3]?.confidence).toBeGreaterThan(0.9);
  });

  it("aligns two Italian paragraphs with one English (2:1), joined by a space", () => {
    const merged = [...english.slice(0, 6), `${english[6]} ${english[7]}`, ...english.slice(8)];
    const pairs = pairBlocks(body(italian), body(merged));
    expect(pairs[6]).toMatchObject({ kind: "2:1", textIt: `${italian[6]} ${italian[7]}`, textEn: `${english[6]} ${english[7]}` });
    expect(pairs).toHaveLength(14);
  });

  it("pairs heading with heading and aligns the body section by section when the headings correspond", () => {
    const itBlocks = [heading("Il viaggio"), ...body(italian.slice(0, 5)), heading("Le origini"), ...body(italian.slice(5))];
    const split = englishWithSplit(1);
    const enBlocks = [heading("The journey"), ...body(split.slice(0, 6)), heading("The origins"), ...body(split.slice(6))];
    const pairs = pairBlocks(itBlocks, enBlocks);
    expect(pairs.filter((pair) => pair.headingLevel)).toEqual([
      { textIt: "Il viaggio", textEn: "The journey", headingLevel: 2, kind: "1:1" },
      { textIt: "Le origini", textEn: "The origins", headingLevel: 2, kind: "1:1" },
    ]);
    expect(pairs[2]).toMatchObject({ kind: "1:2", textEn: english[1] });
    // The second section matched one to one.
    expect(pairs.slice(7).every((pair) => pair.kind === "1:1" && pair.confidence! > 0.5)).toBe(true);
  });

  it("aligns everything as one sequence when the headings differ, keeping a heading that stays on its own", () => {
    const itBlocks = [...body(italian.slice(0, 5)), heading("Le origini del rapporto tra i due Paesi"), ...body(italian.slice(5))];
    const enBlocks = body(englishWithSplit(9));
    const pairs = pairBlocks(itBlocks, enBlocks);
    const headingPair = pairs.find((pair) => pair.textIt.startsWith("Le origini"));
    // Nothing in the English answers the heading: it stays an Italian heading with no English.
    expect(headingPair).toMatchObject({ headingLevel: 2, textEn: "", kind: "1:0", confidence: 0 });
    expect(pairs.find((pair) => pair.kind === "1:2")?.textEn).toBe(english[9]);
    // The bodies were aligned without the heading in the way.
    expect(pairs.filter((pair) => !pair.headingLevel).map((pair) => pair.textIt)).toEqual(italian);
    expect(pairs.indexOf(headingPair!)).toBe(5);
  });

  it("pairs headings that stand at the same place even when the other headings differ", () => {
    const itBlocks = [heading("Il viaggio"), ...body(italian.slice(0, 5)), heading("Le origini", 3), ...body(italian.slice(5))];
    const enBlocks = [heading("The journey"), ...body(englishWithSplit(12))];
    const pairs = pairBlocks(itBlocks, enBlocks);
    expect(pairs[0]).toEqual({ textIt: "Il viaggio", textEn: "The journey", headingLevel: 2, kind: "1:1" });
    expect(pairs[6]).toEqual({ textIt: "Le origini", textEn: "", headingLevel: 3, kind: "1:0", confidence: 0 });
    expect(pairs.filter((pair) => !pair.headingLevel).map((pair) => pair.textEn)).toEqual(english);
  });

  it("leaves every pair without English when no English is given", () => {
    const pairs = pairBlocks([heading("Capitolo"), ...body(italian.slice(0, 2))], null);
    expect(pairs.map((pair) => [pair.textIt.slice(0, 8), pair.textEn, pair.headingLevel])).toEqual([
      ["Capitolo", "", 2],
      [italian[0]!.slice(0, 8), "", undefined],
      [italian[1]!.slice(0, 8), "", undefined],
    ]);
  });

  it("refuses an English that is not a translation of the Italian", () => {
    const unrelated = ["Short.", "Also short.", "Tiny."];
    let error: unknown;
    try {
      pairBlocks(body(italian), body(unrelated));
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ImportError);
    expect((error as ImportError).code).toBe("unalignable");
  });
});

describe("toNewParagraphs", () => {
  it("makes pairs with English translated, or approved when published unless the aligner doubts them", () => {
    const paragraphs = toNewParagraphs(
      [
        { textIt: "Uno.", textEn: "One.", kind: "1:1" },
        { textIt: "Due.", textEn: "Two.", kind: "1:2", confidence: 0.97 },
        { textIt: "Tre.", textEn: "Three.", kind: "2:1", confidence: 0.4 },
        { textIt: "Quattro.", textEn: "", kind: "1:0", confidence: 0 },
        { textIt: "", textEn: "Five.", kind: "0:1", confidence: 0 },
      ],
      true,
    );
    expect(paragraphs.map((paragraph) => paragraph.status)).toEqual(["approved", "approved", "translated", "draft", "translated"]);
    expect(paragraphs.map((paragraph) => paragraph.alignmentConfidence)).toEqual([undefined, 0.97, 0.4, 0, 0]);
    expect(toNewParagraphs([{ textIt: "Uno.", textEn: "One.", kind: "1:1" }], false)[0]?.status).toBe("translated");
  });
});
