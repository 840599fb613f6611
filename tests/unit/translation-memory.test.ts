// Translation memory (lib/memory): a TMX brought in as a memory rather than a text,
// fuzzy matches for a pair's Italian from the memories and every approved pair, and the
// concordance of a word or phrase in both languages.
import { beforeAll, describe, expect, it } from "vitest";
import { createUser, type SessionUser } from "@/lib/auth/accounts";
import { db } from "@/lib/db";
import { storeDocument } from "@/lib/import/store-document";
import { concordance } from "@/lib/memory/concordance";
import { fuzzyMatches } from "@/lib/memory/fuzzy-matches";
import { importMemory, listMemories, removeMemory } from "@/lib/memory/memory-store";
import { similarity } from "@/lib/text/similarity";
import { buildSearchQuery } from "@/lib/search/search-query";
import { snapshotTables } from "../support/snapshot";

let admin: SessionUser;
let translator: SessionUser;

/** A TMX as OmegaT writes a project memory: units in alphabetical order, no properties of ours. */
const OMEGAT_TMX = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE tmx SYSTEM "tmx11.dtd">
<tmx version="1.1">
  <header creationtool="OmegaT" o-tmf="OmegaT TMX" adminlang="EN-US" datatype="plaintext" creationtoolversion="6.0.0" segtype="sentence" srclang="IT"/>
  <body>
    <tu><tuv lang="IT"><seg>Il ministro degli esteri ha visitato Astana in primavera.</seg></tuv><tuv lang="EN-GB"><seg>The foreign minister visited Astana in the spring.</seg></tuv></tu>
    <tu><tuv lang="IT"><seg>La cooperazione militare resta limitata.</seg></tuv><tuv lang="EN-GB"><seg>Military cooperation remains limited.</seg></tuv></tu>
    <tu><tuv lang="IT"><seg>Solo italiano.</seg></tuv><tuv lang="EN-GB"><seg></seg></tuv></tu>
    <tu><tuv><seg>Senza lingua.</seg></tuv><tuv lang="EN-GB"><seg>No language.</seg></tuv></tu>
  </body>
</tmx>`;

function tmxForm(text: string, name = "progetto.tmx", given = "") {
  const form = new FormData();
  form.set("file", new File([text], name));
  form.set("name", given);
  return form;
}

beforeAll(async () => {
  admin = await createUser(db, { username: "giulia", displayName: "Giulia", role: "admin", password: "correct horse battery" });
  translator = await createUser(db, { username: "marco", displayName: "Marco", role: "translator", password: "correct horse battery" });
  await storeDocument(
    db,
    {
      slug: "memoria",
      titleIt: "Memoria",
      titleEn: "Memory",
      originalTitle: "Memoria",
      sourceName: "Prova",
      attribution: "Prova",
      paragraphs: [
        {
          textIt: "Il presidente cinese ha incontrato il presidente kazako ad Astana nel mese di giugno.",
          textEn: "The Chinese president met the Kazakh president in Astana in June.",
          status: "approved",
        },
        {
          textIt: "Le esercitazioni congiunte si sono svolte vicino al confine.",
          textEn: "The joint exercises took place near the border.",
          status: "approved",
        },
        // Not approved: its English is nobody's translation yet.
        {
          textIt: "Il presidente cinese ha incontrato il presidente kazako ad Astana nel mese di luglio.",
          textEn: "Draft.",
          status: "translated",
        },
      ],
    },
    { origin: "import" },
  );
});

describe("similarity", () => {
  it("counts the words to change against the longer segment, not case, accents or spacing", () => {
    expect(similarity("La cooperazione militare resta limitata.", "la  cooperazione militare resta limitata.")).toBe(1);
    expect(similarity("Perché la virtù", "perche la virtu")).toBe(1);
    // One word of ten (and the full stop) changed.
    expect(
      similarity("uno due tre quattro cinque sei sette otto nove dieci.", "uno due tre quattro cinque sei sette otto nove undici."),
    ).toBeCloseTo(10 / 11);
    expect(similarity("completamente diverso", "nulla in comune qui")).toBe(0);
  });
});

describe("translation memory", () => {
  it("brings a TMX in as a memory, not a text: its units with both languages, others (no English, no language) counted", async () => {
    const documents = await db.document.count();
    expect(await importMemory(db, admin, tmxForm(OMEGAT_TMX))).toEqual({ ok: true, name: "progetto", units: 2, skipped: 2 });
    expect(await db.document.count()).toBe(documents);
    expect(await listMemories(db)).toMatchObject([{ name: "progetto", units: 2 }]);
  });

  it("reads a memory's inline codes as the texts' emphasis, and a literal asterisk as a character", async () => {
    const tmx = `<tmx version="1.4"><header srclang="it" segtype="paragraph" datatype="plaintext" adminlang="en" creationtool="t" creationtoolversion="1" o-tmf="t"/><body>
      <tu><tuv lang="it"><seg>La <bpt i="1" type="italic">&lt;i&gt;</bpt>cooperazione<ept i="1">&lt;/i&gt;</ept> vale 2 * 3.</seg></tuv>
      <tuv lang="en"><seg>The <bpt i="1" type="italic">&lt;i&gt;</bpt>cooperation<ept i="1">&lt;/i&gt;</ept> is worth 2 * 3.</seg></tuv></tu></body></tmx>`;
    expect(await importMemory(db, admin, tmxForm(tmx, "codici.tmx"))).toMatchObject({ ok: true, units: 1 });
    const unit = await db.memoryUnit.findFirstOrThrow({ where: { memory: { name: "codici" } } });
    expect(unit).toMatchObject({ textIt: "La *cooperazione* vale 2 \\* 3.", textEn: "The *cooperation* is worth 2 \\* 3." });
    await db.memory.deleteMany({ where: { name: "codici" } });
  });

  it("refuses a translator, a file that is not TMX, a taken name and a broken file, changing nothing", async () => {
    const before = await snapshotTables(db);
    expect(await importMemory(db, translator, tmxForm(OMEGAT_TMX, "altro.tmx"))).toMatchObject({ ok: false, status: 403 });
    expect(await importMemory(db, admin, tmxForm(OMEGAT_TMX, "progetto.xlf"))).toMatchObject({ ok: false, error: "refused" });
    expect(await importMemory(db, admin, tmxForm(OMEGAT_TMX, "altro.tmx", "progetto"))).toMatchObject({
      ok: false,
      error: "name-taken",
      name: "progetto",
    });
    expect(await importMemory(db, admin, tmxForm("<tmx version='1.4'><body><tu>", "rotto.tmx"))).toMatchObject({
      ok: false,
      error: "refused",
    });
    expect(await importMemory(db, admin, new FormData())).toMatchObject({ ok: false, error: "missing-file" });
    expect(await snapshotTables(db)).toEqual(before);
  });

  it("offers fuzzy matches from approved pairs and memories, most alike first, with what differs in the Italian", async () => {
    const pairs = await db.paragraph.findMany({ where: { document: { slug: "memoria" } }, orderBy: { position: "asc" } });
    const matches = await fuzzyMatches(db, pairs[2]!.textIt, pairs[2]!.id);
    expect(matches.map((match) => [match.textEn, Math.round(match.similarity * 100), match.from.kind])).toEqual([
      ["The Chinese president met the Kazakh president in Astana in June.", 93, "pair"],
    ]);
    expect(matches[0]!.from).toEqual({ kind: "pair", slug: "memoria", title: "Memoria", position: 1 });
    expect(matches[0]!.sourceDiff.filter((part) => part.kind !== "same").map((part) => [part.kind, part.text])).toEqual([
      ["removed", "giugno"],
      ["added", "luglio"],
    ]);

    const fromMemory = await fuzzyMatches(db, "La cooperazione militare resta molto limitata.");
    expect(fromMemory.map((match) => [match.textEn, Math.round(match.similarity * 100), match.from])).toEqual([
      ["Military cooperation remains limited.", 86, { kind: "memory", name: "progetto" }],
    ]);
    // Nothing alike enough: no match rather than a poor one.
    expect(await fuzzyMatches(db, "Un ornitorinco attraversa la strada.")).toEqual([]);
  });

  it("finds a word or a phrase in both languages, in approved pairs and in memories", async () => {
    const found = await concordance(db, buildSearchQuery("Astana")!);
    // The pair under review is found by its Italian, with no English: none was approved yet.
    expect(found.pairs.hits.map((hit) => [hit.position, hit.en === null])).toEqual([
      [1, false],
      [3, true],
    ]);
    expect(found.memory.map((hit) => [hit.memory, hit.en.map((part) => part.text).join("")])).toEqual([
      ["progetto", "The foreign minister visited Astana in the spring."],
    ]);
    expect(found.memory[0]!.it.filter((part) => part.hit).map((part) => part.text)).toEqual(["Astana"]);
    const english = await concordance(db, buildSearchQuery('"military cooperation"')!);
    expect(english.memory.map((hit) => hit.it.map((part) => part.text).join(""))).toEqual(["La cooperazione militare resta limitata."]);
    expect(english.pairs.total).toBe(0);
  });

  it("removes a memory with its units: its matches go with it", async () => {
    const [memory] = await listMemories(db);
    expect(await removeMemory(db, translator, { id: memory!.id })).toMatchObject({ ok: false, status: 403 });
    expect(await removeMemory(db, admin, { id: memory!.id })).toEqual({ ok: true });
    expect(await db.memoryUnit.count()).toBe(0);
    expect(await fuzzyMatches(db, "La cooperazione militare resta molto limitata.")).toEqual([]);
  });
});
