import { Zip, ZipDeflate, ZipPassThrough } from "fflate";
import type { GlossaryMatchers } from "../glossary/mark-paragraphs";
import type { Language } from "../glossary/term-matcher";
import { parseInlineMarkdown } from "../text/inline-markdown";
import type { ExchangeDocument, ExchangePairs } from "./exchange-document";
import {
  chapters,
  GLOSSARY_FILE,
  glossaryPage,
  navigationPage,
  TITLE_FILE,
  titlePage,
  type Chapter,
  type EbookLabels,
  type EbookTerm,
} from "./epub-pages";
import { renderXml, type XmlNode } from "./xml-writer";

export type { EbookLabels, EbookTerm } from "./epub-pages";

export interface EbookOptions {
  /** The book's identifier: the text's address on the site. */
  identifier: string;
  originalLanguage: Language;
  matchers: GlossaryMatchers;
  glossary: readonly EbookTerm[];
  labels: EbookLabels;
  /** What the editors say of the whole text, on the title page, in the language it was written in. */
  editorNote?: { text: string; language: Language } | null;
  /** When the book was made (dcterms:modified); now by default. */
  modified?: Date;
}

/**
 * The published edition as an EPUB 3 book, written as its pairs are read: the
 * `mimetype` entry first and stored, then the container, the stylesheet, the title
 * page, the text in files of at most MAX_PAIRS pairs, the glossary of the terms it
 * links, the navigation document and the package document (last, since it lists the
 * files the text was cut into). A whole book is never held in memory, one file of it is.
 */
export async function* writeEpub(document: ExchangeDocument<ExchangePairs>, options: EbookOptions): AsyncGenerator<Uint8Array> {
  const written: Uint8Array[] = [];
  let failure: Error | null = null;
  const zip = new Zip((error, chunk) => {
    if (error) failure = error;
    else written.push(chunk);
  });
  const flush = function* () {
    if (failure) throw failure;
    yield* written.splice(0);
  };
  const encoder = new TextEncoder();
  const add = (name: string, text: string) => {
    const entry = new ZipDeflate(name, { level: 6 });
    zip.add(entry);
    entry.push(encoder.encode(text), true);
  };

  // Reading systems find the type in the first bytes: stored, uncompressed, first.
  const mimetype = new ZipPassThrough("mimetype");
  zip.add(mimetype);
  mimetype.push(encoder.encode("application/epub+zip"), true);
  add("META-INF/container.xml", CONTAINER);
  add("EPUB/style.css", STYLESHEET);
  add(`EPUB/${TITLE_FILE}`, titlePage(document, options.originalLanguage, options.labels, options.editorNote ?? null));
  yield* flush();

  const known = new Set(options.glossary.map((term) => term.slug));
  const used = new Set<string>();
  const files: Chapter["file"][] = [];
  const entries: Chapter["entries"] = [];
  for await (const chapter of chapters(document.paragraphs, options.matchers, known, used, options.labels)) {
    add(`EPUB/${chapter.file}`, chapter.xhtml);
    files.push(chapter.file);
    entries.push(...chapter.entries);
    yield* flush();
  }

  const terms = options.glossary.filter((term) => used.has(term.slug));
  if (terms.length) add(`EPUB/${GLOSSARY_FILE}`, glossaryPage(terms, options.labels));
  const title = parseInlineMarkdown(document.titleIt).text;
  add("EPUB/nav.xhtml", navigationPage(title, entries, terms.length > 0, options.labels));
  add("EPUB/package.opf", packageDocument(document, options, files, terms.length > 0));
  zip.end();
  yield* flush();
}

const CONTAINER = renderXml({
  name: "container",
  attributes: { version: "1.0", xmlns: "urn:oasis:names:tc:opendocument:xmlns:container" },
  content: [
    {
      name: "rootfiles",
      content: [{ name: "rootfile", attributes: { "full-path": "EPUB/package.opf", "media-type": "application/oebps-package+xml" } }],
    },
  ],
});

const XHTML = "application/xhtml+xml";

/** The package document: the book's metadata in both languages, every file, and the reading order. */
function packageDocument(
  document: ExchangeDocument<ExchangePairs>,
  options: EbookOptions,
  files: readonly string[],
  hasGlossary: boolean,
): string {
  const dc = (name: string, content: string, attributes?: XmlNode["attributes"]): XmlNode => ({ name: `dc:${name}`, attributes, content });
  const meta = (property: string, content: string, refines?: string): XmlNode => ({
    name: "meta",
    attributes: { property, refines },
    content,
  });
  const modified = (options.modified ?? new Date()).toISOString().replace(/\.\d+Z$/, "Z");
  const item = (id: string, href: string, mediaType = XHTML, properties?: string): XmlNode => ({
    name: "item",
    attributes: { id, href, "media-type": mediaType, properties },
  });
  const textItems = files.map((file) => ({ id: file.replace(/\.xhtml$/, ""), href: file }));
  const reading = [{ id: "title", href: TITLE_FILE }, ...textItems, ...(hasGlossary ? [{ id: "glossary", href: GLOSSARY_FILE }] : [])];
  const [first, second] = options.originalLanguage === "it" ? (["it", "en"] as const) : (["en", "it"] as const);
  const titles = { it: parseInlineMarkdown(document.titleIt).text, en: parseInlineMarkdown(document.titleEn).text };
  return renderXml({
    name: "package",
    attributes: { xmlns: "http://www.idpf.org/2007/opf", version: "3.0", "unique-identifier": "book-id", "xml:lang": first },
    content: [
      {
        name: "metadata",
        attributes: { "xmlns:dc": "http://purl.org/dc/elements/1.1/" },
        content: [
          dc("identifier", options.identifier, { id: "book-id" }),
          dc("title", titles[first] || titles[second], { id: "main-title", "xml:lang": first }),
          titles[second] && {
            name: "meta",
            attributes: { refines: "#main-title", property: "alternate-script", "xml:lang": second },
            content: titles[second],
          },
          dc("language", first),
          dc("language", second),
          dc("creator", document.sourceName),
          dc("publisher", "A Fronte"),
          document.publishedOn ? dc("date", document.publishedOn) : null,
          document.sourceUrl ? dc("source", document.sourceUrl) : null,
          meta("dcterms:modified", modified),
          meta("schema:accessMode", "textual"),
          meta("schema:accessModeSufficient", "textual"),
          ...["structuralNavigation", "tableOfContents", "readingOrder"].map((feature) => meta("schema:accessibilityFeature", feature)),
          meta("schema:accessibilityHazard", "none"),
        ],
      },
      {
        name: "manifest",
        content: [
          item("nav", "nav.xhtml", XHTML, "nav"),
          item("style", "style.css", "text/css"),
          ...reading.map(({ id, href }) => item(id, href)),
        ],
      },
      { name: "spine", content: reading.map(({ id }) => ({ name: "itemref", attributes: { idref: id } })) },
    ],
  });
}

/**
 * Stacked on a narrow screen (the Italian, then the English set off by a rule), side by
 * side where there is room; tables, not flex or grid, as older reading systems know them.
 */
const STYLESHEET = `body { margin: 0 3%; line-height: 1.45; }
h1, h2, h3, h4, h5, h6 { line-height: 1.25; }
.titlepage h1 { margin: 2em 0 0.3em; }
.title-en { font-size: 1.25em; font-style: italic; margin: 0 0 2em; }
.about dt { font-weight: bold; margin-top: 0.6em; }
.about dd { margin: 0; }
.how-to-read { margin-top: 2em; font-size: 0.9em; }
.pair { margin: 0 0 1.2em; }
.half { margin: 0 0 0.5em; }
.half-en { padding-left: 0.8em; border-left: 2px solid #999; }
.missing { font-style: italic; }
a.term { color: inherit; text-decoration: underline; text-decoration-style: dotted; }
a.note-ref { vertical-align: super; font-size: 0.75em; line-height: 0; text-decoration: none; }
.note { font-size: 0.85em; margin: 0 0 1.2em; }
.note-label { font-style: italic; }
.glossary ol { list-style: none; padding: 0; }
.glossary li { margin-bottom: 0.8em; }
.glossary p { margin: 0.2em 0; }
.expansion { font-style: italic; }
@media (min-width: 40em) {
  .pair { display: table; width: 100%; table-layout: fixed; border-spacing: 1.2em 0; }
  .half { display: table-cell; width: 50%; vertical-align: top; }
  .half-en { padding-left: 0; border-left: 0; }
}
`;
