import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { ImportError } from "@/lib/core/import-error";
import { storeDocument } from "@/lib/import/store-document";
import { readExchangeFile } from "@/lib/exchange/read-exchange-file";
import { MAX_EXCHANGE_BYTES } from "@/lib/exchange/safe-xml";
import { snapshotTables } from "../support/snapshot";
import { utf8 } from "../support/files";

function refusal(bytes: Uint8Array, fileName: string): ImportError {
  try {
    readExchangeFile(bytes, fileName);
  } catch (error) {
    if (error instanceof ImportError) return error;
    throw error;
  }
  throw new Error(`${fileName} was accepted`);
}

const unit = (it: string, en: string) => `<tu><tuv xml:lang="it"><seg>${it}</seg></tuv><tuv xml:lang="en"><seg>${en}</seg></tuv></tu>`;
const tmx = (body: string, prologue = "") =>
  `<?xml version="1.0" encoding="UTF-8"?>\n${prologue}<tmx version="1.4"><header srclang="it"/><body>${body}</body></tmx>`;

describe("hostile and broken XML", () => {
  // How long the refusal takes beside reading an ordinary file is measured by `npm run bench`.
  it("refuses a billion-laughs file without expanding anything", () => {
    const laughs = [
      `<!ENTITY lol0 "lol">`,
      ...Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i};`.repeat(10)}">`),
    ].join("");
    const error = refusal(utf8(tmx(unit("&lol9;", "x"), `<!DOCTYPE tmx [${laughs}]>`)), "laughs.tmx");
    expect(error.code).toBe("unsafe-xml");
    expect(error.message).toContain("declares its own entities");
    expect(error.message).not.toContain("lollol");
  });

  it("refuses an external entity and never reads the file it names", () => {
    const error = refusal(utf8(tmx(unit("&xxe;", "x"), `<!DOCTYPE tmx [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>`)), "xxe.tmx");
    expect(error.code).toBe("unsafe-xml");
    expect(error.message).not.toContain("root:");
  });

  it("refuses an entity the file uses without declaring it", () => {
    const error = refusal(utf8(tmx(unit("a &nbsp; b", "x"))), "nbsp.tmx");
    expect(error.code).toBe("not-xml");
    expect(error.message).toContain("&nbsp;");
  });

  it("reads a DOCTYPE that only names a DTD (as translate-toolkit writes) without fetching it", () => {
    const file = readExchangeFile(utf8(tmx(unit("Uno", "One"), `<!DOCTYPE tmx SYSTEM "tmx14.dtd">\n`)), "dtd.tmx");
    expect(file.kind === "document" && file.document.paragraphs).toEqual([{ textIt: "Uno", textEn: "One", status: "translated" }]);
  });

  it("refuses a file over the size limit before parsing it", () => {
    const bytes = new Uint8Array(MAX_EXCHANGE_BYTES + 1).fill(0x20);
    bytes[0] = 0x3c;
    const error = refusal(bytes, "huge.tmx");
    expect(error.code).toBe("too-large");
    expect(error.message).toContain("20 MiB");
  });

  it("refuses elements nested without end, without exhausting the stack", () => {
    const depth = 100_000;
    const error = refusal(utf8(`<tmx>${"<a>".repeat(depth)}${"</a>".repeat(depth)}</tmx>`), "deep.tmx");
    expect(error.code).toBe("not-xml");
    expect(error.message).toContain("deep.tmx could not be read as XML");
  });

  it("names a wrong root element", () => {
    const error = refusal(utf8(`<?xml version="1.0"?><html><body/></html>`), "page.tmx");
    expect(error.code).toBe("wrong-root");
    expect(error.message).toBe("page.tmx is not a TMX file: its root element is <html>, not <tmx>.");
    expect(refusal(utf8(tmx(unit("a", "b"))), "memory.xlf").message).toContain("root element is <tmx>, not <xliff>");
    expect(refusal(utf8(tmx(unit("a", "b"))), "terms.tbx").code).toBe("wrong-root");
  });

  it("names a unit whose language is missing", () => {
    const noLang = tmx(`<tu tuid="7"><tuv><seg>Uno</seg></tuv><tuv xml:lang="en"><seg>One</seg></tuv></tu>`);
    const error = refusal(utf8(noLang), "nolang.tmx");
    expect(error.code).toBe("missing-language");
    expect(error.message).toContain('unit 1 (tuid "7") has a variant (<tuv>) without xml:lang');

    const noItalian = tmx(`<tu><tuv xml:lang="fr"><seg>Un</seg></tuv><tuv xml:lang="en"><seg>One</seg></tuv></tu>`);
    expect(refusal(utf8(noItalian), "french.tmx").message).toContain('has no Italian text (no part in language "it")');

    const noSourceLanguage = `<xliff version="1.2"><file><body><trans-unit id="1"><source>a</source><target>b</target></trans-unit></body></file></xliff>`;
    expect(refusal(utf8(noSourceLanguage), "x.xlf").code).toBe("missing-language");
    const german = `<xliff version="1.2"><file source-language="it" target-language="de"><body><trans-unit id="1"><source>a</source><target>b</target></trans-unit></body></file></xliff>`;
    expect(refusal(utf8(german), "de.xlf").message).toContain('pairs "it" with "de"');
  });

  it("names a glossary term without one of its languages", () => {
    const tbx = `<martif type="TBX-Basic"><text><body><termEntry id="sco"><langSet xml:lang="it"><tig><term>SCO</term></tig></langSet></termEntry></body></text></martif>`;
    const error = refusal(utf8(tbx), "terms.tbx");
    expect(error.code).toBe("missing-language");
    expect(error.message).toBe('terms.tbx: term 1 (id "sco") has no English (en) <langSet>; a glossary term needs both languages.');
    const noDefinition = tbx.replace("</langSet>", '</langSet><langSet xml:lang="en-GB"><tig><term>SCO</term></tig></langSet>');
    // A term needs both languages' headwords, not a definition (real termbases often have none).
    expect(readExchangeFile(utf8(noDefinition), "terms.tbx")).toMatchObject({
      kind: "terms",
      terms: [{ definitionIt: "", definitionEn: "" }],
    });
  });

  it("names a unit with no target", () => {
    const tmxError = refusal(utf8(tmx(unit("Uno", "One") + `<tu tuid="2"><tuv xml:lang="it"><seg>Due</seg></tuv></tu>`)), "half.tmx");
    expect(tmxError.code).toBe("missing-target");
    expect(tmxError.message).toContain('unit 2 (tuid "2") has no English target');

    const xliff = `<xliff version="1.2"><file source-language="it" target-language="en"><body><trans-unit id="a"><source>Uno</source></trans-unit></body></file></xliff>`;
    expect(refusal(utf8(xliff), "half.xlf").message).toContain('unit 1 (id "a") has no English target');
    const xliff2 = `<xliff version="2.1" srcLang="it" trgLang="en"><file id="f"><unit id="u1"><segment><source>Uno</source></segment></unit></file></xliff>`;
    expect(refusal(utf8(xliff2), "half2.xlf").code).toBe("missing-target");
  });

  it("refuses a unit marked translated with no English, and a status it does not know", () => {
    const empty = tmx(
      `<tu><prop type="x-a-fronte-status">approved</prop><tuv xml:lang="it"><seg>Uno</seg></tuv><tuv xml:lang="en"><seg/></tuv></tu>`,
    );
    expect(refusal(utf8(empty), "empty.tmx").message).toContain("unit 1 is marked approved but its English is empty");
    const unknown = tmx(
      `<tu><prop type="x-a-fronte-status">done</prop><tuv xml:lang="it"><seg>Uno</seg></tuv><tuv xml:lang="en"><seg>One</seg></tuv></tu>`,
    );
    expect(refusal(utf8(unknown), "unknown.tmx").message).toContain('has the status "done"');
  });

  it("refuses what is not XML, saying where", () => {
    expect(refusal(utf8("Questo è un testo, non XML."), "plain.tmx").code).toBe("not-xml");
    const broken = refusal(utf8(`<tmx version="1.4"><body><tu></body></tmx>`), "broken.tmx");
    expect(broken.code).toBe("not-xml");
    expect(broken.message).toMatch(/line 1, column \d+/);
    expect(refusal(new Uint8Array([0xff, 0xfe, 0x3c, 0x00]), "utf16.tmx").code).toBe("not-utf8");
    expect(refusal(new Uint8Array([0x3c, 0x61, 0xe8, 0x3e]), "latin1.tmx").code).toBe("not-utf8");
    expect(refusal(new Uint8Array(), "empty.tmx").code).toBe("empty");
    expect(refusal(utf8(tmx("")), "nothing.tmx").code).toBe("no-paragraphs");
  });

  it("refuses a file that is no exchange format", () => {
    const error = refusal(utf8("<tmx/>"), "notes.docx");
    expect(error.code).toBe("unsupported-format");
    expect(error.message).toContain(".tmx, .xlf, .xliff, .tbx, .csv");
  });
});

/** The pairs a TMX file imports as, for files that should be read. */
function pairs(body: string) {
  const file = readExchangeFile(utf8(tmx(body)), "memory.tmx");
  if (file.kind !== "document") throw new Error(`read as ${file.kind}`);
  return file.document.paragraphs.map((paragraph) => [paragraph.textIt, paragraph.textEn]);
}

describe("text in XML is read as XML means it, and no further", () => {
  it("takes CDATA literally: references in it are text, not markup", () => {
    expect(pairs(unit("<![CDATA[x &amp; &lt;]]>", "<![CDATA[AT&T &nbsp; <b>]]>"))).toEqual([["x &amp; &lt;", "AT&T &nbsp; <b>"]]);
    expect(pairs(unit("a &amp; <![CDATA[&amp;]]> b", "One"))).toEqual([["a & &amp; b", "One"]]);
  });

  it("decodes references to characters XML allows, a line end written as references included", () => {
    expect(pairs(unit("Riga uno&#13;&#10;riga&#x9;due &#233; &#x1F1EE;&#x1F1F9;", "Line one&#xA;line two"))).toEqual([
      ["Riga uno\nriga\tdue é 🇮🇹", "Line one\nline two"],
    ]);
  });

  it.each(["&#0;", "&#x0;", "&#1;", "&#x1B;", "&#xD800;", "&#56320;", "&#xFFFE;", "&#xFFFF;", "&#x110000;", "&#99999999999;"])(
    "refuses the reference %s, which names no character XML allows",
    (reference) => {
      const error = refusal(utf8(tmx(unit(`Testo ${reference} qui`, "Text"))), "control.tmx");
      expect(error.code).toBe("not-xml");
      expect(error.message).toContain(`control.tmx contains the character reference ${reference}, which names no character XML allows`);
      // In an attribute as well as in text.
      expect(refusal(utf8(tmx(`<tu tuid="a${reference}">${unit("a", "b").slice(4)}`)), "attribute.tmx").code).toBe("not-xml");
    },
  );

  it("refuses control characters and invisible direction controls, however written, as typed text would be", () => {
    const cases = [
      ["&#x202E;", "direction control"],
      ["\u202E", "direction control"],
      ["&#x2066;", "direction control"],
      ["&#x200F;", "direction control"],
      ["&#x85;", "control character"],
      ["\u0085", "control character"],
      ["<![CDATA[\u0007]]>", "control character"],
    ] as const;
    for (const [written, problem] of cases) {
      const italian = refusal(utf8(tmx(unit(`Testo ${written} qui`, "Text"))), "trojan.tmx");
      if (written.startsWith("&")) {
        // Written as a reference: found in the unit once the XML is read.
        expect(italian.code, written).toBe("invalid-unit");
        expect(italian.message, written).toMatch(new RegExp(`^trojan\\.tmx: unit 1 was refused: .*${problem}.*textIt`, "s"));
      } else {
        // Written as itself: found in the file as it is read, named and placed.
        expect(italian.code, written).toBe("invisible-characters");
        expect(italian.message, written).toMatch(/^trojan\.tmx, line \d+, column \d+: an invisible character, U\+[0-9A-F]{4} /);
        continue;
      }
      expect(refusal(utf8(tmx(unit("Testo", `Text ${written}`))), "trojan.tmx").message, written).toContain(problem);
      const note = tmx(
        `<tu><note>Nota ${written}</note><tuv xml:lang="it"><seg>Uno</seg></tuv><tuv xml:lang="en"><seg>One</seg></tuv></tu>`,
      );
      expect(refusal(utf8(note), "trojan.tmx").message, written).toMatch(new RegExp(`${problem}.*translatorNote`, "s"));
    }
  });

  it("refuses an import whose text hides a direction control and stores nothing", async () => {
    const before = await snapshotTables(db);
    const document = {
      slug: "trojan",
      titleIt: "Titolo",
      originalTitle: "Titolo",
      sourceName: "Prova",
      attribution: "Fonte: Prova",
      paragraphs: [
        { textIt: "Uno", textEn: "One", status: "translated" as const, translatorNote: "access\u202E \u2066// check\u2069 \u2066" },
      ],
    };
    await expect(storeDocument(db, document, { origin: "import" })).rejects.toThrow(/direction control.*translatorNote/s);
    await expect(
      storeDocument(db, { ...document, paragraphs: [{ textIt: "Uno\u0000", textEn: "One" }] }, { origin: "import" }),
    ).rejects.toThrow(/control character.*textIt/s);
    await expect(storeDocument(db, { ...document, titleIt: "Titolo \u202Eexe.txt" }, { origin: "import" })).rejects.toThrow(
      /direction control.*titleIt/s,
    );
    expect(await snapshotTables(db)).toEqual(before);
  });
});
