import { escapeText } from "./xml-writer";

/** Markup already written (escaped); plain strings given to `h` are text and get escaped. */
export class Markup {
  constructor(readonly xml: string) {}
}

export type XhtmlChild = Markup | string | null | undefined | false;

const VOID = new Set(["meta", "link", "br", "hr", "img"]);

/**
 * One XHTML element, written inline (no indentation, so mixed text stays as it is):
 * attributes left out when undefined; `lang` also as `xml:lang`, as EPUB reading
 * systems look for either.
 */
export function h(name: string, attributes: Record<string, string | undefined> = {}, ...children: XhtmlChild[]): Markup {
  const written = Object.entries(attributes)
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .flatMap(([key, value]) => (key === "lang" ? [["lang", value] as const, ["xml:lang", value] as const] : [[key, value] as const]))
    .map(([key, value]) => ` ${key}="${escapeText(value).replace(/"/g, "&quot;")}"`)
    .join("");
  if (VOID.has(name)) return new Markup(`<${name}${written}/>`);
  return new Markup(`<${name}${written}>${join(children)}</${name}>`);
}

/** Children written one after the other. */
export function join(children: readonly XhtmlChild[]): string {
  return children.map((child) => (child instanceof Markup ? child.xml : child ? escapeText(child) : "")).join("");
}

/** A whole XHTML content document of an EPUB 3, with the book's stylesheet. */
export function xhtmlPage(language: string, title: string, ...body: XhtmlChild[]): string {
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE html>\n' +
    `<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" lang="${language}" xml:lang="${language}">\n` +
    `<head><meta charset="UTF-8"/><title>${escapeText(title)}</title><link rel="stylesheet" type="text/css" href="style.css"/></head>\n` +
    `<body>\n${body.map((child) => join([child])).join("\n")}\n</body>\n</html>\n`
  );
}
