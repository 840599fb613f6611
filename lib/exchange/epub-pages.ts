import { percentEncodeUrl } from "../core/source-url";
import type { GlossaryEntry } from "../glossary";
import { markText, type GlossaryMatchers, type StyledSegment } from "../glossary/mark-paragraphs";
import type { Language } from "../glossary/term-matcher";
import { LOST_WORD, markLostWords, parseLostWords } from "../reader/lost-words";
import { parseInlineMarkdown } from "../text/inline-markdown";
import type { ExchangeDocument, ExchangePairs, ExchangeParagraph } from "./exchange-document";
import { h, join, Markup, xhtmlPage, type XhtmlChild } from "./xhtml";

/** The words of the e-book, in the language it was downloaded in. */
export interface EbookLabels {
  locale: Language;
  about: string;
  source: string;
  attribution: string;
  published: string;
  original: string;
  titlePage: string;
  contents: string;
  glossary: string;
  glossaryIntro: string;
  translatorNote: string;
  untranslated: string;
  /** The heading of the editor's note, and what a marker of a word the source lost means. */
  editorNote: string;
  lostWord: string;
  paragraphs: (first: number, last: number) => string;
}

/** The glossary's fields an e-book shows. */
export type EbookTerm = Pick<
  GlossaryEntry,
  "slug" | "termIt" | "termEn" | "abbreviation" | "expansionIt" | "expansionEn" | "definitionIt" | "definitionEn"
>;

/** A file of the book's text: a run of pairs, cut at headings or every MAX_PAIRS pairs. */
export interface Chapter {
  file: string;
  xhtml: string;
  /** Its entries in the table of contents: its headings, or its range of paragraphs when it has none. */
  entries: { href: string; label: string; lang?: Language }[];
}

/** Pairs per file at most: e-readers open a file at a time, and a book's 10,000 pairs would be slow as one. */
export const MAX_PAIRS = 200;
export const GLOSSARY_FILE = "glossary.xhtml";
export const TITLE_FILE = "title.xhtml";

const plain = (text: string) => parseInlineMarkdown(text).text;

/** The title page: both titles, the source, its attribution and date, the original's address, and how to read the book. */
export function titlePage(
  document: ExchangeDocument<ExchangePairs>,
  originalLanguage: Language,
  labels: EbookLabels,
  editorNote: { text: string; language: Language } | null = null,
): string {
  const field = (label: string, value: XhtmlChild, lang?: string) => [h("dt", {}, label), h("dd", { lang }, value)];
  return xhtmlPage(
    labels.locale,
    plain(document.titleIt),
    h(
      "section",
      { "epub:type": "titlepage", class: "titlepage" },
      h("h1", { lang: "it" }, plain(document.titleIt)),
      document.titleEn ? h("p", { lang: "en", class: "title-en" }, plain(document.titleEn)) : null,
      h(
        "dl",
        { class: "about" },
        ...field(labels.source, document.sourceName),
        ...field(labels.attribution, document.attribution, originalLanguage),
        ...(document.publishedOn ? field(labels.published, document.publishedOn) : []),
        ...(document.sourceUrl ? field(labels.original, sourceLink(document.sourceUrl)) : []),
      ),
      h("p", { class: "how-to-read" }, labels.about),
      editorNote
        ? h("section", { class: "editor-note" }, h("h2", {}, labels.editorNote), h("p", { lang: editorNote.language }, editorNote.text))
        : null,
    ),
  );
}

/** The original's address: a link when it is a web address (written as a URI), else text. */
function sourceLink(url: string): XhtmlChild {
  return /^https?:\/\/[^\s/?#]/i.test(url) ? h("a", { href: percentEncodeUrl(url) }, url) : url;
}

/**
 * The book's pairs as XHTML files of at most MAX_PAIRS pairs, a new file at each
 * heading of level 1 or 2: each pair the Italian then the English (side by side where
 * the screen is wide enough), a glossary term linked to its endnote the first time it
 * occurs in a file in each language, the translator's note a footnote of the English.
 * `used` collects the terms linked, for the glossary written after.
 */
export async function* chapters(
  pairs: ExchangePairs,
  matchers: GlossaryMatchers,
  known: ReadonlySet<string>,
  used: Set<string>,
  labels: EbookLabels,
): AsyncGenerator<Chapter> {
  let current: { first: number; pairs: Markup[]; headings: Chapter["entries"]; prose: boolean } | null = null;
  let marked = { it: new Set<string>(), en: new Set<string>() };
  let count = 0;
  let position = 0;
  const finish = (): Chapter => {
    count += 1;
    const file = `text-${String(count).padStart(3, "0")}.xhtml`;
    const { first, pairs: written, headings } = current!;
    const range = labels.paragraphs(first, position);
    const entries = headings.length
      ? headings.map((entry) => ({ ...entry, href: `${file}${entry.href}` }))
      : [{ href: file, label: range }];
    return { file, entries, xhtml: xhtmlPage("it", entries[0]!.label, h("section", { class: "text" }, ...written)) };
  };
  for await (const pair of pairs) {
    const next = position + 1;
    const opensChapter = pair.headingLevel !== null && pair.headingLevel <= 2 && current?.prose;
    if (current && (opensChapter || current.pairs.length >= MAX_PAIRS)) {
      yield finish();
      current = null;
    }
    if (!current) {
      current = { first: next, pairs: [], headings: [], prose: false };
      marked = { it: new Set(), en: new Set() };
    }
    position = next;
    const termLink = (language: Language, slug: string) => {
      if (!known.has(slug) || marked[language].has(slug)) return null;
      marked[language].add(slug);
      used.add(slug);
      return `${GLOSSARY_FILE}#g-${slug}`;
    };
    current.pairs.push(pairMarkup(pair, position, matchers, termLink, labels));
    if (pair.headingLevel) current.headings.push({ href: `#p-${position}`, label: plain(pair.textIt || pair.textEn), lang: "it" });
    else current.prose = true;
  }
  if (current) yield finish();
}

function pairMarkup(
  pair: ExchangeParagraph,
  position: number,
  matchers: GlossaryMatchers,
  termLink: (language: Language, slug: string) => string | null,
  labels: EbookLabels,
): Markup {
  const tag = pair.headingLevel ? `h${Math.min(pair.headingLevel, 6)}` : "p";
  const noteId = `n-${position}`;
  const half = (language: Language) => {
    // The Italian with a marker where the source lost a word, as in the reader.
    const text = language === "it" ? markLostWords(pair.textIt, parseLostWords(pair.lostWordsIt)) : pair.textEn;
    const className = `half half-${language}`;
    if (!text) return h("p", { class: `${className} missing`, lang: labels.locale }, labels.untranslated);
    const noteRef =
      language === "en" && pair.translatorNote
        ? h("a", { "epub:type": "noteref", href: `#${noteId}`, class: "note-ref", title: labels.translatorNote }, "*")
        : null;
    return h(
      tag,
      { class: className, lang: language },
      inline(markText(matchers, language, text), (slug) => termLink(language, slug), labels.lostWord),
      noteRef,
    );
  };
  // The note after the pair, not in it: on a wide screen the pair is a table row.
  return new Markup(
    join([
      h("div", { class: "pair", id: `p-${position}` }, half("it"), half("en")),
      pair.translatorNote
        ? h(
            "aside",
            { "epub:type": "footnote", id: noteId, class: "note" },
            h(
              "p",
              { lang: "en" },
              h("span", { class: "note-label", lang: labels.locale }, `${labels.translatorNote}: `),
              pair.translatorNote,
            ),
          )
        : null,
    ]),
  );
}

/** A paragraph's runs: emphasis kept, a term's pieces linked to its endnote when `link` gives an address. */
function inline(segments: readonly StyledSegment[], link: (slug: string) => string | null, lostWord = ""): Markup {
  const out: Markup[] = [];
  for (let index = 0; index < segments.length;) {
    const segment = segments[index]!;
    const slug = "slug" in segment ? segment.slug : null;
    // A term that emphasis cuts comes in several pieces, each with its slug: one link for all.
    let end = index + 1;
    while (slug && end < segments.length && "slug" in segments[end]! && (segments[end] as { slug: string }).slug === slug) end += 1;
    const runs = segments.slice(index, end).map((segment) => styled(segment, lostWord));
    const href = slug ? link(slug) : null;
    out.push(href ? h("a", { "epub:type": "noteref", href, class: "term" }, ...runs) : new Markup(join(runs)));
    index = end;
  }
  return new Markup(join(out));
}

function styled(segment: StyledSegment, lostWord: string): Markup {
  let run: XhtmlChild = segment.text.includes(LOST_WORD) ? withLostWords(segment.text, lostWord) : segment.text;
  if (segment.emphasis) run = h("em", {}, run);
  if (segment.strong) run = h("strong", {}, run);
  return new Markup(join([run]));
}

/** "[…]" where the source lost a word, its meaning in the title attribute (as in the reader, lib/reader/lost-words.ts). */
function withLostWords(text: string, lostWord: string): Markup {
  const pieces = text.split(LOST_WORD);
  return new Markup(
    join(
      pieces.flatMap((piece, index) => (index > 0 ? [h("span", { class: "lost-word", title: lostWord }, "[…]"), ` ${piece}`] : [piece])),
    ),
  );
}

/** The glossary at the end: the terms the book links to, as endnotes, in the book's language's order. */
export function glossaryPage(terms: readonly EbookTerm[], labels: EbookLabels): string {
  const italian = labels.locale === "it";
  const headword = (term: EbookTerm) => (italian ? term.termIt : term.termEn);
  const sorted = [...terms].sort((a, b) => headword(a).localeCompare(headword(b), labels.locale));
  return xhtmlPage(
    labels.locale,
    labels.glossary,
    h(
      "section",
      { "epub:type": "endnotes", class: "glossary" },
      h("h1", {}, labels.glossary),
      h("p", {}, labels.glossaryIntro),
      h(
        "ol",
        {},
        ...sorted.map((term) => {
          const expansion = italian ? term.expansionIt : term.expansionEn;
          const other = italian ? term.termEn : term.termIt;
          // The book's language first, as the list is sorted by it; a name spelt alike in both, once.
          return h(
            "li",
            { "epub:type": "endnote", id: `g-${term.slug}` },
            h(
              "p",
              { class: "headword" },
              h("strong", { lang: labels.locale }, headword(term)),
              other !== headword(term) ? new Markup(join([" / ", h("strong", { lang: italian ? "en" : "it" }, other)])) : null,
              term.abbreviation ? ` (${term.abbreviation})` : null,
            ),
            expansion && expansion !== headword(term) ? h("p", { class: "expansion", lang: labels.locale }, expansion) : null,
            h("p", { lang: labels.locale }, italian ? term.definitionIt : term.definitionEn),
          );
        }),
      ),
    ),
  );
}

/** The navigation document: the title page, each file's headings or range of paragraphs, the glossary. */
export function navigationPage(
  title: string,
  entries: readonly Chapter["entries"][number][],
  hasGlossary: boolean,
  labels: EbookLabels,
): string {
  const item = (href: string, label: string, lang?: string) => h("li", {}, h("a", { href, lang }, label));
  return xhtmlPage(
    labels.locale,
    title,
    h(
      "nav",
      { "epub:type": "toc", id: "toc" },
      h("h1", {}, labels.contents),
      h(
        "ol",
        {},
        item(TITLE_FILE, labels.titlePage),
        ...entries.map((entry) => item(entry.href, entry.label, entry.lang)),
        hasGlossary ? item(GLOSSARY_FILE, labels.glossary) : null,
      ),
    ),
    h(
      "nav",
      { "epub:type": "landmarks", hidden: "hidden" },
      h(
        "ol",
        {},
        h("li", {}, h("a", { "epub:type": "titlepage", href: TITLE_FILE }, labels.titlePage)),
        h("li", {}, h("a", { "epub:type": "bodymatter", href: entries[0]?.href.split("#")[0] ?? TITLE_FILE }, labels.contents)),
      ),
    ),
  );
}
