import { percentEncodeUrl } from "../core/source-url";
import type { ExchangeDocument, ExchangePairs, ExchangeParagraph, StreamedDocument } from "./exchange-document";

/** The words the Markdown edition needs, in the reader's language. */
export interface MarkdownLabels {
  source: string;
  published: string;
  translatorNote: string;
  /** Put in place of English not yet published. */
  untranslated: string;
}

/**
 * The readers' edition as Markdown, a fronte in one column: each Italian paragraph
 * followed by its English as a quotation, headings at their level, the translator's
 * note under the English. Inline emphasis is already Markdown in the texts; everything
 * else in them is escaped, so that any Markdown reader shows the text as text, as the
 * reader does (no HTML, no links but the source's address, no code or lists).
 */
export function writeMarkdown(document: ExchangeDocument, labels: MarkdownLabels): string {
  const blocks = [...headBlocks(document, labels), ...document.paragraphs.flatMap((paragraph) => pairBlocks(paragraph, labels))];
  return `${blocks.join("\n\n")}\n`;
}

/** writeMarkdown for a long text, written as its pairs are read. */
export async function* streamMarkdown(document: StreamedDocument, labels: MarkdownLabels): AsyncGenerator<string> {
  yield headBlocks(document, labels).join("\n\n");
  for await (const paragraph of document.paragraphs) yield `\n\n${pairBlocks(paragraph, labels).join("\n\n")}`;
  yield "\n";
}

/** The titles, the source and a rule. */
function headBlocks(document: ExchangeDocument<ExchangePairs>, labels: MarkdownLabels): string[] {
  const blocks: string[] = [`# ${markdownText(document.titleIt)}`];
  if (document.titleEn) blocks.push(quote(`# ${markdownText(document.titleEn)}`));
  const about = [
    markdownPlainText(labelled(document.attribution, labels.source)),
    document.publishedOn ? `${labels.published}: ${markdownPlainText(document.publishedOn)}` : null,
    document.sourceUrl ? markdownAutolink(document.sourceUrl) : null,
  ].filter(Boolean);
  blocks.push(about.join("  \n"), "---");
  return blocks;
}

/** The attribution under the source's label, unless it carries a label of its own ("Fonte: C.E.S.I."). */
function labelled(attribution: string, label: string): string {
  return /^[\p{L}][\p{L} ]{0,30}:\s/u.test(attribution) ? attribution : `${label}: ${attribution}`;
}

/** A pair: its Italian, its English as a quotation, and the translator's note under it. */
function pairBlocks(paragraph: ExchangeParagraph, labels: MarkdownLabels): string[] {
  const marker = paragraph.headingLevel ? `${"#".repeat(paragraph.headingLevel)} ` : "";
  const english = paragraph.textEn ? `${marker}${markdownText(paragraph.textEn)}` : `*${labels.untranslated}*`;
  return [
    ...(paragraph.textIt ? [`${marker}${markdownText(paragraph.textIt)}`] : []),
    quote(english),
    ...(paragraph.translatorNote ? [quote(`*${labels.translatorNote}:* ${markdownText(paragraph.translatorNote)}`)] : []),
  ];
}

function quote(block: string): string {
  return block
    .split("\n")
    .map((line) => `> ${line}`)
    .join("\n");
}

// Characters that open Markdown or HTML syntax wherever they stand: raw HTML and
// autolinks (<, and > with it), code spans (`), emphasis by underscore (_),
// strikethrough (~), table cells (|).
const ALWAYS_ESCAPED = new Set(["<", ">", "`", "_", "~", "|"]);
// The escapes the texts' own inline Markdown uses (lib/text/inline-markdown.ts).
const TEXT_ESCAPES = new Set(["*", "\\"]);

/**
 * A text in the texts' inline Markdown (`*em*`, `**strong**`, `\*`, `\\`) as Markdown
 * that shows the same: the emphasis and its escapes kept, everything else escaped.
 */
export function markdownText(text: string): string {
  return escapeLines(escapeInline(text, true));
}

/** Plain text (the attribution, a date) as Markdown that shows exactly that text, asterisks included. */
export function markdownPlainText(text: string): string {
  return escapeLines(escapeInline(text, false));
}

/**
 * An http(s) address as an autolink, percent-encoded where it is not made of URI
 * characters (so nothing closes the link early); any other address as plain text, so
 * a `javascript:` source never becomes a link.
 */
export function markdownAutolink(url: string): string {
  return /^https?:\/\/[^\s/?#]/i.test(url) ? `<${percentEncodeUrl(url)}>` : markdownPlainText(url);
}

function escapeInline(text: string, keepEmphasis: boolean): string {
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    const next = text[i + 1] ?? "";
    if (keepEmphasis && char === "\\" && TEXT_ESCAPES.has(next)) {
      // An escape of the texts' own: Markdown reads it the same way.
      out += char + next;
      i++;
    } else if (char === "\\" || (char === "*" && !keepEmphasis) || ALWAYS_ESCAPED.has(char)) {
      // A backslash that escapes nothing in the text would escape the next character in Markdown.
      out += `\\${char}`;
    } else if (char === "&" && /^&#?[a-z0-9]+;/i.test(text.slice(i))) {
      // "&lt;" in a text is those four characters, not a character reference.
      out += "\\&";
    } else if (
      (char === ":" && text.startsWith("//", i + 1) && /(https?|ftp)$/i.test(out.slice(-5))) ||
      (char === "." && /www$/i.test(out.slice(-3))) ||
      char === "@"
    ) {
      // Addresses in a text stay text, as in the reader: GFM would make links of
      // "https://…", "www.…" and "name@host", taking escapes after them into the link.
      out += `\\${char}`;
    } else if (char === "]" && (next === "(" || next === "[" || next === ":")) {
      // The end of a link's text ("[x](javascript:…)", "[x][ref]") or of a reference
      // definition ("[ref]: javascript:…"); square brackets alone stay as they are.
      out += "\\]";
    } else {
      out += char;
    }
  }
  return out;
}

/**
 * Keeps every line of a text a line of its paragraph: a leading "#", list marker or
 * rule would make it a heading, a list or a rule (or the line above a heading), a
 * closing "#" would be taken off a heading, and leading spaces (which a paragraph
 * drops anyway) would make code after a blank line.
 */
function escapeLines(text: string): string {
  return text
    .split("\n")
    .map((line) =>
      line
        .replace(/^[ \t]+/, "")
        .replace(/^(#|[-+*](?=[ \t]|$))/, "\\$1")
        .replace(/^(\d{1,9})([.)])(?=[ \t]|$)/, "$1\\$2")
        .replace(/^([-*=])(?=[-*= \t]*$)/, "\\$1")
        .replace(/([ \t])(#+[ \t]*)$/, "$1\\$2"),
    )
    .join("\n");
}
