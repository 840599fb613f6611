import { describe, expect, it } from "vitest";
import { rebaseEdits } from "@/lib/review/rebase-edits";

const base = { it: "Testo.", en: "Text.", note: "" };

describe("rebaseEdits: a refused save takes in what others changed", () => {
  it("keeps the user's edit and takes the other person's change to another text: no clash", () => {
    const mine = { ...base, note: "My note." };
    const newer = { ...base, en: "Their text." };
    expect(rebaseEdits(mine, base, newer)).toEqual({ texts: { it: "Testo.", en: "Their text.", note: "My note." }, clash: null });
  });

  it("names the text both changed, and keeps the user's version of it to merge", () => {
    const mine = { ...base, it: "Testo mio.", en: "My text." };
    const newer = { ...base, en: "Their text." };
    expect(rebaseEdits(mine, base, newer)).toEqual({ texts: { it: "Testo mio.", en: "My text.", note: "" }, clash: "en" });
  });

  it("is no clash when both wrote the same thing", () => {
    const mine = { ...base, en: "Same." };
    expect(rebaseEdits(mine, base, { ...base, en: "Same." }).clash).toBeNull();
  });
});
