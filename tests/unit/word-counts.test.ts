import { describe, expect, it } from "vitest";
import { countWords, noWords, totalWords } from "@/lib/review/word-counts";

describe("countWords", () => {
  it("counts the runs of text between spaces; an elided article stays with its word", () => {
    expect(countWords("Nel 2018 la Cina e il Kazakhstan hanno firmato un accordo.")).toBe(11);
    expect(countWords("L’accordo dell’Asia centrale.")).toBe(3);
    expect(countWords("  China signed.  ")).toBe(2);
    expect(countWords("")).toBe(0);
    expect(countWords("   ")).toBe(0);
  });

  it("adds the statuses up", () => {
    const counts = noWords();
    counts.approved = { pairs: 2, it: 20, en: 18 };
    counts.draft = { pairs: 1, it: 7, en: 0 };
    expect(totalWords(counts)).toEqual({ pairs: 3, it: 27, en: 18 });
  });
});
