// The readers' Markdown edition (/[locale]/texts/[slug]/download/md) shows every text
// as text in any Markdown reader: rendered with marked, hostile titles, texts, notes,
// attribution and source addresses make no element beyond the edition's own and no
// link but http(s); emphasis still renders; the Markdown reader reads each text back as it
// was, and an import of the edition is refused, saying what to import instead. And a
// document's source address is refused at every entry point unless it is an http(s)
// URL of URL characters.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { marked } from "marked";
import { beforeAll, describe, expect, it } from "vitest";
import { createUser } from "@/lib/auth/accounts";
import { sourceUrlSchema } from "@/lib/core/source-url";
import { db } from "@/lib/db";
import type { ExchangeDocument } from "@/lib/exchange/exchange-document";
import { markdownAutolink, writeMarkdown } from "@/lib/exchange/markdown";
import { writeTmx } from "@/lib/exchange/tmx";
import { importFile } from "@/lib/import/import-file";
import { importFromForm } from "@/lib/import/import-form";
import { createImportToken } from "@/lib/import/import-token";
import { parseMarkdown } from "@/lib/import/markdown";
import { parseInlineMarkdown, plainText } from "@/lib/text/inline-markdown";
import { utf8 } from "../support/files";
import { EDITION_ELEMENTS, HOSTILE_TEXTS, hostileDocument, LINK } from "../support/hostile-markdown";
import { snapshotTables } from "../support/snapshot";

const LABELS = {
  source: "Fonte",
  published: "Pubblicato",
  translatorNote: "Nota del traduttore",
  untranslated: "Traduzione non ancora pubblicata",
};
const HOSTILE_URLS = [
  'https://example.com/"><script>alert(1)</script>',
  "https://example.com/a b<img src=x onerror=alert(1)>",
  "https://example.com/`code`\\<x>",
  "javascript:alert(1)",
  "JaVaScRiPt:alert(1)//https://example.com",
  "data:text/html,<script>alert(1)</script>",
];

const ENTITIES: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', "#39": "'" };
const decode = (html: string) => html.replace(/&(lt|gt|amp|quot|#39);/g, (_, name: string) => ENTITIES[name]!);
const collapse = (text: string) => text.replace(/\s+/g, " ").trim();

/**
 * Whatever in marked's HTML is not the edition's own: an element outside the list, an
 * attribute other than a link's href, a link that is not http(s) or mail, or a "<"
 * that is left once the edition's tags are taken out (markup marked passed through).
 */
function strayMarkup(html: string): string[] {
  const stray: string[] = [];
  const rest = html.replace(
    /<(\/?)([a-z][a-z0-9]*)((?:\s+[^\s=>]+(?:="[^"]*")?)*)\s*\/?>/gi,
    (tag, closing: string, name: string, attributes: string) => {
      const pairs = [...attributes.matchAll(/([^\s=>]+)(?:="([^"]*)")?/g)].map(
        ([, key, value]) => [key!.toLowerCase(), decode(value ?? "")] as const,
      );
      const allowed =
        EDITION_ELEMENTS.includes(name.toLowerCase()) &&
        pairs.every(([key, value]) => name === "a" && !closing && key === "href" && LINK.test(value));
      if (!allowed) stray.push(tag);
      return "";
    },
  );
  return [...stray, ...(rest.match(/<[^<]*/g) ?? [])];
}

/** What a reader of the rendered file reads, spaces collapsed. */
function readText(html: string): string {
  return collapse(decode(html.replace(/<[^>]*>/g, "")));
}

describe("the Markdown edition of hostile texts", () => {
  const document = hostileDocument("testo-ostile");
  const markdown = writeMarkdown(document, LABELS);
  const html = marked.parse(markdown, { async: false });

  it("renders only headings, paragraphs, emphasis, quotations, rules, line breaks and http(s) links", () => {
    expect(strayMarkup(html)).toEqual([]);
    expect(html).not.toMatch(/<[^>]*(javascript:|\son\w+=)[^>]*>/i);
    // The only link the edition writes itself is the source's address.
    expect([...html.matchAll(/<a href="([^"]*)"/g)].map(([, href]) => href)).toEqual([
      "https://example.com/%22%3E%3Cscript%3Ealert(1)%3C/script%3E",
    ]);
  });

  it("shows every text, title, note and the attribution as the reader shows it, and keeps the emphasis", () => {
    const read = readText(html);
    for (const text of [...HOSTILE_TEXTS, document.titleIt, document.titleEn]) expect(read).toContain(collapse(plainText(text)));
    for (const paragraph of document.paragraphs)
      if (paragraph.translatorNote) expect(read).toContain(collapse(`${LABELS.translatorNote}: ${plainText(paragraph.translatorNote)}`));
    expect(read).toContain(document.attribution);
    expect(html).toContain("<h1>&lt;script&gt;alert(1)&lt;/script&gt; <em>Titolo</em> [x](javascript:alert(1))</h1>");
    expect(html).toContain("<em>&lt;img src=x onerror=alert(1)&gt;</em> e <strong>&lt;b&gt;forte&lt;/b&gt;</strong>");
    expect(html).toContain("Un asterisco vero: *Astana* e <em>enfasi</em> e <strong>forte</strong>, [una parentesi] e 3 &gt; 2");
  });

  it("reads back with the Markdown reader: each text as it was, emphasis and headings included", () => {
    // Texts with a blank line in them become two paragraphs in any Markdown.
    const single = { ...document, paragraphs: document.paragraphs.filter((paragraph) => !paragraph.textIt.includes("\n\n")) };
    const parsed = parseMarkdown(utf8(writeMarkdown(single, LABELS)), { fileName: "testo-ostile.it.md" });
    expect(parsed.title).toBe(plainText(single.titleIt));
    const read = parsed.blocks.map((block) => ({ ...parseInlineMarkdown(block.text), headingLevel: block.headingLevel }));
    const expected = single.paragraphs.flatMap((paragraph) => [
      ...[paragraph.textIt, paragraph.textEn].map((text) => ({
        ...parseInlineMarkdown(collapse(text)),
        headingLevel: paragraph.headingLevel ?? undefined,
      })),
      ...(paragraph.translatorNote
        ? [{ ...parseInlineMarkdown(collapse(`*${LABELS.translatorNote}:* ${paragraph.translatorNote}`)), headingLevel: undefined }]
        : []),
    ]);
    // After the English title and the block about the source, the pairs in order.
    expect(read.slice(-expected.length)).toEqual(expected);
  });

  it("writes a source address as an autolink, percent-encoded where it is not made of URL characters", () => {
    for (const url of HOSTILE_URLS) {
      const rendered = marked.parse(writeMarkdown({ ...document, sourceUrl: url, paragraphs: [] }, LABELS), { async: false });
      expect(strayMarkup(rendered), url).toEqual([]);
    }
    expect(markdownAutolink('https://example.com/"><script>')).toBe("<https://example.com/%22%3E%3Cscript%3E>");
    expect(markdownAutolink("https://it.wikipedia.org/wiki/Città?a=1&b=[2]#x")).toBe(
      "<https://it.wikipedia.org/wiki/Citt%C3%A0?a=1&b=[2]#x>",
    );
    // Any other scheme is not a link at all, only its text.
    expect(markdownAutolink("javascript:alert(1)")).toBe("javascript:alert(1)");
    expect(markdownAutolink("<javascript:alert(1)>")).toBe("\\<javascript:alert(1)\\>");
  });
});

describe("importing the reading edition", () => {
  it("is refused, saying it is the reading edition and what to import instead, and nothing is stored", async () => {
    const admin = await createUser(db, { username: "edizione", displayName: "Edizione", role: "admin", password: "correct horse battery" });
    const edition = writeMarkdown(hostileDocument("edizione-di-lettura"), LABELS);
    const before = await snapshotTables(db);
    const refused = importFile(db, { italian: { name: "cina-kazakhstan.md", bytes: utf8(edition) }, english: null }, { userId: admin.id });
    await expect(refused).rejects.toMatchObject({ code: "reading-edition" });
    await expect(refused).rejects.toThrow(
      /cina-kazakhstan\.md is A Fronte's Markdown reading edition .* Import the text's TMX or XLIFF export instead\./,
    );
    expect(await snapshotTables(db)).toEqual(before);
  });

  it("is not confused with an article that quotes now and then", async () => {
    const article = [
      "# Un articolo",
      "Di Mario Rossi.",
      "---",
      "Un paragrafo.",
      "> Una citazione.",
      "Un altro paragrafo.",
      "Un terzo.",
      "Fonte: Prova",
      "",
    ];
    const imported = await importFile(db, { italian: { name: "articolo.md", bytes: utf8(article.join("\n\n")) }, english: null }, {});
    expect(imported).toMatchObject({ kind: "document", pairs: 5 });
  });
});

describe("the attribution line", () => {
  const head = (attribution: string) =>
    writeMarkdown({ ...hostileDocument("attribuzione"), attribution, paragraphs: [] }, LABELS)
      .split("\n\n")[2]!
      .split("  \n")[0];
  it("is written once under its own label, and under the source's label when it has none", () => {
    // The seed's attribution is the article's own "Fonte: C.E.S.I." line.
    expect(head("Fonte: C.E.S.I.")).toBe("Fonte: C.E.S.I.");
    expect(head("C.E.S.I. – Centro Studi Internazionali")).toBe("Fonte: C.E.S.I. – Centro Studi Internazionali");
  });
});

describe("a document's source address", () => {
  const REFUSED = [...HOSTILE_URLS, "https://it.wikipedia.org/wiki/Città", "ftp://example.com/x", "//example.com/x"];

  it("is an http(s) URL of URL characters only, and the refusal says what to do", () => {
    expect(sourceUrlSchema.safeParse("https://www.cesi-italia.org/articoli/cina?lang=it&x=1#p-2").success).toBe(true);
    expect(sourceUrlSchema.safeParse("https://it.wikipedia.org/wiki/Citt%C3%A0_(Italia)").success).toBe(true);
    for (const url of REFUSED) expect(sourceUrlSchema.safeParse(url).success, url).toBe(false);
    expect(sourceUrlSchema.safeParse('https://example.com/"><script>').error?.issues[0]?.message).toMatch(
      /only URL characters: percent-encode .*" is %22, < is %3C/,
    );
    expect(sourceUrlSchema.safeParse("javascript:alert(1)").error?.issues[0]?.message).toMatch(/must be an http or https address/);
  });

  describe("at every entry point", () => {
    const hostile = 'https://example.com/"><script>alert(1)</script>';
    const italian = "# Cina e Kazakhstan\n\nNel 2018 la Cina e il Kazakhstan hanno firmato un accordo.\n\nFonte: C.E.S.I.";
    const PASSWORD = "una-password-lunga";
    let admin: Awaited<ReturnType<typeof createUser>>;
    let token = "";

    beforeAll(async () => {
      admin = await createUser(db, { username: "ada", displayName: "Ada", role: "admin", password: PASSWORD });
      ({ token } = await createImportToken(db, "test"));
    });

    it("the import page names the field", async () => {
      const form = new FormData();
      form.set("italian", new File([italian], "cina.md", { type: "text/markdown" }));
      form.set("url", hostile);
      const before = await snapshotTables(db);
      expect(await importFromForm(db, admin, form)).toMatchObject({ ok: false, status: 422, error: "invalid-field", field: "url" });
      expect(await snapshotTables(db)).toEqual(before);
    });

    it("an exchange file's source-url is refused with the reason, nothing stored", async () => {
      const document: ExchangeDocument = {
        ...hostileDocument("da-tmx", hostile),
        paragraphs: [{ textIt: "Uno.", textEn: "One.", status: "approved", translatorNote: null, headingLevel: null }],
      };
      const before = await snapshotTables(db);
      await expect(importFile(db, { italian: { name: "da-tmx.tmx", bytes: utf8(writeTmx(document)) } })).rejects.toThrow(
        /sourceUrl[\s\S]*only URL characters|only URL characters[\s\S]*sourceUrl/,
      );
      expect(await snapshotTables(db)).toEqual(before);
    });

    it("npm run import -- --url says why and stores nothing", async () => {
      const folder = fs.mkdtempSync(path.join(os.tmpdir(), "a-fronte-source-url-"));
      const file = path.join(folder, "cina.md");
      fs.writeFileSync(file, italian);
      // Using the token is recorded; nothing else may change.
      const stored = async () => ({ ...(await snapshotTables(db)), importTokens: [] });
      const before = await stored();
      const result = spawnSync(process.execPath, ["node_modules/tsx/dist/cli.mjs", "scripts/import.ts", file, "--url", hostile], {
        env: { ...process.env, A_FRONTE_IMPORT_TOKEN: token },
        encoding: "utf8",
      });
      expect(result.status).toBe(1);
      expect(result.stderr).toMatch(/Import refused: .*only URL characters/);
      expect(await stored()).toEqual(before);
    });
  });
});
