import type { DecodeOptions } from "../core/decode-text";
import { checkInvisible } from "../core/invisible-characters";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { ImportError } from "../core/import-error";

/** The largest exchange file read: a long book as TMX or XLIFF, markup included. */
export const MAX_EXCHANGE_BYTES = 20 * 1024 * 1024;

/** An element of a parsed file: its local name, attributes as written, and content in order. */
export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: (XmlElement | string)[];
}

// Only the five entities XML predefines and character references are ever decoded.
// The parser itself expands nothing, and a file that declares entities is refused
// before parsing, so no "billion laughs" and no external entity can be read.
const REFERENCE = /&(#x[0-9a-fA-F]+|#[0-9]+|[A-Za-z_][\w.-]*);/g;
const PREDEFINED: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: "",
  trimValues: false,
  parseTagValue: false,
  parseAttributeValue: false,
  processEntities: false,
  htmlEntities: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
  cdataPropName: "#cdata",
  commentPropName: "#comment",
});

/** Decodes and parses an XML file safely, returning its root element. Throws ImportError naming the problem. */
export function readXml(bytes: Uint8Array, fileName: string, options: DecodeOptions = {}): XmlElement {
  const text = checkInvisible(decodeXmlText(bytes, fileName), fileName, options.stripInvisible);
  const doctype = /<!DOCTYPE[^>[]*\[/i.test(text);
  if (doctype || /<!ENTITY/i.test(text)) {
    throw new ImportError(
      "unsafe-xml",
      `${fileName} declares its own entities (a DOCTYPE with an internal subset); such declarations can expand without limit or read other files, so they are refused.`,
    );
  }
  const validation = XMLValidator.validate(text);
  if (validation !== true) {
    const { msg, line, col } = validation.err;
    throw new ImportError("not-xml", `${fileName} is not well-formed XML (line ${line}, column ${col}): ${msg}`);
  }
  let nodes: RawNode[];
  try {
    nodes = parser.parse(text) as RawNode[];
  } catch (error) {
    // The parser's own limits, such as how deeply elements may nest.
    throw new ImportError("not-xml", `${fileName} could not be read as XML: ${error instanceof Error ? error.message : String(error)}.`);
  }
  const root = nodes.map((node) => toElement(node, fileName)).find((node): node is XmlElement => node !== null && isElement(node));
  if (!root) throw new ImportError("not-xml", `${fileName} has no XML element.`);
  return root;
}

function decodeXmlText(bytes: Uint8Array, fileName: string): string {
  if (bytes.length === 0) throw new ImportError("empty", `${fileName} is empty (0 bytes).`);
  if (bytes.length > MAX_EXCHANGE_BYTES) {
    throw new ImportError(
      "too-large",
      `${fileName} is ${bytes.length} bytes; the limit for an exchange file is ${MAX_EXCHANGE_BYTES} bytes (20 MiB).`,
    );
  }
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new ImportError("not-utf8", `${fileName} is encoded as UTF-16; save it as UTF-8 and import it again.`);
  }
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new ImportError("not-utf8", `${fileName} is not valid UTF-8; save it as UTF-8 and import it again.`);
  }
  text = text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  if (!text.trimStart().startsWith("<")) {
    throw new ImportError("not-xml", `${fileName} is not an XML file: it does not start with "<".`);
  }
  return text;
}

type RawNode = Record<string, unknown> & { ":@"?: Record<string, string> };

function toElement(node: RawNode, fileName: string): XmlElement | string | null {
  const key = Object.keys(node).find((name) => name !== ":@");
  if (key === undefined || key === "#comment") return null;
  // A line end written as references ("&#13;&#10;") is a line end like a literal one.
  if (key === "#text") return decodeReferences(String(node[key]), fileName).replace(/\r\n?/g, "\n");
  // CDATA is text taken literally, references and all: "&amp;" in it is five characters.
  if (key === "#cdata")
    return (node[key] as RawNode[]).map((child) => (child["#text"] === undefined ? "" : String(child["#text"]))).join("");
  const content = (node[key] as RawNode[]).map((child) => toElement(child, fileName)).filter((child) => child !== null);
  const attributes = Object.fromEntries(Object.entries(node[":@"] ?? {}).map(([name, value]) => [name, decodeReferences(value, fileName)]));
  return { name: key.slice(key.indexOf(":") + 1), attributes, children: content };
}

function decodeReferences(text: string, fileName: string): string {
  return text.replace(REFERENCE, (reference, name: string) => {
    if (name.startsWith("#")) {
      const code = name[1] === "x" ? Number.parseInt(name.slice(2), 16) : Number.parseInt(name.slice(1), 10);
      if (!isXmlChar(code)) {
        throw new ImportError(
          "not-xml",
          `${fileName} contains the character reference ${reference}, which names no character XML allows (such as NUL, a control character or half of a surrogate pair).`,
        );
      }
      return String.fromCodePoint(code);
    }
    const value = PREDEFINED[name];
    if (value === undefined)
      throw new ImportError("not-xml", `${fileName} uses the entity ${reference}, which XML does not define and the file may not declare.`);
    return value;
  });
}

/** XML 1.0's Char production: tab, line feed, carriage return and the characters from U+0020, surrogates and U+FFFE/U+FFFF excluded. */
function isXmlChar(code: number): boolean {
  return (
    code === 0x09 ||
    code === 0x0a ||
    code === 0x0d ||
    (code >= 0x20 && code <= 0xd7ff) ||
    (code >= 0xe000 && code <= 0xfffd) ||
    (code >= 0x10000 && code <= 0x10ffff)
  );
}

function isElement(node: XmlElement | string): node is XmlElement {
  return typeof node !== "string";
}

/** The element's child elements, all or those with the local name given. */
export function elements(parent: XmlElement, name?: string): XmlElement[] {
  return parent.children.filter(isElement).filter((child) => name === undefined || child.name === name);
}

export function firstElement(parent: XmlElement, name: string): XmlElement | undefined {
  return elements(parent, name)[0];
}

/** Every descendant with the local name given, in document order. */
export function descendants(parent: XmlElement, name: string): XmlElement[] {
  return elements(parent).flatMap((child) => (child.name === name ? [child] : descendants(child, name)));
}

// Inline elements whose content is the original format's code (an HTML tag, a
// placeholder), not text: their content is left out of a segment's text.
const NATIVE_CODE = new Set(["bpt", "ept", "ph", "it", "ut", "sub-native"]);

/** Whether an inline element's content is native code (left out of the text) rather than text. */
export function isNativeCode(element: XmlElement): boolean {
  return NATIVE_CODE.has(element.name);
}

/** The text an element holds, inline markup unwrapped and native codes left out. */
export function textContent(element: XmlElement): string {
  return element.children
    .map((child) => (typeof child === "string" ? child : NATIVE_CODE.has(child.name) ? "" : textContent(child)))
    .join("");
}

/** The language an element declares (xml:lang, or lang once a prefix is dropped). */
export function languageAttribute(element: XmlElement): string | undefined {
  return element.attributes["xml:lang"] ?? element.attributes.lang;
}

/** Refuses a file whose root element is not the format's. */
export function requireRoot(root: XmlElement, name: string, format: string, fileName: string): void {
  if (root.name !== name) {
    throw new ImportError("wrong-root", `${fileName} is not a ${format} file: its root element is <${root.name}>, not <${name}>.`);
  }
}
