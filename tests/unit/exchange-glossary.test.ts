import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { newTermSchema, type NewTerm } from "@/lib/glossary/new-term";
import { storeTerms } from "@/lib/glossary/store-terms";
import { readExchangeFile } from "@/lib/exchange/read-exchange-file";
import { writeGlossaryCsv } from "@/lib/exchange/glossary-csv";
import { writeTbx } from "@/lib/exchange/tbx";
import { ImportError } from "@/lib/import/import-error";
import { glossary } from "@/prisma/seed/glossary";
import { snapshotTables } from "../support/snapshot";
import { utf8 } from "../support/files";

/** The seed glossary as an import gives it back: validated, forms listed. */
const seedTerms = glossary.map((term) => newTermSchema.parse(term));

/** A term made to trip CSV and XML writers: quotes, commas, line breaks, markup characters. */
const awkward: NewTerm = {
  slug: "accordo-di-difesa",
  kind: "concept",
  termIt: "accordo \"di difesa\", bilaterale",
  termEn: "defence <pact> & treaty",
  definitionIt: "Un accordo, detto \"di difesa\";\nsu due righe, con «virgolette».",
  definitionEn: "An agreement, called \"defence\";\non two lines, with ‘quotes’.",
  formsIt: ["accordo \"di difesa\", bilaterale", "accordi di difesa"],
  formsEn: ["defence <pact> & treaty"],
};

function readTerms(text: string, fileName: string) {
  const file = readExchangeFile(utf8(text), fileName);
  if (file.kind !== "terms") throw new Error(`read as ${file.kind}`);
  return file.terms;
}

describe.each([
  { name: "TBX", write: writeTbx, fileName: "glossary.tbx" },
  { name: "CSV", write: writeGlossaryCsv, fileName: "glossary.csv" },
])("$name round trip", ({ write, fileName }) => {
  it("gives back every term of the real glossary exactly, forms in order", () => {
    expect(readTerms(write(seedTerms), fileName)).toEqual(seedTerms);
  });

  it("keeps quotes, commas, line breaks and markup characters", () => {
    const term = newTermSchema.parse(awkward);
    expect(readTerms(write([term]), fileName)).toEqual([term]);
  });
});

describe("glossary CSV from people and spreadsheets", () => {
  it("needs only the headwords and definitions; slug, kind and forms follow from them", () => {
    const csv = 'termIt,termEn,definitionIt,definitionEn\r\n"Forze Armate, italiane","Armed Forces","Le forze ""armate"".","The armed forces."\r\n';
    expect(readTerms(csv, "short.csv")).toEqual([
      {
        slug: "forze-armate-italiane",
        kind: "concept",
        termIt: "Forze Armate, italiane",
        termEn: "Armed Forces",
        definitionIt: 'Le forze "armate".',
        definitionEn: "The armed forces.",
        formsIt: ["Forze Armate, italiane"],
        formsEn: ["Armed Forces"],
      },
    ]);
  });

  it("names an unknown column, a missing one, a bad row and broken quoting", () => {
    const message = (csv: string) => {
      try {
        readExchangeFile(utf8(csv), "terms.csv");
      } catch (error) {
        if (error instanceof ImportError) return `${error.code}: ${error.message}`;
      }
      return "accepted";
    };
    expect(message("termIt,termEn,definitionIt,definizione\na,b,c,d\n")).toContain("columns A Fronte does not know: definizione");
    expect(message("termIt,termEn,definitionIt\na,b,c\n")).toContain("lacks the column(s) definitionEn");
    expect(message("termIt,termEn,definitionIt,definitionEn,kind\na,b,c,d,animal\n")).toMatch(/^invalid-csv: terms\.csv: row 2 was refused: .*kind/s);
    expect(message('termIt,termEn,definitionIt,definitionEn\n"a,b,c,d\n')).toMatch(/^invalid-csv: terms\.csv is not valid CSV/);
    expect(message("termIt,termEn,definitionIt,definitionEn\na,b,c,d\na,e,f,g\n")).toContain('row 3 has the slug "a", like a row before it');
  });
});

describe("storeTerms", () => {
  beforeEach(async () => {
    await db.glossaryTerm.deleteMany();
  });

  it("adds new terms, replaces changed ones and leaves identical ones, forms included", async () => {
    const [first, second] = seedTerms;
    if (!first || !second) throw new Error("the seed glossary is empty");
    expect(await storeTerms(db, [first, second])).toEqual({ added: 2, updated: 0, unchanged: 0 });

    const changed = { ...second, definitionEn: "A corrected definition.", formsEn: ["Only this form"] };
    const awkwardTerm = newTermSchema.parse(awkward);
    expect(await storeTerms(db, [first, changed, awkwardTerm])).toEqual({ added: 1, updated: 1, unchanged: 1 });

    const stored = await db.glossaryTerm.findUnique({ where: { slug: second.slug }, include: { forms: { orderBy: { id: "asc" } } } });
    expect(stored?.definitionEn).toBe("A corrected definition.");
    expect(stored?.forms.filter((form) => form.language === "en").map((form) => form.form)).toEqual(["Only this form"]);
    expect(stored?.forms.filter((form) => form.language === "it").map((form) => form.form)).toEqual(second.formsIt);
    expect(await db.glossaryTerm.count()).toBe(3);
  });

  it("stores all or nothing: one invalid term, or two with one slug, leave the glossary as it was", async () => {
    const [first, second] = seedTerms;
    if (!first || !second) throw new Error("the seed glossary is empty");
    await storeTerms(db, [first]);
    const before = await snapshotTables(db);

    const invalid = { ...second, definitionIt: "" };
    await expect(storeTerms(db, [{ ...first, termEn: "Changed" }, invalid])).rejects.toThrow(/definitionIt/);
    await expect(storeTerms(db, [second, { ...second, termEn: "Again" }])).rejects.toThrow(`"${second.slug}" is used by more than one term`);
    expect(await snapshotTables(db)).toEqual(before);
  });
});
