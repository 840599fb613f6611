import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { parsePlainText } from "@/lib/import/plain-text";
import { translation } from "@/prisma/seed/cesi-cina-kazakhstan.en";
import { LOST_WORD, markLostWords } from "@/lib/reader/lost-words";
import { editorialPass, lostWords, revisedTranslation } from "@/prisma/seed/editorial-pass";
import { glossary } from "@/prisma/seed/glossary";
import { SEED_TEXT_FILE } from "@/prisma/seed/seed-library";

const italian = parsePlainText(fs.readFileSync(SEED_TEXT_FILE)).paragraphs;
// The English as readers get it: the first edition revised by the editorial pass.
const revised = revisedTranslation();
const english = revised.map((paragraph) => paragraph.en);
// The source's name is marked in the reader too (its publisher has an entry).
const italianText = [...italian, translation.sourceName].join("\n");
const englishText = [translation.titleEn, ...english, translation.sourceName].join("\n");
const notes = revised.flatMap((paragraph) => paragraph.note ?? []).join("\n");

// Where the scraped source lost a word, and the word restored in the English.
const GAPS = new Map([
  [3, "[China]"],
  [4, "[China]"],
  [6, "[China]’s"],
  [10, "[relationship]"],
  [13, "[Afghanistan]"],
]);

function occurs(text: string, form: string): boolean {
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${form.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\p{L}\\p{N}])`, "iu");
  return pattern.test(text);
}

describe("the English translation", () => {
  it("has one paragraph per Italian paragraph, in order", () => {
    expect(english).toHaveLength(italian.length);
    translation.paragraphs.forEach((paragraph, index) => expect(italian[index]).toMatch(new RegExp(`^${paragraph.it}`)));
  });

  it("restores every lost word as a bracketed insertion explained in a note, and nowhere else", () => {
    for (const edition of [
      translation.paragraphs.map((paragraph) => ({ en: paragraph.en, note: "note" in paragraph ? paragraph.note : null })),
      revised,
    ]) {
      edition.forEach((paragraph, index) => {
        const number = index + 1;
        const restored = GAPS.get(number);
        if (restored) {
          expect(paragraph.en, `paragraph ${number}`).toContain(restored);
          expect(paragraph.note, `note on paragraph ${number}`).toMatch(/source lacks/);
        } else {
          expect(paragraph.en, `paragraph ${number}`).not.toMatch(/\[/);
        }
      });
    }
  });

  it("marks in the Italian, for display, each place where the source lost a word: one marker per restored word", () => {
    expect(lostWords.map((entry) => entry.position)).toEqual([...GAPS.keys()]);
    for (const { position, anchors } of lostWords) {
      const marked = markLostWords(italian[position - 1]!, anchors);
      expect(marked.split(LOST_WORD).length - 1, `paragraph ${position}`).toBe(1);
      expect(marked.replace(LOST_WORD, ""), `paragraph ${position}`).toBe(italian[position - 1]);
    }
  });

  it("revises the first edition only where a reason is given, one change per text and pair", () => {
    const seen = new Set<string>();
    for (const change of editorialPass) {
      const first = translation.paragraphs[change.position - 1];
      expect(first, `paragraph ${change.position}`).toBeDefined();
      const before = change.field === "text" ? first!.en : first && "note" in first ? first.note : "";
      expect(change.after, `paragraph ${change.position}`).not.toBe(before);
      expect(change.reason.length, `reason for paragraph ${change.position}`).toBeGreaterThan(20);
      const key = `${change.position}:${change.field}`;
      expect(seen.has(key), key).toBe(false);
      seen.add(key);
    }
  });

  it("keeps every number and year of the Italian", () => {
    italian.forEach((paragraph, index) => {
      for (const number of paragraph.match(/\d+/g) ?? []) expect(english[index], `paragraph ${index + 1}`).toContain(number);
    });
  });

  it("uses typographic apostrophes like the Italian source, in the notes too", () => {
    expect(englishText).not.toContain("'");
    expect(notes).not.toContain("'");
  });
});

describe("the glossary", () => {
  it("gives every term both headwords and a definition in each language", () => {
    for (const term of glossary) {
      expect(term.definitionIt?.length, term.slug).toBeGreaterThan(40);
      expect(term.definitionEn?.length, term.slug).toBeGreaterThan(40);
      if (term.abbreviation) expect(term.expansionEn && term.expansionIt, term.slug).toBeTruthy();
    }
    expect(new Set(glossary.map((term) => term.slug)).size).toBe(glossary.length);
  });

  it("lists forms that occur in the text in both languages", () => {
    for (const term of glossary) {
      // Afghanistan is the one word the Italian source lost: it occurs only in the English.
      if (term.slug !== "afghanistan")
        expect(
          term.formsIt?.some((form) => occurs(italianText, form)),
          term.slug,
        ).toBe(true);
      expect(
        term.formsEn?.some((form) => occurs(englishText, form)),
        term.slug,
      ).toBe(true);
    }
  });

  it("covers the inflected and elided forms a reader meets in the Italian", () => {
    const allForms = glossary.flatMap((term) => term.formsIt ?? []);
    const covered = (phrase: string) => allForms.some((form) => phrase.toLowerCase().endsWith(form.toLowerCase()));
    for (const phrase of [
      "dell’Unione Sovietica",
      "dell’Asia Centrale",
      "centro-asiatico",
      "centro-asiatiche",
      "sino-kazakha",
      "sino-kazakhe",
      "sino-kazakho",
      "Shanghai Cooperation Organization",
      "della SCO",
      "Guerra fredda",
      "frattura sino-sovietica",
      "ex spazio sovietico",
      "Commissione Militare Centrale",
    ]) {
      expect(italianText, phrase).toContain(phrase);
      expect(covered(phrase), phrase).toBe(true);
    }
  });
});
