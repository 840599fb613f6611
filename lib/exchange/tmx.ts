import { ImportError } from "../core/import-error";
import type { NewParagraph } from "../core/new-document";
import { REVIEW_STATUSES } from "../core/statuses";
import {
  documentMetadata,
  importedDocument,
  mapPairs,
  pairLanguage,
  PROPERTY_PREFIX,
  type ExchangeDocument,
  type ExchangePairs,
  type ImportedDocument,
  type PairStatus,
  type StreamedDocument,
} from "./exchange-document";
import { importedParagraph, requireUnits } from "./imported-paragraph";
import { elements, firstElement, languageAttribute, requireRoot, textContent, type XmlElement } from "./safe-xml";
import { renderXml, streamXml, type XmlNode } from "./xml-writer";

const prop = (name: string, value: string): XmlNode => ({
  name: "prop",
  attributes: { type: `${PROPERTY_PREFIX}${name}` },
  content: value,
});

/**
 * TMX 1.4b: one translation unit per pair, Italian then English, the pair's status,
 * translator's note and heading level as properties, the document's own fields as
 * properties of the header.
 */
export function writeTmx(document: ExchangeDocument): string {
  return renderXml(tmxTree(document));
}

/** writeTmx for a long text, written as its pairs are read. */
export function streamTmx(document: StreamedDocument): AsyncGenerator<string> {
  return streamXml(tmxTree(document));
}

function tmxTree(document: ExchangeDocument<ExchangePairs>): XmlNode {
  return {
    name: "tmx",
    attributes: { version: "1.4" },
    content: [
      {
        name: "header",
        attributes: {
          creationtool: "A Fronte",
          creationtoolversion: "1",
          segtype: "paragraph",
          "o-tmf": "A Fronte",
          adminlang: "en",
          srclang: "it",
          datatype: "plaintext",
        },
        content: documentMetadata(document).map(([name, value]) => prop(name, value)),
      },
      {
        name: "body",
        content: mapPairs(document.paragraphs, (paragraph, index) => ({
          name: "tu",
          attributes: { tuid: String(index + 1) },
          content: [
            paragraph.status && prop("status", paragraph.status),
            paragraph.translatorNote && prop("note", paragraph.translatorNote),
            paragraph.headingLevel !== null && prop("heading-level", String(paragraph.headingLevel)),
            { name: "tuv", attributes: { "xml:lang": "it" }, content: [{ name: "seg", content: paragraph.textIt }] },
            { name: "tuv", attributes: { "xml:lang": "en" }, content: [{ name: "seg", content: paragraph.textEn }] },
          ],
        })),
      },
    ],
  };
}

/**
 * Reads a TMX file as a document. Languages come from each variant's xml:lang
 * ("it-IT" counts as Italian), never from the header's srclang, which some tools
 * write as "en" whatever the source; variants in other languages are passed over.
 */
export function readTmx(root: XmlElement, fileName: string): ImportedDocument {
  requireRoot(root, "tmx", "TMX", fileName);
  const header = firstElement(root, "header");
  const body = firstElement(root, "body");
  if (!body) throw new ImportError("wrong-root", `${fileName} is a <tmx> file without a <body>, so it holds no units.`);

  const paragraphs: NewParagraph[] = elements(body, "tu").map((unit, index) => {
    const label = `unit ${index + 1}${unit.attributes.tuid ? ` (tuid "${unit.attributes.tuid}")` : ""}`;
    const properties = ownProperties(unit);
    const texts: Partial<Record<"it" | "en", string>> = {};
    for (const variant of elements(unit, "tuv")) {
      const tag = languageAttribute(variant);
      if (!tag)
        throw new ImportError(
          "missing-language",
          `${fileName}: ${label} has a variant (<tuv>) without xml:lang, so its language is unknown.`,
        );
      const language = pairLanguage(tag);
      const segment = firstElement(variant, "seg");
      if (language && texts[language] === undefined) texts[language] = segment ? textContent(segment) : "";
    }
    // Our note travels as a property; other tools add <note> elements, which are kept after it.
    const notes = [properties.get("note"), ...elements(unit, "note").map(textContent)]
      .map((note) => note?.trim())
      .filter((note, position, all): note is string => Boolean(note) && all.indexOf(note) === position);
    return importedParagraph(
      {
        textIt: texts.it,
        textEn: texts.en,
        status: statusProperty(properties.get("status"), label, fileName),
        note: notes.length ? notes.join("\n") : undefined,
        headingLevel: properties.get("heading-level"),
      },
      label,
      fileName,
    );
  });
  return importedDocument(
    header ? ownProperties(header) : new Map(),
    requireUnits(paragraphs, fileName, "translation units (<tu>)"),
    fileName,
  );
}

/** A Fronte's own properties of an element, by name without the prefix. */
function ownProperties(element: XmlElement): Map<string, string> {
  return new Map(
    elements(element, "prop")
      .filter((property) => property.attributes.type?.startsWith(PROPERTY_PREFIX))
      .map((property) => [property.attributes.type?.slice(PROPERTY_PREFIX.length) ?? "", textContent(property)]),
  );
}

function statusProperty(value: string | undefined, label: string, fileName: string): PairStatus | undefined {
  if (value === undefined) return undefined;
  const status = REVIEW_STATUSES.find((candidate) => candidate === value.trim());
  if (!status)
    throw new ImportError(
      "invalid-unit",
      `${fileName}: ${label} has the status "${value}"; a status is one of ${REVIEW_STATUSES.join(", ")}.`,
    );
  return status;
}
