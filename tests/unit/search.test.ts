import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { createUser, type SessionUser } from "@/lib/auth/accounts";
import { db } from "@/lib/db";
import { importDocument } from "@/lib/import/import-document";
import { storeDocument } from "@/lib/import/store-document";
import { searchLibrary } from "@/lib/search";
import type { HighlightSegment } from "@/lib/search/highlight";
import { PAGE_SIZE } from "@/lib/search/search-paragraphs";
import { saveText } from "@/lib/review/edit-paragraph";
import { approvePair } from "@/lib/review/review-decision";
import { seedLibrary } from "@/prisma/seed/seed-library";

let translator: SessionUser;
let reviewer: SessionUser;

beforeAll(async () => {
  await seedLibrary(db);
  translator = await createUser(db, {
    username: "giulia",
    displayName: "Giulia Rossi",
    role: "translator",
    password: "correct horse battery",
  });
  reviewer = await createUser(db, { username: "marco", displayName: "Marco Bianchi", role: "reviewer", password: "correct horse battery" });
});

async function search(input: string, page = 1) {
  const outcome = await searchLibrary(input, page);
  if (!outcome) throw new Error(`"${input}" gave nothing to search for`);
  return outcome;
}

/** Where each pair was found, as "slug#position". */
async function found(input: string) {
  return (await search(input)).pairs.hits.map((hit) => `${hit.document.slug}#${hit.position}`);
}

const marked = (segments: readonly HighlightSegment[] | null) => (segments ?? []).filter((s) => s.hit).map((s) => s.text);
const plain = (segments: readonly HighlightSegment[] | null) => (segments ?? []).map((s) => s.text).join("");

async function storePairs(slug: string, paragraphs: { textIt: string; textEn?: string; status?: "draft" | "translated" | "approved" }[]) {
  await storeDocument(
    db,
    { slug, titleIt: `Prova ${slug}`, titleEn: `Test ${slug}`, originalTitle: slug, sourceName: "Test", attribution: "Test", paragraphs },
    { origin: "import" },
  );
  return db.paragraph.findMany({ where: { document: { slug } }, orderBy: { position: "asc" } });
}

describe("searching the seeded library", () => {
  it("finds dell’Asia as Asia in both halves, with the glossary term first", async () => {
    const outcome = await search("dell'Asia");
    expect(outcome.words).toEqual(["asia"]);
    expect(outcome.terms.map((term) => term.slug)[0]).toBe("asia-centrale");
    const first = outcome.pairs.hits.find((hit) => hit.position === 1);
    expect(first?.document.slug).toBe("cesi-cina-kazakhstan");
    expect(marked(first!.it)).toContain("Asia");
    expect(marked(first!.en)).toContain("Asia");
    expect(plain(first!.it)).toContain("Paesi dell’Asia Centrale");
    expect(outcome.pairs.texts).toBe(1);
  });

  it("finds accented words without accents, and words by their beginning", async () => {
    const outcome = await search("INSTABILITA");
    expect(outcome.pairs.hits.flatMap((hit) => marked(hit.it))).toContain("instabilità");
    expect(await found("Nazarb")).toEqual(["cesi-cina-kazakhstan#4"]);
  });

  it("requires every word, in either language", async () => {
    const both = await found("Xu Astana");
    expect(both).toContain("cesi-cina-kazakhstan#4");
    expect(both).not.toContain("cesi-cina-kazakhstan#1");
    // Italian and English words of the same pair.
    expect(await found("vicepresidente dialogue")).toEqual(["cesi-cina-kazakhstan#1"]);
  });

  it("finds a quoted phrase only where its words stand together, in that order", async () => {
    const pair = (textIt: string, textEn: string) => ({ textIt, textEn, status: "approved" as const });
    await storeDocument(
      db,
      {
        slug: "frasi-tra-virgolette",
        titleIt: "Frasi",
        titleEn: "Phrases",
        originalTitle: "Frasi",
        sourceName: "Prova",
        attribution: "Prova",
        paragraphs: [
          pair("La collaborazione navale tra i due Paesi crebbe.", "The two countries worked together at sea."),
          pair("Navale fu la flotta; la collaborazione venne dopo.", "The fleet came first; working together came later."),
        ],
      },
      { origin: "import" },
    );
    expect((await found("collaborazione navale")).sort()).toEqual(["frasi-tra-virgolette#1", "frasi-tra-virgolette#2"]);
    expect(await found('"collaborazione navale"')).toEqual(["frasi-tra-virgolette#1"]);
    expect(await found("“navale collaborazione”")).toEqual([]);
  });

  it("finds the British and the American spelling of a word either way", async () => {
    // The seed's English is British: "Shanghai Cooperation Organisation".
    const british = await found("Organisation");
    expect(british.length).toBeGreaterThan(0);
    expect(await found("Organization")).toEqual(british);
  });

  it("answers odd input exactly as the words in it, or with nothing to search for, never an error", async () => {
    // FTS5 syntax is not syntax here: each input finds what its words typed plainly find.
    const inputs: [string, string | null][] = [
      ['"', null],
      ["*", null],
      ["(", null],
      ["  ’ ", null],
      ["'".repeat(500), null],
      ['Cina"', "Cina"],
      ["-Cina", "Cina"],
      ["^Cina", "Cina"],
      ["😀 Cina", "Cina"],
      ["Cina ".repeat(100), "Cina"],
      ["col:Cina", "col Cina"],
      ["Cina OR", "Cina or"],
      ["NEAR(Cina Kazakhstan)", "near Cina Kazakhstan"],
      ['("Cina" -Kazakhstan*', "Cina Kazakhstan"],
    ];
    for (const [input, words] of inputs) {
      expect(await searchLibrary(input, 1), input).toEqual(words === null ? null : await searchLibrary(words, 1));
    }
    // Not two empty answers: the seed text has "Cina" and "Kazakhstan" together in two pairs
    // (four on PostgreSQL, whose Italian stemmer finds "Cina" in "cinese" too).
    expect((await search("Cina Kazakhstan")).pairs.total).toBe(process.env.DATABASE_URL!.startsWith("postgres") ? 4 : 2);
  });

  it("finds a word in its other forms, in either language: plurals, feminines, British -s", async () => {
    const text = async (input: string) => (await search(input)).pairs.hits.flatMap((hit) => [...hit.it, ...(hit.en ?? [])]);
    const hits = async (input: string) => (await text(input)).filter((segment) => segment.hit).map((segment) => segment.text.toLowerCase());
    // The seed's Italian says "relazione" and "relazioni", "confine" and "confini", "difensivo" and "difensiva";
    // its English "Organisation" (typed here in the plural). None is found by its beginning alone.
    for (const [typed, other] of [
      ["relazioni", "relazione"],
      ["confine", "confini"],
      ["difensivo", "difensiva"],
      ["organisations", "organisation"],
    ] as const) {
      expect(await hits(typed), typed).toContain(other);
    }
    // Each language's forms in its own half: on SQLite the Italian "parte" does not find the English "part" (stemmed
    // alike); PostgreSQL stems the query in each half's language, so there it does.
    if (!process.env.DATABASE_URL!.startsWith("postgres")) expect(await hits("parte")).not.toContain("part");
    // A stem gathers its own words only: "stati" (states) does not find "statistica" nor "status".
    expect((await hits("stati")).some((word) => word.startsWith("statis") || word.startsWith("statu"))).toBe(false);
  });

  it("finds a word in every spelling the glossary knows: Kazakistan as Kazakhstan", async () => {
    const kazakhstan = (await search("Kazakhstan")).pairs.total;
    expect(kazakhstan).toBeGreaterThan(5);
    expect((await search("Kazakistan")).pairs.total).toBe(kazakhstan);
    expect((await search("Kazakistan")).terms.map((term) => term.slug)).toContain("kazakhstan");
  });
});

describe("the index follows every change", () => {
  it("finds only the approved Italian and English, and follows approvals of either side", async () => {
    const [pair] = await storePairs("cormorani", [
      { textIt: "Il cormorano vola sul lago di Garda.", textEn: "The cormorant flies over Lake Garda.", status: "translated" },
    ]);
    expect(await found("cormorano")).toEqual(["cormorani#1"]);
    expect((await search("cormorano")).pairs.hits[0]?.en).toBeNull();
    expect(await found("cormorant")).toEqual([]);

    const approved = await approvePair(db, reviewer, { paragraphId: pair!.id, baseVersion: pair!.version });
    expect(approved.ok).toBe(true);
    expect(await found("cormorant")).toEqual(["cormorani#1"]);

    const editedIt = await saveText(db, reviewer, {
      paragraphId: pair!.id,
      language: "it",
      text: "Il gabbiano vola sul lago di Garda.",
      baseVersion: pair!.version + 1,
    });
    expect(editedIt.ok).toBe(true);
    // An edit of either side waits for review: readers, and so the search, still see the approved texts.
    const editedEn = await saveText(db, translator, {
      paragraphId: pair!.id,
      language: "en",
      text: "The gull flies over Lake Garda.",
      baseVersion: pair!.version + 2,
    });
    expect(editedEn.ok).toBe(true);
    expect(await found("gabbiano")).toEqual([]);
    expect(await found("gull")).toEqual([]);
    expect(await found("cormorano cormorant")).toEqual(["cormorani#1"]);

    expect((await approvePair(db, reviewer, { paragraphId: pair!.id, baseVersion: pair!.version + 3 })).ok).toBe(true);
    expect(await found("gabbiano gull")).toEqual(["cormorani#1"]);
    expect(await found("cormorano")).toEqual([]);
    expect(await found("cormorant")).toEqual([]);
  });

  it("forgets a deleted text", async () => {
    await storePairs("da-cancellare", [{ textIt: "Un fenicottero rosa.", textEn: "A pink flamingo.", status: "approved" }]);
    expect(await found("fenicottero flamingo")).toEqual(["da-cancellare#1"]);
    await db.document.delete({ where: { slug: "da-cancellare" } });
    expect(await found("fenicottero")).toEqual([]);
  });

  it("finds a text imported from files, its English once published", async () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), "a-fronte-search-"));
    const italian = path.join(folder, "airone.it.txt");
    const english = path.join(folder, "airone.en.txt");
    fs.writeFileSync(italian, "L’AIRONE CENERINO\n\nL’airone cenerino nidifica nelle garzaie della pianura.\n\nFonte\nRedazione\n");
    fs.writeFileSync(english, "THE GREY HERON\n\nThe grey heron nests in the heronries of the plain.\n");
    const read = (file: string) => ({ name: path.basename(file), bytes: fs.readFileSync(file) });
    await importDocument(db, { italian: read(italian), english: read(english), publish: true });

    const outcome = await search("l'airone heronries");
    expect(outcome.pairs.hits.map((hit) => [hit.document.slug, hit.position, marked(hit.it), marked(hit.en)])).toEqual([
      ["airone", 1, ["airone"], ["heronries"]],
    ]);
  });
});

describe("counting and paging", () => {
  it("counts every matching pair and text, and pages through them best first", async () => {
    await storePairs(
      "ghiandaie-a",
      Array.from({ length: 30 }, (_, i) => ({ textIt: `La ghiandaia numero ${i + 1} nasconde ghiande.` })),
    );
    await storePairs("ghiandaie-b", [
      ...Array.from({ length: 14 }, (_, i) => ({ textIt: `Un’altra ghiandaia, la ${i + 1}.` })),
      { textIt: "Ghiandaia, ghiandaia, ghiandaia: la ghiandaia è ovunque." },
    ]);
    const first = await search("ghiandaia");
    expect(first.pairs).toMatchObject({ total: 45, texts: 2, page: 1, pageCount: Math.ceil(45 / PAGE_SIZE) });
    expect(first.pairs.hits).toHaveLength(PAGE_SIZE);
    // bm25: the pair that says it four times comes first.
    expect(first.pairs.hits[0]).toMatchObject({ document: { slug: "ghiandaie-b" }, position: 15 });

    const pages = await Promise.all([1, 2, 3].map((page) => search("ghiandaia", page)));
    const seen = pages.flatMap((page) => page.pairs.hits.map((hit) => `${hit.document.slug}#${hit.position}`));
    expect(new Set(seen).size).toBe(45);

    const past = await search("ghiandaia", 4);
    expect(past.pairs).toMatchObject({ total: 45, texts: 2, hits: [] });
  });
});
