// The readers' e-book (lib/exchange/epub.ts, /[locale]/texts/[slug]/download/epub): the
// published edition as EPUB 3, valid by Debian's epubcheck, for the seed article and for a
// book of thousands of pairs; the pairs facing, every text element with its language, a
// glossary term linked to its endnote once per file and language, translator's notes as
// footnotes, both titles, the source and attribution; user text stays text.
import { unzipSync, strFromU8 } from "fflate";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getPublishedEdition } from "@/lib/exchange/editions";
import { writeEpub, type EbookLabels } from "@/lib/exchange/epub";
import type { ExchangeDocument, ExchangeParagraph } from "@/lib/exchange/exchange-document";
import { getGlossary, getGlossaryMatchers } from "@/lib/glossary";
import { seedLibrary } from "@/prisma/seed/seed-library";
import { epubcheck } from "../support/epubcheck";

const LABELS: EbookLabels = {
  locale: "en",
  about: "Each Italian paragraph is followed by its English translation.",
  source: "Source",
  attribution: "Attribution",
  published: "Published",
  original: "Original",
  titlePage: "Title page",
  contents: "Contents",
  glossary: "Glossary",
  glossaryIntro: "The terms of the glossary that occur in this text.",
  translatorNote: "Translator’s note",
  untranslated: "Translation not yet published",
  editorNote: "Editor’s note",
  lostWord: "a word is missing here in the Italian source",
  paragraphs: (first, last) => `Paragraphs ${first}–${last}`,
};

async function book(
  document: ExchangeDocument<ExchangeDocument["paragraphs"] | AsyncIterable<ExchangeParagraph>>,
  editorNote: { text: string; language: "it" | "en" } | null = null,
) {
  const chunks: Uint8Array[] = [];
  const options = {
    identifier: `https://a-fronte.example/it/texts/${document.slug}`,
    originalLanguage: "it" as const,
    matchers: await getGlossaryMatchers(document.slug),
    glossary: await getGlossary(),
    labels: LABELS,
    editorNote,
  };
  for await (const chunk of writeEpub(document, options)) chunks.push(chunk);
  const bytes = Buffer.concat(chunks);
  return { bytes, files: unzipSync(bytes) };
}

const text = (files: Record<string, Uint8Array>, name: string) => strFromU8(files[name]!);
const textFiles = (files: Record<string, Uint8Array>) => Object.keys(files).filter((name) => /^EPUB\/text-\d+\.xhtml$/.test(name));

beforeAll(async () => {
  await seedLibrary(db);
});

describe("the seed article as an e-book", () => {
  it("is valid EPUB 3 by epubcheck, with the mimetype stored first", async () => {
    const { bytes, files } = await book((await getPublishedEdition("cesi-cina-kazakhstan"))!, {
      text: "The article ends here.",
      language: "en",
    });
    // The first entry's name and content, uncompressed, at the zip's start.
    expect(bytes.subarray(30, 58).toString("latin1")).toBe("mimetypeapplication/epub+zip");
    expect(Object.keys(files)[0]).toBe("mimetype");
    const report = epubcheck(bytes);
    expect(report.problems).toEqual([]);
    expect(report.output).toContain("No errors or warnings detected");
  });

  it("faces each Italian paragraph with its English, every text element in its language", async () => {
    const { files } = await book((await getPublishedEdition("cesi-cina-kazakhstan"))!);
    expect(textFiles(files)).toEqual(["EPUB/text-001.xhtml"]);
    const chapter = text(files, "EPUB/text-001.xhtml");
    expect(chapter.match(/<div class="pair" id="p-\d+">/g)).toHaveLength(15);
    expect(chapter).toContain('<p class="half half-it" lang="it" xml:lang="it">Nel settembre 2018 il Vicepresidente');
    expect(chapter).toContain('<p class="half half-en" lang="en" xml:lang="en">In September 2018');
    // Every paragraph, heading and list item of every page says its language, or its page's.
    for (const name of Object.keys(files).filter((file) => file.endsWith(".xhtml"))) {
      const page = text(files, name);
      expect(page, name).toMatch(/<html [^>]*lang="(it|en)" xml:lang="(it|en)"/);
      for (const [tag] of page.matchAll(/<p[ >][^>]*>/g)) {
        if (name.includes("text-")) expect(tag, `${name}: ${tag}`).toMatch(/lang="(it|en)"/);
      }
    }
    // Both titles, the source and attribution on the title page.
    const title = text(files, "EPUB/title.xhtml");
    expect(title).toContain('<h1 lang="it" xml:lang="it">Cina, sviluppo e limiti della cooperazione difensiva con il Kazakhstan</h1>');
    expect(title).toContain(">China: The Development and Limits of Defence Cooperation with Kazakhstan</p>");
    expect(title).toContain("C.E.S.I. – Centro Studi Internazionali");
    expect(title).toContain('<dd lang="it" xml:lang="it">Fonte: C.E.S.I.</dd>');
    const opf = text(files, "EPUB/package.opf");
    expect(opf).toContain('<meta refines="#main-title" property="alternate-script" xml:lang="en">China: The Development');
    expect(opf).toMatch(/<dc:language>it<\/dc:language>\s*<dc:language>en<\/dc:language>/);
  });

  it("marks where the Italian source lost a word, and gives the editor's note on the title page", async () => {
    const { files } = await book((await getPublishedEdition("cesi-cina-kazakhstan"))!, { text: "The article ends here.", language: "en" });
    const chapter = text(files, "EPUB/text-001.xhtml");
    expect(chapter).toContain('che lega <span class="lost-word" title="a word is missing here in the Italian source">[…]</span> e ');
    expect(chapter.match(/class="lost-word"/g)).toHaveLength(5);
    expect(text(files, "EPUB/title.xhtml")).toContain(
      '<section class="editor-note"><h2>Editor’s note</h2><p lang="en" xml:lang="en">The article ends here.</p></section>',
    );
  });

  it("links a glossary term to its endnote the first time in each language, and the translator's notes as footnotes", async () => {
    const { files } = await book((await getPublishedEdition("cesi-cina-kazakhstan"))!);
    const chapter = text(files, "EPUB/text-001.xhtml");
    const links = [...chapter.matchAll(/<p class="half half-(it|en)"[^>]*>(.*?)<\/p>/g)].flatMap(([, language, body]) =>
      [...body!.matchAll(/href="glossary\.xhtml#g-([a-z0-9-]+)"/g)].map(([, slug]) => `${language}:${slug}`),
    );
    // "Kazakhstan" occurs seven times in each language: linked once in each.
    expect(links.filter((link) => link.endsWith(":kazakhstan"))).toEqual(["it:kazakhstan", "en:kazakhstan"]);
    expect(new Set(links).size).toBe(links.length);
    // Every linked term has its endnote, and the glossary holds no term the text does not link.
    const glossary = text(files, "EPUB/glossary.xhtml");
    const endnotes = [...glossary.matchAll(/<li epub:type="endnote" id="g-([a-z0-9-]+)">/g)].map(([, slug]) => slug);
    expect(new Set(endnotes)).toEqual(new Set(links.map((link) => link.split(":")[1])));
    expect(glossary).toContain('<strong lang="en" xml:lang="en">Shanghai Cooperation Organisation</strong>');

    // Paragraphs 3 and 4 carry the notes on the words lost from the source.
    expect(chapter).toContain('<a epub:type="noteref" href="#n-3" class="note-ref" title="Translator’s note">*</a>');
    expect(chapter).toMatch(
      /<aside epub:type="footnote" id="n-3" class="note"><p lang="en" xml:lang="en">.*The Italian source lacks a word here/,
    );
    expect(chapter.match(/epub:type="footnote"/g)?.length).toBe(chapter.match(/href="#n-\d+"/g)?.length);
  });
});

describe("a book", () => {
  it("is cut into files at its chapters and every 200 pairs, listed in the contents, and still valid", async () => {
    const pairs: ExchangeParagraph[] = [];
    for (let chapter = 1; chapter <= 6; chapter++) {
      pairs.push({ textIt: `Capitolo ${chapter}`, textEn: `Chapter ${chapter}`, translatorNote: null, headingLevel: 1 });
      for (let index = 1; index <= 449; index++) {
        pairs.push({
          textIt: `Il **Kazakhstan** e la *Cina* nel paragrafo ${index} del capitolo ${chapter}; <script>alert(1)</script> & altro.`,
          textEn: index % 50 === 0 ? "" : `Kazakhstan and *China* in paragraph ${index} of chapter ${chapter}; <b>bold</b> & more.`,
          translatorNote: index === 7 ? "A note with <i>markup</i> & an ampersand." : null,
          headingLevel: null,
        });
      }
    }
    async function* streamed() {
      yield* pairs;
    }
    const document = {
      slug: "libro",
      titleIt: "Un libro *lungo*",
      titleEn: "A long book",
      sourceName: "Prova <editore>",
      attribution: "Prova & figli",
      sourceUrl: "https://example.com/libro?a=1&b=2",
      publishedOn: "2020-05",
      paragraphs: streamed(),
    };
    const { bytes, files } = await book(document);
    expect(pairs).toHaveLength(2700);
    // Each chapter of 450 pairs: 200, 200, 50.
    expect(textFiles(files)).toHaveLength(18);
    expect(text(files, "EPUB/text-001.xhtml").match(/class="pair"/g)).toHaveLength(200);
    expect(text(files, "EPUB/text-004.xhtml")).toContain('<h1 class="half half-it" lang="it" xml:lang="it">Capitolo 2</h1>');
    const nav = text(files, "EPUB/nav.xhtml");
    expect(nav).toContain('<a href="text-004.xhtml#p-451" lang="it" xml:lang="it">Capitolo 2</a>');
    expect(nav).toContain('<a href="text-002.xhtml">Paragraphs 201–400</a>');
    // Text is text: markup typed in a pair comes out escaped; emphasis is emphasis.
    const first = text(files, "EPUB/text-001.xhtml");
    expect(first).toContain("; &lt;script&gt;alert(1)&lt;/script&gt; &amp; altro.");
    expect(first).not.toContain("<script");
    expect(first).toContain("<em>China</em>");
    expect(first).toContain('<p class="half half-en missing" lang="en" xml:lang="en">Translation not yet published</p>');
    // Terms linked once per file and language, so each file's first pairs carry the links.
    expect(text(files, "EPUB/text-002.xhtml").match(/g-kazakhstan/g)).toHaveLength(2);
    expect(epubcheck(bytes).problems).toEqual([]);
  });
});
