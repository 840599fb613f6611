/** An element to write: attributes left out when undefined, content as text or child elements. */
export interface XmlNode {
  name: string;
  attributes?: Record<string, string | number | undefined>;
  /** A string is the element's whole text (written inline, exactly); an array holds child elements. */
  content?: string | (XmlNode | null | undefined | false | "")[];
}

export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>\n';

/** Writes an element tree as indented XML; text content is written exactly as given, escaped. */
export function renderXml(root: XmlNode, prologue = XML_DECLARATION): string {
  return `${prologue}${renderNode(root, "")}\n`;
}

function renderNode(node: XmlNode, indent: string): string {
  const attributes = Object.entries(node.attributes ?? {})
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([name, value]) => ` ${name}="${escapeAttribute(String(value))}"`)
    .join("");
  const open = `${indent}<${node.name}${attributes}`;
  if (typeof node.content === "string") return `${open}>${escapeText(node.content)}</${node.name}>`;
  const children = (node.content ?? []).filter((child): child is XmlNode => Boolean(child));
  if (children.length === 0) return `${open}/>`;
  return `${open}>\n${children.map((child) => renderNode(child, `${indent}  `)).join("\n")}\n${indent}</${node.name}>`;
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
