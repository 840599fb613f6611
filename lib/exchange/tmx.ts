import { ImportError } from "../core/import-error";
import type { NewParagraph } from "../core/new-document";
import { REVIEW_STATUSES } from "../core/statuses";
import {
  documentMetadata,
  flatMapPairs,
  importedDocument,
  mapPairs,
  pairLanguage,
  PROPERTY_PREFIX,
  type ExchangeDocument,
  type ExchangePairs,
  type ExchangeParagraph,
  type ImportedDocument,
  type PairStatus,
  type Segmentation,
  type StreamedDocument,
} from "./exchange-document";
import { importedParagraph, requireUnits, unitOrigin } from "./imported-paragraph";
import { joinSentenceUnits, sentenceUnits } from "./sentence-units";
import { CodeIds, inlineContent, nativeStyle, nativeText, readInlineMarkdown, type CodeReading, type SpanWriter } from "./inline-codes";
import { elements, firstElement, isNativeCode, languageAttribute, requireRoot, textContent, type XmlElement } from "./safe-xml";
import { renderXml, streamXml, type XmlNode } from "./xml-writer";

const prop = (name: string, value: string): XmlNode => ({
  name: "prop",
  attributes: { type: `${PROPERTY_PREFIX}${name}` },
  content: value,
});

/**
 * Emphasis and strong as TMX's paired codes: <bpt> and <ept> of type "italic" or "bold",
 * holding the HTML tag each stands for (TMX carries the native code; "<i>" and "<b>"
 * are what any tool that shows or restores codes understands).
 */
const TYPE = { emphasis: "italic", strong: "bold" } as const;
const NATIVE = { emphasis: "i", strong: "b" } as const;
const writeCodes: SpanWriter = (span, content) => [
  { name: "bpt", attributes: { i: span.id, x: span.id, type: TYPE[span.style] }, content: `<${NATIVE[span.style]}>` },
  ...content,
  { name: "ept", attributes: { i: span.id }, content: `</${NATIVE[span.style]}>` },
];

/** A segment's codes: <bpt>/<ept> pairs by their i, bold and italic by type or by the tag they hold; <hi> is text. */
/** A TMX <seg> as the texts' inline Markdown: its codes for emphasis and strong read as such. */
export function readSegment(segment: XmlElement): string {
  return readInlineMarkdown(segment, readCode);
}

function readCode(code: XmlElement): CodeReading {
  const type = code.attributes.type;
  if (code.name === "bpt")
    return {
      begin: code.attributes.i ?? "",
      style: type === TYPE.strong ? "strong" : type === TYPE.emphasis ? "emphasis" : nativeStyle(nativeText(code)),
    };
  if (code.name === "ept") return { end: code.attributes.i ?? "" };
  return isNativeCode(code) ? { skip: true } : { wrap: null };
}

/** Both variants of a unit, the Italian's codes numbered first and the English's matched to them. */
function variants(textIt: string, textEn: string): XmlNode[] {
  const ids = new CodeIds();
  return [
    {
      name: "tuv",
      attributes: { "xml:lang": "it" },
      content: [{ name: "seg", content: inlineContent(textIt, (style) => ids.source(style), writeCodes) }],
    },
    {
      name: "tuv",
      attributes: { "xml:lang": "en" },
      content: [{ name: "seg", content: inlineContent(textEn, (style) => ids.target(style), writeCodes) }],
    },
  ];
}

/**
 * TMX 1.4b: one translation unit per pair, Italian then English, the pair's status,
 * translator's note and heading level as properties, the document's own fields as
 * properties of the header.
 */
export function writeTmx(document: ExchangeDocument, segmentation: Segmentation = "paragraphs"): string {
  return renderXml(tmxTree(document, segmentation));
}

/** writeTmx for a long text, written as its pairs are read. */
export function streamTmx(document: StreamedDocument, segmentation: Segmentation = "paragraphs"): AsyncGenerator<string> {
  return streamXml(tmxTree(document, segmentation));
}

/**
 * By sentence, a pair becomes a unit per sentence link, each naming its pair
 * ("paragraph") and, where it is not one space, what stands between it and the unit
 * before; the pair's status goes on each, its note and heading level on the first.
 */
function sentenceTus(paragraph: ExchangeParagraph, index: number): XmlNode[] {
  return sentenceUnits(paragraph).map((unit, part) => ({
    name: "tu",
    attributes: { tuid: `${index + 1}.${part + 1}` },
    content: [
      prop("paragraph", String(index + 1)),
      part === 0 && paragraph.version !== undefined && prop("version", String(paragraph.version)),
      part > 0 && unit.spaceIt !== " " && prop("space-it", unit.spaceIt),
      part > 0 && unit.spaceEn !== " " && prop("space-en", unit.spaceEn),
      paragraph.status && prop("status", paragraph.status),
      part === 0 && paragraph.translatorNote && prop("note", paragraph.translatorNote),
      part === 0 && paragraph.status === "needs_changes" && paragraph.statusReason && prop("status-reason", paragraph.statusReason),
      part === 0 && paragraph.headingLevel !== null && prop("heading-level", String(paragraph.headingLevel)),
      part === 0 && paragraph.publishedIt && prop("published-it", paragraph.publishedIt),
      part === 0 && paragraph.publishedEn && prop("published-en", paragraph.publishedEn),
      part === 0 && paragraph.publishedNote && prop("published-note", paragraph.publishedNote),
      ...variants(unit.textIt, unit.textEn),
    ],
  }));
}

function tmxTree(document: ExchangeDocument<ExchangePairs>, segmentation: Segmentation): XmlNode {
  return {
    name: "tmx",
    attributes: { version: "1.4" },
    content: [
      {
        name: "header",
        attributes: {
          creationtool: "A Fronte",
          creationtoolversion: "1",
          segtype: segmentation === "sentences" ? "sentence" : "paragraph",
          "o-tmf": "A Fronte",
          adminlang: "en",
          srclang: "it",
          datatype: "plaintext",
        },
        content: documentMetadata(document).map(([name, value]) => prop(name, value)),
      },
      {
        name: "body",
        content:
          segmentation === "sentences"
            ? flatMapPairs(document.paragraphs, sentenceTus)
            : mapPairs(document.paragraphs, (paragraph, index) => ({
                name: "tu",
                attributes: { tuid: String(index + 1) },
                content: [
                  paragraph.version !== undefined && prop("version", String(paragraph.version)),
                  paragraph.status && prop("status", paragraph.status),
                  paragraph.translatorNote && prop("note", paragraph.translatorNote),
                  paragraph.status === "needs_changes" && paragraph.statusReason && prop("status-reason", paragraph.statusReason),
                  paragraph.headingLevel !== null && prop("heading-level", String(paragraph.headingLevel)),
                  paragraph.publishedIt && prop("published-it", paragraph.publishedIt),
                  paragraph.publishedEn && prop("published-en", paragraph.publishedEn),
                  paragraph.publishedNote && prop("published-note", paragraph.publishedNote),
                  ...variants(paragraph.textIt, paragraph.textEn),
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

  const units = elements(body, "tu").map((unit, index) => {
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
      if (language && texts[language] === undefined) texts[language] = segment ? readSegment(segment) : "";
    }
    // Our note travels as a property; other tools add <note> elements, which are kept after it.
    const notes = [properties.get("note"), ...elements(unit, "note").map(textContent)]
      .map((note) => note?.trim())
      .filter((note, position, all): note is string => Boolean(note) && all.indexOf(note) === position);
    // A unit cut by sentence names its pair, and any space other than one before it.
    const spaces = { it: properties.get("space-it"), en: properties.get("space-en") };
    return { label, tuid: unit.attributes.tuid, properties, texts, notes, pair: properties.get("paragraph"), spaces };
  });
  const joined = joinSentenceUnits(units);
  const origins = joined.map(({ label, tuid, pair, properties }) =>
    unitOrigin(label, pair ?? tuid, properties.get("version"), properties.has("status")),
  );
  const paragraphs: NewParagraph[] = joined.map(({ label, properties, texts, notes }) =>
    importedParagraph(
      {
        textIt: texts.it,
        textEn: texts.en,
        status: statusProperty(properties.get("status"), label, fileName),
        note: notes.length ? notes.join("\n") : undefined,
        reason: properties.get("status-reason"),
        headingLevel: properties.get("heading-level"),
        publishedEn: properties.get("published-en"),
        publishedIt: properties.get("published-it"),
        publishedNote: properties.get("published-note"),
      },
      label,
      fileName,
    ),
  );
  return importedDocument(
    header ? ownProperties(header) : new Map(),
    requireUnits(paragraphs, fileName, "translation units (<tu>)"),
    origins,
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
