import { describe, expect, it } from "vitest";
import { createGlossaryMatchers } from "@/lib/glossary/mark-paragraphs";
import { buildReaderPairs } from "@/lib/reader/reader-pairs";

const matchers = createGlossaryMatchers([
  {
    slug: "unione-sovietica",
    forms: [
      { language: "it", form: "Unione Sovietica" },
      { language: "en", form: "Soviet Union" },
    ],
  },
  {
    slug: "cina",
    forms: [
      { language: "it", form: "Cina" },
      { language: "en", form: "China" },
    ],
  },
  {
    slug: "sco",
    forms: [
      { language: "it", form: "SCO" },
      { language: "en", form: "SCO" },
    ],
  },
]);

describe("buildReaderPairs", () => {
  const { pairs, terms } = buildReaderPairs(
    [
      {
        position: 1,
        textIt: "Dopo la fine dell’Unione Sovietica la Cina cambiò.",
        textEn: "After the end of the Soviet Union China changed.",
        translatorNote: null,
        published: "approved",
        reviewedBy: "Giovanna Neri",
        reviewedAt: new Date("2026-11-27T10:00:00Z"),
      },
      {
        position: 2,
        textIt: "Un paragrafo senza termini.",
        textEn: "",
        translatorNote: "Not translated yet.",
        published: "unpublished",
        reviewedBy: null,
        reviewedAt: null,
      },
    ],
    matchers,
  );

  it("marks each language's terms with that language's forms, keeping the text whole", () => {
    expect(pairs[0]?.text.it).toEqual([
      { text: "Dopo la fine dell’" },
      { text: "Unione Sovietica", slug: "unione-sovietica" },
      { text: " la " },
      { text: "Cina", slug: "cina" },
      { text: " cambiò." },
    ]);
    expect(pairs[0]?.text.en.filter((segment) => "slug" in segment).map((segment) => segment.text)).toEqual(["Soviet Union", "China"]);
  });

  it("keeps order, notes, and an empty English as no segments", () => {
    expect(pairs.map((pair) => pair.position)).toEqual([1, 2]);
    expect(pairs[1]?.text.it).toEqual([{ text: "Un paragrafo senza termini." }]);
    expect(pairs[1]?.text.en).toEqual([]);
    expect(pairs[1]?.translatorNote).toBe("Not translated yet.");
  });

  it("reports only the terms that occur, so the page carries only their definitions", () => {
    expect([...terms].sort()).toEqual(["cina", "unione-sovietica"]);
  });
});
