/** A child as written in a tree: an element, or a left-out one (null, undefined, false, ""). */
export type XmlChild = XmlNode | null | undefined | false | "";

/** An element to write: attributes left out when undefined, content as text or child elements. */
export interface XmlNode {
  name: string;
  attributes?: Record<string, string | number | undefined>;
  /**
   * A string is the element's whole text (written inline, exactly); an array holds child
   * elements; an async iterable gives them one by one as they are read (a long text's
   * pairs), for streamXml only.
   */
  content?: string | readonly XmlChild[] | AsyncIterable<XmlChild> | InlineContent;
}

/**
 * Mixed content: text and inline elements written as they stand, without line breaks
 * or indentation between them (a segment's text with its inline codes).
 */
export interface InlineContent {
  inline: readonly (string | XmlNode)[];
}

function isInline(content: XmlNode["content"]): content is InlineContent {
  return typeof content === "object" && "inline" in content;
}

export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>\n';

/** Writes an element tree as indented XML; text content is written exactly as given, escaped. */
export function renderXml(root: XmlNode, prologue = XML_DECLARATION): string {
  return `${prologue}${renderNode(root, "")}\n`;
}

/**
 * Writes the same XML as renderXml piece by piece, reading streamed children as it
 * goes: a whole text's file is never held in memory, only the element being written.
 */
export async function* streamXml(root: XmlNode, prologue = XML_DECLARATION): AsyncGenerator<string> {
  yield prologue;
  yield* streamNode(root, "");
  yield "\n";
}

function renderNode(node: XmlNode, indent: string): string {
  const open = openTag(node, indent);
  if (typeof node.content === "string") return `${open}>${escapeText(node.content)}</${node.name}>`;
  if (isInline(node.content)) return `${open}>${renderInline(node.content)}</${node.name}>`;
  if (node.content && !Array.isArray(node.content)) throw new Error(`<${node.name}> has streamed children: write it with streamXml.`);
  const children = ((node.content ?? []) as readonly XmlChild[]).filter((child): child is XmlNode => Boolean(child));
  if (children.length === 0) return `${open}/>`;
  return `${open}>\n${children.map((child) => renderNode(child, `${indent}  `)).join("\n")}\n${indent}</${node.name}>`;
}

function renderInline({ inline }: InlineContent): string {
  return inline.map((item) => (typeof item === "string" ? escapeText(item) : renderNode(item, ""))).join("");
}

async function* streamNode(node: XmlNode, indent: string): AsyncGenerator<string> {
  if (typeof node.content === "string" || isInline(node.content)) {
    yield renderNode(node, indent);
    return;
  }
  const open = openTag(node, indent);
  let written = false;
  for await (const child of node.content ?? []) {
    if (!child) continue;
    yield written ? "\n" : `${open}>\n`;
    written = true;
    yield* streamNode(child, `${indent}  `);
  }
  yield written ? `\n${indent}</${node.name}>` : `${open}/>`;
}

/** An element's start tag without its closing ">" (or "/>"). */
function openTag(node: XmlNode, indent: string): string {
  const attributes = Object.entries(node.attributes ?? {})
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([name, value]) => ` ${name}="${escapeAttribute(String(value))}"`)
    .join("");
  return `${indent}<${node.name}${attributes}`;
}

export function escapeText(text: string): string {
  return stripInvalidCharacters(text).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

function escapeAttribute(text: string): string {
  // Newlines and tabs as references: a parser would otherwise turn them into spaces.
  return escapeText(text).replace(/"/g, "&quot;").replace(/\n/g, "&#10;").replace(/\t/g, "&#9;");
}

// XML 1.0 cannot carry most control characters, even escaped.
function stripInvalidCharacters(text: string): string {
  return text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, "");
}
