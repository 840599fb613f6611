import { describe, expect, it } from "vitest";
import type { ExchangeDocument } from "@/lib/exchange/exchange-document";
import { markdownText, writeMarkdown } from "@/lib/exchange/markdown";
import { readExchangeFile } from "@/lib/exchange/read-exchange-file";
import { writeTmx } from "@/lib/exchange/tmx";
import { writeXliff12 } from "@/lib/exchange/xliff-1.2";
import { writeXliff21 } from "@/lib/exchange/xliff-2.1";
import { utf8 } from "../support/files";

/** A text with every status, headings, notes, emphasis and the characters XML escapes. */
const document: ExchangeDocument = {
  slug: "cina-kazakhstan",
  titleIt: "Cina, sviluppo e limiti della cooperazione «difensiva»",
  titleEn: "China: the development & limits of <defence> cooperation",
  sourceName: "C.E.S.I.",
  attribution: "Fonte: C.E.S.I. – Centro Studi Internazionali",
  sourceUrl: "https://www.cesi-italia.org/articoli/cina-kazakhstan?lang=it&x=1",
  publishedOn: "2018-11",
  // The source's own title, in capitals: kept apart from the one shown.
  originalTitle: "CINA, SVILUPPO E LIMITI DELLA COOPERAZIONE «DIFENSIVA»",
  paragraphs: [
    { textIt: "Il quadro *strategico*", textEn: "The *strategic* picture", status: "approved", translatorNote: null, headingLevel: 2 },
    {
      textIt: 'Nel 2018 la Cina e il Kazakhstan hanno firmato un accordo "chiave" & <vincolante>.',
      textEn: 'In 2018 China and Kazakhstan signed a "key" & <binding> agreement.',
      status: "translated",
      translatorNote: "«Vincolante»: binding, not *mandatory*.\nSecond line of the note.",
      headingLevel: null,
    },
    {
      textIt: "L’accordo riguarda l’addestramento   congiunto.",
      textEn: "The agreement covers joint training.",
      status: "needs_changes",
      statusReason: "“Congiunto” is joint *training*, not joint exercises; check the Italian's spaces too.",
      translatorNote: null,
      headingLevel: null,
    },
    { textIt: "Il Senato ha ratificato l’intesa con **40** voti.", textEn: "", status: "draft", translatorNote: null, headingLevel: null },
    {
      textIt: "Dettagli tecnici",
      textEn: "Technical details",
      status: "translated",
      translatorNote: "Heading of level three.",
      headingLevel: 3,
    },
    { textIt: "", textEn: "[A sentence the scraped source lost.]", status: "translated", translatorNote: null, headingLevel: null },
    {
      textIt: "Riga uno\nriga due 🇮🇹 ẞ ‰",
      textEn: "Line one\nline two 🇮🇹 ẞ ‰",
      status: "approved",
      translatorNote: "Kept the line break.",
      headingLevel: null,
    },
  ],
};

/** What the import must give back for each pair: the same text, order, status, note and heading. */
const expectedParagraphs = document.paragraphs.map((paragraph) => ({
  textIt: paragraph.textIt,
  textEn: paragraph.textEn,
  status: paragraph.status,
  ...(paragraph.translatorNote ? { translatorNote: paragraph.translatorNote } : {}),
  ...(paragraph.statusReason ? { statusReason: paragraph.statusReason } : {}),
  ...(paragraph.headingLevel ? { headingLevel: paragraph.headingLevel } : {}),
}));

const formats = [
  { name: "TMX 1.4b", write: writeTmx, fileName: "cina.tmx" },
  { name: "XLIFF 1.2", write: writeXliff12, fileName: "cina.xlf" },
  { name: "XLIFF 2.1", write: writeXliff21, fileName: "cina.xliff" },
] as const;

describe.each(formats)("$name round trip", ({ write, fileName }) => {
  it("gives back every pair's text, order, status, the reviewer's reason, note and heading level exactly, and the document's fields", () => {
    const file = readExchangeFile(utf8(write(document)), fileName);
    if (file.kind !== "document") throw new Error(`read as ${file.kind}`);
    expect(file.document.paragraphs).toEqual(expectedParagraphs);
    expect(file.document).toMatchObject({
      titleIt: document.titleIt,
      titleEn: document.titleEn,
      sourceName: document.sourceName,
      attribution: document.attribution,
      sourceUrl: document.sourceUrl,
      publishedOn: document.publishedOn,
      originalTitle: document.originalTitle,
    });
  });

  it("survives a second round trip unchanged (what it writes from an import is what it wrote before)", () => {
    const first = write(document);
    const file = readExchangeFile(utf8(first), fileName);
    if (file.kind !== "document") throw new Error(`read as ${file.kind}`);
    const again = write({
      ...document,
      paragraphs: file.document.paragraphs.map((paragraph) => ({
        textIt: paragraph.textIt,
        textEn: paragraph.textEn ?? "",
        status: paragraph.status,
        statusReason: paragraph.statusReason ?? null,
        translatorNote: paragraph.translatorNote ?? null,
        headingLevel: paragraph.headingLevel ?? null,
      })),
    });
    expect(again).toBe(first);
  });
});

describe("the formats' own vocabulary", () => {
  it("writes TMX 1.4 with one unit per pair, both languages, and status, note and heading as properties", () => {
    const tmx = writeTmx(document);
    expect(tmx).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<tmx version="1.4">/);
    expect(tmx.match(/<tu /g)).toHaveLength(document.paragraphs.length);
    expect(tmx.match(/<tuv xml:lang="it">/g)).toHaveLength(document.paragraphs.length);
    expect(tmx.match(/<tuv xml:lang="en">/g)).toHaveLength(document.paragraphs.length);
    expect(tmx).toContain('<prop type="x-a-fronte-status">needs_changes</prop>');
    expect(tmx).toContain('<prop type="x-a-fronte-heading-level">2</prop>');
    expect(tmx).toContain('<seg>In 2018 China and Kazakhstan signed a "key" &amp; &lt;binding&gt; agreement.</seg>');
  });

  it("maps statuses to XLIFF 1.2 states: new, translated, needs-translation, signed-off (approved)", () => {
    const xliff = writeXliff12(document);
    expect(xliff).toContain('xmlns="urn:oasis:names:tc:xliff:document:1.2"');
    const states = [...xliff.matchAll(/<target state="([^"]+)"/g)].map((match) => match[1]);
    expect(states).toEqual(["signed-off", "translated", "needs-translation", "new", "translated", "translated", "signed-off"]);
    expect(xliff.match(/approved="yes"/g)).toHaveLength(2);
  });

  it("maps statuses to XLIFF 2.1 states, needs changes as a subState", () => {
    const xliff = writeXliff21(document);
    expect(xliff).toContain('version="2.1" srcLang="it" trgLang="en"');
    const states = [...xliff.matchAll(/<segment state="([^"]+)"(?: subState="([^"]+)")?/g)].map((match) => [match[1], match[2]]);
    expect(states).toEqual([
      ["final", undefined],
      ["translated", undefined],
      ["translated", "a-fronte:needs_changes"],
      ["initial", undefined],
      ["translated", undefined],
      ["translated", undefined],
      ["final", undefined],
    ]);
  });

  it("reads other tools' XLIFF 1.2 and 2.0 states onto the nearest status", () => {
    const xliff12 = (state: string, target: string, approved = "") =>
      `<xliff version="1.2"><file source-language="it-IT" target-language="en-GB"><body><trans-unit id="1"${approved}><source>Testo</source><target state="${state}">${target}</target></trans-unit></body></file></xliff>`;
    const status = (xml: string, name = "a.xlf") => {
      const file = readExchangeFile(utf8(xml), name);
      return file.kind === "document" ? file.document.paragraphs[0]?.status : null;
    };
    expect(status(xliff12("needs-translation", ""))).toBe("draft");
    expect(status(xliff12("needs-translation", "Text"))).toBe("needs_changes");
    expect(status(xliff12("needs-review-translation", "Text"))).toBe("translated");
    expect(status(xliff12("final", "Text"))).toBe("approved");
    expect(status(xliff12("x-custom", "Text", ' approved="yes"'))).toBe("approved");
    // approved="yes" is the unit's own word, whatever state its target was left in.
    expect(status(xliff12("translated", "Text", ' approved="yes"'))).toBe("approved");
    expect(status(xliff12("needs-review-translation", "Text", ' approved="yes"'))).toBe("approved");
    expect(status(xliff12("new", "Text", ' approved="yes"'))).toBe("approved");
    expect(status(xliff12("translated", "Text", ' approved="no"'))).toBe("translated");
    // Nothing approved is left without English.
    expect(status(xliff12("new", "", ' approved="yes"'))).toBe("draft");
    const xliff2 = (state: string) =>
      `<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="it" trgLang="en"><file id="f"><unit id="u"><segment state="${state}"><source>Testo</source><target>Text</target></segment></unit></file></xliff>`;
    expect(status(xliff2("reviewed"))).toBe("approved");
    expect(status(xliff2("translated"))).toBe("translated");
  });

  it("keeps a TMX unit's note property and the <note> elements other tools add, each once", () => {
    const unit = (notes: string) =>
      `<tmx version="1.4"><header/><body><tu>${notes}<tuv xml:lang="it"><seg>Uno</seg></tuv><tuv xml:lang="en"><seg>One</seg></tuv></tu></body></tmx>`;
    const note = (xml: string) => {
      const file = readExchangeFile(utf8(xml), "notes.tmx");
      return file.kind === "document" ? file.document.paragraphs[0]?.translatorNote : null;
    };
    const property = `<prop type="x-a-fronte-note">Nota del traduttore.</prop>`;
    expect(note(unit(`${property}<note>Checked against the source.</note><note>Client: keep "SCO".</note>`))).toBe(
      'Nota del traduttore.\nChecked against the source.\nClient: keep "SCO".',
    );
    expect(note(unit(`${property}<note>Nota del traduttore.</note>`))).toBe("Nota del traduttore.");
    expect(note(unit(`<note>Only a note.</note><note> </note>`))).toBe("Only a note.");
    expect(note(unit(property))).toBe("Nota del traduttore.");
    expect(note(unit(""))).toBeUndefined();
  });

  it("reads a file whose source is English and target Italian the right way round", () => {
    const xml = `<xliff version="1.2"><file source-language="en" target-language="it"><body><trans-unit id="1"><source>Text</source><target state="translated">Testo</target></trans-unit></body></file></xliff>`;
    const file = readExchangeFile(utf8(xml), "reverse.xlf");
    expect(file.kind === "document" && file.document.paragraphs).toEqual([{ textIt: "Testo", textEn: "Text", status: "translated" }]);
  });

  it("joins an XLIFF 2 unit's segments and the ignorable space between them into one pair", () => {
    const xml = `<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="it" trgLang="en"><file id="f"><unit id="u">
      <segment state="translated"><source>Prima frase.</source><target>First sentence.</target></segment><ignorable><source> </source></ignorable><segment><source>Seconda.</source><target>Second.</target></segment>
    </unit></file></xliff>`;
    const file = readExchangeFile(utf8(xml), "segments.xlf");
    expect(file.kind === "document" && file.document.paragraphs).toEqual([
      { textIt: "Prima frase. Seconda.", textEn: "First sentence. Second.", status: "translated" },
    ]);
  });
});

describe("Markdown edition", () => {
  const markdown = writeMarkdown(document, {
    source: "Source",
    published: "Published",
    translatorNote: "Translator's note",
    untranslated: "Not yet translated",
  });

  it("writes headings at their level in both languages, English as a quotation under its Italian", () => {
    // The English title's angle brackets are escaped, so that no Markdown reader takes them for HTML.
    expect(markdown.startsWith(`# ${document.titleIt}\n\n> # China: the development & limits of \\<defence\\> cooperation\n`)).toBe(true);
    expect(markdown).toContain("## Il quadro *strategico*\n\n> ## The *strategic* picture");
    expect(markdown).toContain("### Dettagli tecnici\n\n> ### Technical details");
    expect(markdown).toContain("> *Translator's note:* «Vincolante»: binding, not *mandatory*.\n> Second line of the note.");
  });

  it("marks English not yet published, and keeps the order of the text", () => {
    expect(markdown).toContain("Il Senato ha ratificato l’intesa con **40** voti.\n\n> *Not yet translated*");
    const positions = document.paragraphs.map((paragraph) => markdown.indexOf(markdownText(paragraph.textIt || paragraph.textEn)));
    expect(positions.every((position, index) => position > (positions[index - 1] ?? 0))).toBe(true);
  });

  it("keeps a paragraph that opens like Markdown syntax a paragraph", () => {
    const text = writeMarkdown(
      {
        ...document,
        paragraphs: [{ textIt: "1. punto", textEn: "# not a heading\n- nor a list", translatorNote: null, headingLevel: null }],
      },
      { source: "S", published: "P", translatorNote: "N", untranslated: "U" },
    );
    expect(text).toContain("1\\. punto\n\n> \\# not a heading\n> \\- nor a list");
  });
});

describe("inline formatting in the exchange formats", () => {
  const formatted: ExchangeDocument = {
    ...document,
    paragraphs: [
      {
        textIt: "La *cooperazione* è **militare**: 5 \\* 3 fa 15, e C:\\\\dati resta com’è.",
        textEn: "Cooperation is **military** and *close*: 5 \\* 3 makes 15, and C:\\\\dati stays as it is.",
        status: "translated",
        translatorNote: null,
        headingLevel: null,
      },
      {
        textIt: "*un **forte** legame* e ***tutto***",
        textEn: "**Beijing and *Astana***",
        status: "approved",
        translatorNote: null,
        headingLevel: null,
      },
    ],
  };
  const pairs = (xml: string, fileName: string) => {
    const file = readExchangeFile(utf8(xml), fileName);
    if (file.kind !== "document") throw new Error(`read as ${file.kind}`);
    return file.document.paragraphs.map((pair) => [pair.textIt, pair.textEn]);
  };

  it.each([
    { write: writeTmx, fileName: "f.tmx", code: '<bpt i="1" x="1" type="italic">&lt;i&gt;</bpt>cooperazione<ept i="1">&lt;/i&gt;</ept>' },
    { write: writeXliff12, fileName: "f.xlf", code: '<g id="1" ctype="italic">cooperazione</g>' },
    { write: writeXliff21, fileName: "f.xliff", code: '<pc id="1" type="fmt" subType="xlf:i">cooperazione</pc>' },
  ])(
    "$fileName carries emphasis as codes and escapes as plain characters, and gives the Markdown back byte for byte",
    ({ write, fileName, code }) => {
      for (const segmentation of ["paragraphs", "sentences"] as const) {
        const xml = write(formatted, segmentation);
        expect(xml).toContain(`La ${code} è `);
        // A tool shows the text as it reads: no Markdown markers, no backslashes.
        const segments = [...xml.matchAll(/<(?:seg|source|target)>(.*?)<\/(?:seg|source|target)>/g)].map((match) => match[1]);
        for (const markdown of ["*cooperazione*", "**", "\\*", "\\\\"]) expect(segments.join("")).not.toContain(markdown);
        expect(xml).toContain("5 * 3");
        expect(xml).toContain("C:\\dati");
        expect(pairs(xml, fileName)).toEqual(formatted.paragraphs.map((pair) => [pair.textIt, pair.textEn]));
      }
    },
  );

  it("numbers a target's codes after the source's of the same formatting, so a CAT tool maps them", () => {
    const xml = writeXliff12(formatted);
    expect(xml).toContain('<source>La <g id="1" ctype="italic">cooperazione</g> è <g id="2" ctype="bold">militare</g>');
    expect(xml).toContain('Cooperation is <g id="2" ctype="bold">military</g> and <g id="1" ctype="italic">close</g>');
  });

  it("reads other tools' codes: paired codes, a tag as native code, and keeps the text of codes it does not know", () => {
    const xliff12 = (source: string, target: string) =>
      `<xliff version="1.2"><file source-language="it" target-language="en"><body><trans-unit id="1"><source>${source}</source><target>${target}</target></trans-unit></body></file></xliff>`;
    expect(
      pairs(
        xliff12(
          'Un <bpt id="5" ctype="bold">&lt;b&gt;</bpt>forte<ept id="5">&lt;/b&gt;</ept> <g id="1" ctype="underlined">legame</g><ph id="2">&lt;br/&gt;</ph>',
          'A <bpt id="5">&lt;strong&gt;</bpt>strong<ept id="5">&lt;/strong&gt;</ept> <mrk mtype="term">bond</mrk> * 2',
        ),
        "tool.xlf",
      ),
    ).toEqual([["Un **forte** legame", "A **strong** bond \\* 2"]]);
    const xliff2 = `<xliff version="2.0" srcLang="it" trgLang="en"><file id="f"><unit id="u"><segment><source><sc id="1" type="fmt" subType="xlf:i"/>Uno<ec startRef="1"/> e <pc id="2" type="fmt" subType="xlf:u">due</pc></source><target><sc id="1" type="fmt" subType="xlf:i"/>One<ec startRef="1"/> and two</target></segment></unit></file></xliff>`;
    expect(pairs(xliff2, "tool.xliff")).toEqual([["*Uno* e due", "*One* and two"]]);
    const tmx = `<tmx version="1.4"><header/><body><tu><tuv xml:lang="it"><seg><bpt i="1">&lt;i&gt;</bpt>Uno<ept i="1">&lt;/i&gt;</ept> <hi>e</hi> <ph>{0}</ph>*due*</seg></tuv><tuv xml:lang="en"><seg><bpt i="1" type="bold">[b]</bpt>One<ept i="1">[/b]</ept> and a * b \\ c</seg></tuv></tu></body></tmx>`;
    expect(pairs(tmx, "tool.tmx")).toEqual([["*Uno* e \\*due\\*", "**One** and a \\* b \\\\ c"]]);
  });

  it("keeps formatting Markdown cannot carry out, and the text whole: spaces at a span's edge, a span that crosses another", () => {
    const xml = `<xliff version="1.2"><file source-language="it" target-language="en"><body><trans-unit id="1"><source><g id="1" ctype="italic">Uno </g>due <g id="2" ctype="bold">tre<g id="3" ctype="bold"></g></g></source><target><bpt id="1" ctype="bold">&lt;b&gt;</bpt>One <bpt id="2" ctype="italic">&lt;i&gt;</bpt>two<ept id="1">&lt;/b&gt;</ept> three<ept id="2">&lt;/i&gt;</ept></target></trans-unit></body></file></xliff>`;
    expect(pairs(xml, "odd.xlf")).toEqual([["*Uno* due **tre**", "**One two** three"]]);
  });
});
