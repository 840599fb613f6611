// Interoperability with a real tool: Debian's translate-toolkit (python3-translate)
// reads what we write and writes what we read, through real subprocesses.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getGlossaryTerms, getWorkingEdition } from "@/lib/exchange/editions";
import { readAllPairs } from "@/lib/exchange/exchange-document";
import { sentenceUnits } from "@/lib/exchange/sentence-units";
import type { ExchangeDocument } from "@/lib/exchange/exchange-document";
import { readExchangeFile } from "@/lib/exchange/read-exchange-file";
import { writeTbx } from "@/lib/exchange/tbx";
import { writeTmx } from "@/lib/exchange/tmx";
import { writeXliff12 } from "@/lib/exchange/xliff-1.2";
import { storeDocument } from "@/lib/import/store-document";
import { seedLibrary } from "@/prisma/seed/seed-library";

// Debian's python, which has the toolkit (a python3 first on PATH may not).
const PYTHON = "/usr/bin/python3";

let directory: string;

function python(args: string[]): string {
  const result = spawnSync(PYTHON, args, { encoding: "utf8", cwd: directory });
  if (result.status !== 0) throw new Error(`${PYTHON} ${args.join(" ")} failed:\n${result.stderr}`);
  return result.stdout;
}

interface ToolkitUnit {
  source: string;
  target: string;
  notes: string;
  approved: boolean | null;
}

/** The units of a file as the toolkit's own reader (translate.storage.factory) sees them. */
function toolkitUnits(file: string): { kind: string; units: ToolkitUnit[] } {
  const script = `
import json, sys
from translate.storage import factory
store = factory.getobject(sys.argv[1])
units = [u for u in store.units if not u.isheader()]
print(json.dumps({"kind": type(store).__name__, "units": [
  {"source": u.source, "target": u.target, "notes": u.getnotes(), "approved": u.isapproved() if hasattr(u, "isapproved") else None}
  for u in units]}))`;
  return JSON.parse(python(["-c", script, file])) as { kind: string; units: ToolkitUnit[] };
}

function write(name: string, text: string): string {
  const file = path.join(directory, name);
  fs.writeFileSync(file, text);
  return file;
}

let document: ExchangeDocument;

beforeAll(async () => {
  directory = fs.mkdtempSync(path.join(os.tmpdir(), "a-fronte-toolkit-"));
  await seedLibrary(db);
  // The real first text, with pairs in every state so that statuses travel too.
  const edition = await getWorkingEdition("cesi-cina-kazakhstan");
  if (!edition) throw new Error("the seed text is missing");
  const seeded = await readAllPairs(edition);
  document = {
    ...seeded,
    paragraphs: seeded.paragraphs.map((paragraph, index) =>
      index === 1
        ? { ...paragraph, textEn: "", status: "draft", translatorNote: null }
        : index === 2
          ? { ...paragraph, status: "needs_changes" }
          : paragraph,
    ),
  };
});

afterAll(() => {
  fs.rmSync(directory, { recursive: true, force: true });
});

describe("translate-toolkit reads what we write", () => {
  it("reads every unit of our TMX, Italian source and English target intact", () => {
    const read = toolkitUnits(write("ours.tmx", writeTmx(document)));
    expect(read.kind).toBe("tmxfile");
    expect(read.units.map(({ source, target }) => [source, target])).toEqual(document.paragraphs.map((p) => [p.textIt, p.textEn]));
    expect(read.units.length).toBeGreaterThan(10);
  });

  it("reads our TMX cut by sentence: a unit per sentence link, the units making each pair again", () => {
    // The seed's pairs are one Italian sentence each; one pair of several sentences joins them.
    const longer = {
      ...document,
      paragraphs: [
        ...document.paragraphs,
        {
          textIt: "Nel 1996 nacque il gruppo dei Cinque di Shanghai. Nel 2001 divenne la SCO. L’India vi entrò nel 2017.",
          textEn: "In 1996 the Shanghai Five group was born. In 2001 it became the SCO. India joined it in 2017.",
          status: "approved" as const,
          translatorNote: null,
          headingLevel: null,
        },
      ],
    };
    const read = toolkitUnits(write("ours.sentences.tmx", writeTmx(longer, "sentences")));
    expect(read.kind).toBe("tmxfile");
    const units = longer.paragraphs.flatMap((pair) => sentenceUnits(pair));
    expect(read.units.map(({ source, target }) => [source, target])).toEqual(units.map((unit) => [unit.textIt, unit.textEn]));
    expect(read.units).toHaveLength(document.paragraphs.length + 3);
  });

  it("reads every unit of our XLIFF 1.2 intact, with notes, and only approved pairs approved", () => {
    const read = toolkitUnits(write("ours.xlf", writeXliff12(document)));
    expect(read.kind).toBe("xlifffile");
    expect(read.units.map(({ source, target }) => [source, target])).toEqual(document.paragraphs.map((p) => [p.textIt, p.textEn]));
    expect(read.units.map((unit) => unit.notes)).toEqual(document.paragraphs.map((p) => p.translatorNote ?? ""));
    expect(read.units.map((unit) => unit.approved)).toEqual(document.paragraphs.map((p) => p.status === "approved"));
  });

  it("reads every term of our TBX, Italian headword and English headword intact", async () => {
    const terms = await getGlossaryTerms();
    expect(terms.length).toBeGreaterThan(10);
    const read = toolkitUnits(write("ours.tbx", writeTbx(terms)));
    expect(read.kind).toBe("tbxfile");
    expect(read.units.map(({ source, target }) => [source, target])).toEqual(terms.map((term) => [term.termIt, term.termEn]));
  });
});

describe("we read what translate-toolkit writes", () => {
  const po = [
    'msgid ""',
    'msgstr ""',
    '"Content-Type: text/plain; charset=UTF-8\\n"',
    // The PO's target language: po2xliff writes source-language="en-US" whatever the PO holds.
    '"Language: en\\n"',
    "",
    "# Verificare il nome del ministro.",
    'msgid "Il Kazakhstan è un Paese \\"chiave\\" & <strategico> per la Cina."',
    'msgstr "Kazakhstan is a \\"key\\" & <strategic> country for China."',
    "",
    'msgid "L’accordo riguarda l’addestramento congiunto."',
    'msgstr "The agreement covers joint training."',
    "",
    "#, fuzzy",
    'msgid "Il Senato ha ratificato l’intesa."',
    'msgstr "The Senate ratified it."',
    "",
    'msgid "Nessuna traduzione ancora."',
    'msgstr ""',
    "",
  ].join("\n");

  it("imports the TMX that po2tmx writes (header srclang en, DOCTYPE and all)", () => {
    write("team.po", po);
    python(["-m", "translate.convert.po2tmx", "--progress=none", "-l", "en", "--source-language", "it", "team.po", "team.tmx"]);
    const tmx = fs.readFileSync(path.join(directory, "team.tmx"));
    expect(tmx.toString()).toContain("<!DOCTYPE tmx");
    const file = readExchangeFile(tmx, "team.tmx");
    if (file.kind !== "document") throw new Error(`read as ${file.kind}`);
    // po2tmx leaves out fuzzy and untranslated entries.
    expect(file.document.paragraphs).toEqual([
      {
        textIt: 'Il Kazakhstan è un Paese "chiave" & <strategico> per la Cina.',
        textEn: 'Kazakhstan is a "key" & <strategic> country for China.',
        status: "translated",
      },
      { textIt: "L’accordo riguarda l’addestramento congiunto.", textEn: "The agreement covers joint training.", status: "translated" },
    ]);
    expect(file.document.titleIt).toBe("team");
  });

  it("imports the XLIFF that po2xliff writes, fuzzy as needs changes, untranslated as draft, and stores it", async () => {
    python(["-m", "translate.convert.po2xliff", "--progress=none", "team.po", "team.xlf"]);
    const file = readExchangeFile(fs.readFileSync(path.join(directory, "team.xlf")), "team.xlf");
    if (file.kind !== "document") throw new Error(`read as ${file.kind}`);
    // po2xliff marks each entry that is neither fuzzy nor untranslated approved="yes",
    // which XLIFF 1.2 defines as final: those pairs come in approved.
    expect(file.document.paragraphs).toEqual([
      {
        textIt: 'Il Kazakhstan è un Paese "chiave" & <strategico> per la Cina.',
        textEn: 'Kazakhstan is a "key" & <strategic> country for China.',
        status: "approved",
        translatorNote: "Verificare il nome del ministro.",
      },
      { textIt: "L’accordo riguarda l’addestramento congiunto.", textEn: "The agreement covers joint training.", status: "approved" },
      { textIt: "Il Senato ha ratificato l’intesa.", textEn: "The Senate ratified it.", status: "needs_changes" },
      { textIt: "Nessuna traduzione ancora.", textEn: "", status: "draft" },
    ]);

    const stored = await storeDocument(
      db,
      { ...file.document, slug: "team-xliff", originalTitle: file.document.titleIt, sourceName: "Team", attribution: "Team" },
      { origin: "import" },
    );
    const rows = await db.paragraph.findMany({ where: { documentId: stored.id }, orderBy: { position: "asc" } });
    expect(rows.map((row) => row.status)).toEqual(["approved", "approved", "needs_changes", "draft"]);
  });

  it("imports a program's Italian PO through po2xliff the right way round: the English original as such, the Italian as the translation", async () => {
    // As msgunfmt gives back a program's it/LC_MESSAGES catalogue: English msgids, Italian msgstrs, "Language: it".
    write(
      "grep.po",
      [
        'msgid ""',
        'msgstr ""',
        '"Content-Type: text/plain; charset=UTF-8\\n"',
        '"Language: it\\n"',
        "",
        'msgid "invalid context length argument"',
        'msgstr "argomento di lunghezza del contesto non valido"',
        "",
        'msgid "memory exhausted"',
        'msgstr "memoria esaurita"',
        "",
      ].join("\n"),
    );
    python(["-m", "translate.convert.po2xliff", "--progress=none", "grep.po", "grep.xlf"]);
    const file = readExchangeFile(fs.readFileSync(path.join(directory, "grep.xlf")), "grep.xlf");
    if (file.kind !== "document") throw new Error(`read as ${file.kind}`);
    expect(file.document.originalLanguage).toBe("en");
    expect(file.document.paragraphs.map((pair) => [pair.textIt, pair.textEn])).toEqual([
      ["argomento di lunghezza del contesto non valido", "invalid context length argument"],
      ["memoria esaurita", "memory exhausted"],
    ]);

    // Without the PO's "Language:" nothing says which side is the Italian: refused, not guessed.
    write("bare.po", ['msgid "memory exhausted"', 'msgstr "memoria esaurita"', ""].join("\n"));
    python(["-m", "translate.convert.po2xliff", "--progress=none", "bare.po", "bare.xlf"]);
    expect(() => readExchangeFile(fs.readFileSync(path.join(directory, "bare.xlf")), "bare.xlf")).toThrow(
      'bare.xlf says its source language is "en-US" but not its target language',
    );
  });

  it("imports the TBX that csv2tbx writes without notes: a termbase's terms need no definition", () => {
    write("bare.csv", ["location,source,target", ",Armed Forces,Forze Armate", ",Central Asia,Asia Centrale"].join("\n"));
    python(["-m", "translate.convert.csv2tbx", "--progress=none", "bare.csv", "bare.tbx"]);
    const file = readExchangeFile(fs.readFileSync(path.join(directory, "bare.tbx")), "bare.tbx");
    if (file.kind !== "terms") throw new Error(`read as ${file.kind}`);
    expect(file.terms.map((term) => [term.termIt, term.termEn, term.definitionIt, term.definitionEn])).toEqual([
      ["Forze Armate", "Armed Forces", "", ""],
      ["Asia Centrale", "Central Asia", "", ""],
    ]);
  });

  it("imports the TBX that csv2tbx writes (English source, target in the placeholder language xx)", () => {
    write(
      "terms.csv",
      [
        "location,source,target,translator_comments",
        ',"Shanghai ""Cooperation"" Organisation","Organizzazione per la Cooperazione di Shanghai","A regional security body, founded in 2001."',
        ",Armed Forces,Forze Armate,The military of a state.",
      ].join("\n"),
    );
    python(["-m", "translate.convert.csv2tbx", "--progress=none", "terms.csv", "terms.tbx"]);
    const file = readExchangeFile(fs.readFileSync(path.join(directory, "terms.tbx")), "terms.tbx");
    if (file.kind !== "terms") throw new Error(`read as ${file.kind}`);
    expect(file.terms).toEqual([
      {
        slug: "organizzazione-per-la-cooperazione-di-shanghai",
        kind: "concept",
        termIt: "Organizzazione per la Cooperazione di Shanghai",
        termEn: 'Shanghai "Cooperation" Organisation',
        definitionIt: "A regional security body, founded in 2001.",
        definitionEn: "A regional security body, founded in 2001.",
        formsIt: ["Organizzazione per la Cooperazione di Shanghai"],
        formsEn: ['Shanghai "Cooperation" Organisation'],
      },
      {
        slug: "forze-armate",
        kind: "concept",
        termIt: "Forze Armate",
        termEn: "Armed Forces",
        definitionIt: "The military of a state.",
        definitionEn: "The military of a state.",
        formsIt: ["Forze Armate"],
        formsEn: ["Armed Forces"],
      },
    ]);
  });
});

describe("the round trip: a translator's tool edits our XLIFF and the text is updated from it", () => {
  it("takes the toolkit's edited targets and states back as revisions, leaving the units it did not touch", async () => {
    const { createUser } = await import("@/lib/auth/accounts");
    const { updateTextFromFile } = await import("@/lib/exchange/update-form");
    const reviewer = await createUser(db, { username: "rita", displayName: "Rita", role: "reviewer", password: "correct horse battery" });
    const slug = "cesi-cina-kazakhstan";
    const edition = await getWorkingEdition(slug);
    if (!edition) throw new Error("the seed text is missing");
    const exported = await readAllPairs(edition);
    const before = await db.paragraph.findMany({ where: { document: { slug } }, orderBy: { position: "asc" } });
    const file = write("round-trip.xlf", writeXliff12(exported));
    // As a CAT tool on translate-toolkit would: a new target for unit 2 (and approve it),
    // a new target for unit 3 marked fuzzy, nothing else touched; then the file saved.
    python([
      "-c",
      `
import sys
from translate.storage import factory
store = factory.getobject(sys.argv[1])
units = [u for u in store.units if not u.isheader()]
units[1].target = "The second paragraph, as the CAT tool left it."
units[1].markapproved(True)
units[2].target = "The third paragraph, still uncertain."
units[2].markfuzzy(True)
store.save()`,
      file,
    ]);
    const form = (intent: string, token?: string) => {
      const data = new FormData();
      data.set("slug", slug);
      data.set("intent", intent);
      if (token) data.set("expect", token);
      data.set("file", new File([fs.readFileSync(file)], "round-trip.xlf"));
      return data;
    };
    const preview = await updateTextFromFile(db, reviewer, form("preview"));
    if (!preview.ok || preview.applied) throw new Error(`no preview: ${JSON.stringify(preview)}`);
    expect(preview.preview.counts).toMatchObject({ changed: 2, conflict: 0, unmatched: 0 });
    expect(preview.preview.rows.map((row) => [row.position, row.statusAfter])).toEqual([
      [2, "approved"],
      [3, "needs_changes"],
    ]);

    expect(await updateTextFromFile(db, reviewer, form("apply", preview.preview.token))).toMatchObject({
      ok: true,
      written: 2,
      published: 1,
    });
    const after = await db.paragraph.findMany({ where: { document: { slug } }, orderBy: { position: "asc" } });
    expect(after[1]).toMatchObject({
      textEn: "The second paragraph, as the CAT tool left it.",
      status: "approved",
      approvedEn: "The second paragraph, as the CAT tool left it.",
      version: before[1]!.version + 1,
    });
    expect(after[2]).toMatchObject({
      textEn: "The third paragraph, still uncertain.",
      status: "needs_changes",
      version: before[2]!.version + 1,
    });
    // Every other pair as it was.
    const unchanged = (rows: typeof before) => rows.filter((_, index) => index !== 1 && index !== 2).map(({ updatedAt: _, ...row }) => row);
    expect(unchanged(after)).toEqual(unchanged(before));
    const revisions = await db.revision.findMany({ where: { authorId: reviewer.id }, orderBy: { id: "asc" } });
    expect(revisions.map((revision) => [revision.paragraphId, revision.before, revision.after, revision.status, revision.origin])).toEqual([
      [after[1]!.id, before[1]!.textEn, "The second paragraph, as the CAT tool left it.", "approved", "import"],
      [after[2]!.id, before[2]!.textEn, "The third paragraph, still uncertain.", "needs_changes", "import"],
    ]);
  });
});

describe("inline formatting and the needs-changes state through translate-toolkit", () => {
  const formatted: ExchangeDocument = {
    slug: "formatted",
    titleIt: "Formattato",
    titleEn: "Formatted",
    sourceName: "Prova",
    attribution: "Prova",
    sourceUrl: null,
    publishedOn: null,
    paragraphs: [
      {
        textIt: "La *cooperazione* è **militare**, 5 \\* 3.",
        textEn: "Cooperation is **military**, 5 \\* 3.",
        status: "needs_changes",
        statusReason: "Too literal.",
        translatorNote: null,
        headingLevel: null,
      },
      { textIt: "Una frase *sola*.", textEn: "A *single* sentence.", status: "translated", translatorNote: null, headingLevel: null },
      { textIt: "Approvata.", textEn: "Approved.", status: "approved", translatorNote: null, headingLevel: null },
    ],
  };
  const read = (file: string) => {
    const document = readExchangeFile(fs.readFileSync(path.join(directory, file)), file);
    if (document.kind !== "document") throw new Error(`read as ${document.kind}`);
    return document.document.paragraphs.map(({ textIt, textEn, status }) => ({ textIt, textEn, status }));
  };
  const expected = formatted.paragraphs.map(({ textIt, textEn, status }) => ({ textIt, textEn, status }));

  it("shows our <g> codes as formatting, not asterisks, and keeps them and the states when it saves the file", () => {
    const file = write("formatted.xlf", writeXliff12(formatted));
    // The toolkit's plain text is what a reader reads: no Markdown markers or escapes.
    expect(toolkitUnits(file).units.map((unit) => unit.source)).toEqual([
      "La cooperazione è militare, 5 * 3.",
      "Una frase sola.",
      "Approvata.",
    ]);
    const rich = python([
      "-c",
      `
import sys
from translate.storage import factory
store = factory.getobject(sys.argv[1])
units = [u for u in store.units if not u.isheader()]
print(repr(units[0].rich_source[0]))
# A translator edits the third unit only, then saves. (Setting a plain target over one with
# codes leaves the old codes and their tail behind in translate-toolkit 3.8: not done here.)
units[2].target = "Approved, at last."
store.save()`,
      file,
    ]);
    expect(rich).toContain('<G(id="1"');
    expect(fs.readFileSync(file, "utf8")).toContain('<g id="1" ctype="italic">cooperazione</g>');
    // Read back: the untouched pairs exactly, formatting and needs changes included.
    expect(read("formatted.xlf")).toEqual([
      expected[0],
      expected[1],
      { textIt: "Approvata.", textEn: "Approved, at last.", status: "approved" },
    ]);
  });

  it("through PO and back: approval and needs changes survive, formatting and the difference of translated do not", () => {
    write("formatted-po.xlf", writeXliff12(formatted));
    python(["-c", "from translate.convert import xliff2po; xliff2po.main()", "--progress=none", "formatted-po.xlf", "formatted.po"]);
    const po = fs.readFileSync(path.join(directory, "formatted.po"), "utf8");
    // PO has no inline codes: the text as read, without them; every unapproved unit with a target is fuzzy.
    expect(po).toContain('msgid "La cooperazione è militare, 5 * 3."');
    expect(po.match(/#, fuzzy\nmsgid "(?!")/g)).toHaveLength(2);
    python(["-c", "from translate.convert import po2xliff; po2xliff.main()", "--progress=none", "formatted.po", "from-po.xlf"]);
    // po2xliff names no languages of the PO's: say them, as an importer would be told.
    const xml = fs.readFileSync(path.join(directory, "from-po.xlf"), "utf8");
    write("from-po.xlf", xml.replace('source-language="en-US"', 'source-language="it" target-language="en"'));
    expect(read("from-po.xlf")).toEqual([
      { textIt: "La cooperazione è militare, 5 \\* 3.", textEn: "Cooperation is military, 5 \\* 3.", status: "needs_changes" },
      // PO's one flag cannot tell a translation waiting for review from one sent back.
      { textIt: "Una frase sola.", textEn: "A single sentence.", status: "needs_changes" },
      { textIt: "Approvata.", textEn: "Approved.", status: "approved" },
    ]);
  });
});
