import { Lexer, type Token, type Tokens } from "marked";
import { decodeText } from "../core/decode-text";
import { ImportError } from "../core/import-error";
import { readBlocks, type ParsedText, type RawBlock } from "./plain-text";
import { escapeInlineMarkdown, type SourceOptions } from "./source-text";

/** File names read as Markdown rather than plain text. */
export function isMarkdownFile(fileName: string): boolean {
  return /\.(md|markdown)$/i.test(fileName);
}

/**
 * Reads a UTF-8 Markdown file with marked's lexer. Headings become heading blocks
 * (`#` opening the file is the title, a `##` opening it a heading like any other;
 * a later `#` counts as level 2), paragraphs, list items and quotations become
 * paragraphs, and inline markup is rewritten in the texts' canonical form: `*em*`,
 * `**strong**`, literal `*` and `\` escaped. A link keeps its text and drops its address
 * (readers follow glossary links, not the source's); an image keeps its alternative
 * text; code keeps its characters.
 */
export function parseMarkdown(bytes: Uint8Array, options: SourceOptions = {}): ParsedText {
  return readBlocks(collectBlocks(lex(bytes, options)), options);
}

/** parseMarkdown for a text being imported: A Fronte's own reading edition is refused, naming what to import instead. */
export function parseMarkdownSource(bytes: Uint8Array, options: SourceOptions = {}): ParsedText {
  const tokens = lex(bytes, options);
  if (isReadingEdition(tokens)) {
    throw new ImportError(
      "reading-edition",
      `${options.fileName ?? "The file"} is A Fronte's Markdown reading edition (each Italian paragraph followed by its English as a quotation): it is for reading and does not import back, since its Italian and English would be taken for one text. Import the text's TMX or XLIFF export instead.`,
    );
  }
  return readBlocks(collectBlocks(tokens), options);
}

function lex(bytes: Uint8Array, options: SourceOptions): Token[] {
  return new Lexer().lex(decodeText(bytes, options.fileName ?? "the file", options));
}

/**
 * The shape of the reader's Markdown download (lib/exchange/markdown.ts): a \`#\` title,
 * the English title as a quotation, the source, a rule, then the pairs, each Italian
 * block followed by its English as a quotation (and the translator's note as another),
 * so that at least half the blocks after the rule are quotations. An article that
 * quotes now and then is not taken for one.
 */
function isReadingEdition(tokens: readonly Token[]): boolean {
  const blocks = tokens.filter((token) => token.type !== "space");
  const rule = blocks.findIndex((token) => token.type === "hr");
  const head = blocks.slice(0, Math.max(rule, 0)).map((token) => token.type);
  const titled = blocks[0]?.type === "heading" && (blocks[0] as Tokens.Heading).depth === 1;
  if (!titled || !["heading,paragraph", "heading,blockquote,paragraph"].includes(head.join(","))) return false;
  const body = blocks.slice(rule + 1);
  return body.length >= 2 && body.filter((token) => token.type === "blockquote").length * 2 >= body.length;
}

function collectBlocks(tokens: readonly Token[]): RawBlock[] {
  const blocks: RawBlock[] = [];
  for (const token of tokens) {
    switch (token.type) {
      case "heading": {
        const { depth, tokens: inline } = token as Tokens.Heading;
        // A `#` heading is stored as level 2 (the title is the page's level 1), so it is
        // marked here: only a `#` opening the file is the title, never a `##`.
        blocks.push({ ...block(inline, Math.min(6, Math.max(2, depth))), ...(depth === 1 ? { title: true } : {}) });
        break;
      }
      case "paragraph":
      case "text":
        blocks.push(block((token as Tokens.Paragraph).tokens ?? [{ type: "text", raw: token.raw, text: token.raw }]));
        break;
      case "blockquote":
        blocks.push(...collectBlocks((token as Tokens.Blockquote).tokens));
        break;
      case "list":
        for (const item of (token as Tokens.List).items) blocks.push(...collectBlocks(item.tokens));
        break;
      case "code":
        blocks.push({ raw: token.text, block: { text: escapeInlineMarkdown(collapse(token.text)) } });
        break;
      case "table": {
        const table = token as Tokens.Table;
        for (const row of [table.header, ...table.rows])
          blocks.push(block(row.flatMap((cell, index) => (index ? [SEPARATOR, ...cell.tokens] : cell.tokens))));
        break;
      }
      case "html": {
        // A block of HTML keeps its text (its known tags taken off); text that only looks
        // like a tag ("<nome>") is text.
        const text = collapse(htmlText(token.raw));
        if (text) blocks.push({ raw: text, block: { text: escapeInlineMarkdown(text) } });
        break;
      }
      // Rules and blank space carry no text of their own.
      default:
        break;
    }
  }
  return blocks.filter(({ block }) => block.text !== "");
}

const SEPARATOR: Token = { type: "text", raw: " | ", text: " | " };

/** A block from inline tokens: the stored text, and the plain text the layout rules look at. */
function block(tokens: readonly Token[], headingLevel?: number): RawBlock {
  const raw = collapse(plainOf(tokens));
  const text = collapse(canonical(tokens));
  return { raw, block: headingLevel ? { text, headingLevel } : { text } };
}

function canonical(tokens: readonly Token[]): string {
  return tokens
    .map((token) => {
      switch (token.type) {
        case "em":
          return wrap("*", canonical(token.tokens ?? []));
        case "strong":
          return wrap("**", canonical(token.tokens ?? []));
        case "link":
        case "del":
          return canonical(token.tokens ?? []);
        case "text":
          return "tokens" in token && token.tokens ? canonical(token.tokens) : escapeInlineMarkdown(decodeEntities(token.text));
        case "escape":
        case "codespan":
          return escapeInlineMarkdown(token.text);
        case "image":
          return escapeInlineMarkdown(token.text);
        case "br":
          return " ";
        case "html":
          return escapeInlineMarkdown(htmlText(token.raw));
        default:
          return "";
      }
    })
    .join("");
}

/** Emphasis around its text; spaces at the edges stay outside, where markers can close. */
function wrap(marker: string, inner: string): string {
  const match = /^(\s*)([\s\S]*?)(\s*)$/.exec(inner);
  const [, before = "", core = "", after = ""] = match ?? [];
  return core ? `${before}${marker}${core}${marker}${after}` : inner;
}

function plainOf(tokens: readonly Token[]): string {
  return tokens
    .map((token) => {
      if ("tokens" in token && token.tokens && token.type !== "text") return plainOf(token.tokens);
      if (token.type === "text" && "tokens" in token && token.tokens) return plainOf(token.tokens);
      if (token.type === "br") return "\n";
      if (token.type === "html") return htmlText(token.raw);
      return "text" in token && typeof token.text === "string" ? decodeEntities(token.text) : "";
    })
    .join("");
}

// HTML elements a text may carry over from a web page: their tags are markup, not text.
const HTML_ELEMENTS = new Set(
  (
    "a abbr article aside b bdi bdo big blockquote br caption center cite code col colgroup dd del details dfn div dl dt em " +
    "figcaption figure font footer h1 h2 h3 h4 h5 h6 header hr i img ins kbd li mark nav ol p pre q s samp section small " +
    "span strike strong sub summary sup table tbody td tfoot th thead tr tt u ul var wbr"
  ).split(" "),
);
const TAG = /<!--[\s\S]*?-->|<\/?([A-Za-z][A-Za-z0-9-]*)(?:\s[^<>]*)?\/?>/g;

/**
 * Raw HTML as the text it shows: comments and the tags of HTML elements taken off (a
 * line break a space), anything else that only looks like a tag ("<nome>", "<stdio.h>")
 * kept as written, since it is the text's own. Entities become their characters.
 */
function htmlText(raw: string): string {
  const text = raw.replace(TAG, (tag, name?: string) => {
    if (!name) return "";
    const element = name.toLowerCase();
    if (!HTML_ELEMENTS.has(element)) return tag;
    return element === "br" || element === "p" || element === "div" || element === "li" ? " " : "";
  });
  return decodeEntities(text);
}

function collapse(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0" };

/** Markdown keeps HTML character references as written; the stored text holds the characters. */
function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, name: string) => {
    if (name.startsWith("#")) {
      const code = name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : entity;
    }
    return ENTITIES[name.toLowerCase()] ?? entity;
  });
}
