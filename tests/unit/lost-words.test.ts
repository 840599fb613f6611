// Where the Italian source lost a word, the reader shows a marker (lib/reader/lost-words.ts):
// at the anchored place only, never in a text that no longer holds the anchor once.
import { describe, expect, it } from "vitest";
import { LOST_WORD, markLostWords, parseLostWords } from "@/lib/reader/lost-words";

const P3 = "i rappresentanti dei due Paesi hanno ribadito la relazione di amicizia che lega e Kazakhstan, nonché l’impegno";

describe("markLostWords", () => {
  it("puts the marker where the anchor says the word was", () => {
    expect(markLostWords(P3, [`che lega ${LOST_WORD}e Kazakhstan`])).toContain(`che lega ${LOST_WORD}e Kazakhstan, nonché`);
    expect(markLostWords(P3, [`che lega ${LOST_WORD}e Kazakhstan`]).replace(LOST_WORD, "")).toBe(P3);
  });

  it("marks nothing when the text no longer holds the anchor, or holds it twice", () => {
    expect(markLostWords("che lega la Cina e Kazakhstan", [`che lega ${LOST_WORD}e Kazakhstan`])).toBe("che lega la Cina e Kazakhstan");
    expect(markLostWords("in ha; in ha", [`in ${LOST_WORD}ha`])).toBe("in ha; in ha");
  });

  it("takes several anchors in one text", () => {
    expect(markLostWords("a b c d", [`a ${LOST_WORD}b`, `c ${LOST_WORD}d`])).toBe(`a ${LOST_WORD}b c ${LOST_WORD}d`);
  });
});

describe("parseLostWords", () => {
  it("reads the stored JSON array, and nothing from anything else", () => {
    expect(parseLostWords(JSON.stringify([`lega ${LOST_WORD}e`]))).toEqual([`lega ${LOST_WORD}e`]);
    expect(parseLostWords(null)).toEqual([]);
    expect(parseLostWords("not json")).toEqual([]);
    expect(parseLostWords(JSON.stringify({ at: 3 }))).toEqual([]);
    expect(parseLostWords(JSON.stringify(["no marker", 4]))).toEqual([]);
  });
});
