import { ImportError } from "../core/import-error";
import type { NewParagraph } from "../core/new-document";
import {
  documentMetadata,
  importedDocument,
  mapPairs,
  type ExchangeDocument,
  type ExchangePairs,
  type ExchangeParagraph,
  type ImportedDocument,
  type Segmentation,
  type StreamedDocument,
} from "./exchange-document";
import { importedParagraph, requireUnits, unitOrigin, type UnitOrigin } from "./imported-paragraph";
import { sentenceUnits } from "./sentence-units";
import { CodeIds, inlineContent, readInlineMarkdown, type CodeReading, type SpanWriter } from "./inline-codes";
import { descendants, elements, firstElement, isNativeCode, requireRoot, textContent, type XmlElement } from "./safe-xml";
import { xliffLanguages } from "./xliff-languages";
import { statusFromXliff21, xliff21State } from "./xliff-states";
import { renderXml, streamXml, type XmlChild, type XmlNode } from "./xml-writer";

/** Our metadata group in XLIFF 2's Metadata module. */
const META_CATEGORY = "a-fronte";

function metadataModule(entries: [string, string][]): XmlNode | false {
  return (
    entries.length > 0 && {
      name: "mda:metadata",
      content: [
        {
          name: "mda:metaGroup",
          attributes: { category: META_CATEGORY },
          content: entries.map(([type, value]) => ({ name: "mda:meta", attributes: { type }, content: value })),
        },
      ],
    }
  );
}

/**
 * XLIFF 2.1: one unit per pair, with one segment, or by sentence one segment per
 * sentence link (the spaces between them as ignorable text, so the unit is the pair
 * again); statuses as states, the rest in the Metadata module.
 */
export function writeXliff21(document: ExchangeDocument, segmentation: Segmentation = "paragraphs"): string {
  return renderXml(xliff21Tree(document, segmentation));
}

/** writeXliff21 for a long text, written as its pairs are read. */
export function streamXliff21(document: StreamedDocument, segmentation: Segmentation = "paragraphs"): AsyncGenerator<string> {
  return streamXml(xliff21Tree(document, segmentation));
}

/**
 * Emphasis and strong as XLIFF 2's spanning code, <pc>, of type "fmt" with the subTypes
 * the specification reserves for them, "xlf:i" and "xlf:b"; ids are unique in the unit.
 */
const SUB_TYPE = { emphasis: "xlf:i", strong: "xlf:b" } as const;
const writePc: SpanWriter = (span, content) => [
  { name: "pc", attributes: { id: span.id, type: "fmt", subType: SUB_TYPE[span.style] }, content: { inline: content } },
];

function styleOf(code: XmlElement) {
  const subType = code.attributes.subType;
  return subType === SUB_TYPE.strong ? "strong" : subType === SUB_TYPE.emphasis ? "emphasis" : null;
}

/** A source's and target's codes: <pc> as written, and the <sc>/<ec> pairs other tools write for the same. */
function readCode(code: XmlElement): CodeReading {
  if (code.name === "pc") return { wrap: styleOf(code) };
  if (code.name === "sc") return { begin: code.attributes.id ?? "", style: styleOf(code) };
  if (code.name === "ec") return { end: code.attributes.startRef ?? "" };
  return isNativeCode(code) ? { skip: true } : { wrap: null };
}

/** A pair's segments: one, or one per sentence link with the spaces between them. */
function segmentsOf(paragraph: ExchangeParagraph, segmentation: Segmentation, state: Record<string, string | undefined>): XmlChild[] {
  const units =
    segmentation === "sentences"
      ? sentenceUnits(paragraph)
      : [{ textIt: paragraph.textIt, textEn: paragraph.textEn, spaceIt: "", spaceEn: "" }];
  let firstId = 1;
  return units.flatMap((unit, part): XmlChild[] => {
    const ids = new CodeIds(firstId);
    const source = inlineContent(unit.textIt, (style) => ids.source(style), writePc);
    const target = inlineContent(unit.textEn, (style) => ids.target(style), writePc);
    firstId = ids.end;
    return [
      part > 0 &&
        (unit.spaceIt || unit.spaceEn) && {
          name: "ignorable",
          content: [
            { name: "source", content: unit.spaceIt },
            { name: "target", content: unit.spaceEn },
          ],
        },
      {
        name: "segment",
        attributes: state,
        content: [
          { name: "source", content: source },
          { name: "target", content: target },
        ],
      },
    ];
  });
}

function xliff21Tree(document: ExchangeDocument<ExchangePairs>, segmentation: Segmentation): XmlNode {
  return {
    name: "xliff",
    attributes: {
      xmlns: "urn:oasis:names:tc:xliff:document:2.0",
      "xmlns:mda": "urn:oasis:names:tc:xliff:metadata:2.0",
      version: "2.1",
      srcLang: "it",
      trgLang: "en",
    },
    content: [
      {
        name: "file",
        attributes: { id: "f1", original: document.slug },
        content: mapPairs(
          document.paragraphs,
          (paragraph, index): XmlChild => {
            const { state, subState } = xliff21State(paragraph.status ?? (paragraph.textEn ? "translated" : "draft"));
            return {
              name: "unit",
              attributes: { id: `u${index + 1}`, "xml:space": "preserve" },
              content: [
                metadataModule([
                  ...(paragraph.version !== undefined ? [["version", String(paragraph.version)] as [string, string]] : []),
                  ...(paragraph.headingLevel !== null ? [["heading-level", String(paragraph.headingLevel)] as [string, string]] : []),
                  ...(paragraph.publishedIt ? [["published-it", paragraph.publishedIt] as [string, string]] : []),
                  ...(paragraph.publishedEn ? [["published-en", paragraph.publishedEn] as [string, string]] : []),
                  ...(paragraph.publishedNote ? [["published-note", paragraph.publishedNote] as [string, string]] : []),
                  ...(paragraph.status === "needs_changes" && paragraph.statusReason
                    ? [["status-reason", paragraph.statusReason] as [string, string]]
                    : []),
                ]),
                paragraph.translatorNote && {
                  name: "notes",
                  content: [{ name: "note", attributes: { category: "translator" }, content: paragraph.translatorNote }],
                },
                ...segmentsOf(paragraph, segmentation, { state, subState }),
              ],
            };
          },
          [metadataModule(documentMetadata(document))],
        ),
      },
    ],
  };
}

/** Reads XLIFF 2.x as a document: a unit's segments (and the ignorable text between them) make one pair. */
export function readXliff21(root: XmlElement, fileName: string): ImportedDocument {
  requireRoot(root, "xliff", "XLIFF", fileName);
  const languages = xliffLanguages(root.attributes.srcLang, root.attributes.trgLang, fileName);
  const italianSource = languages.source === "it";
  const files = elements(root, "file");
  if (files.length === 0) throw new ImportError("wrong-root", `${fileName} is an <xliff> file without a <file>, so it holds no units.`);

  const metadata = new Map<string, string>();
  const paragraphs: NewParagraph[] = [];
  const origins: UnitOrigin[] = [];
  for (const file of files) {
    for (const [type, value] of ownMetadata(file)) metadata.set(type, value);
    for (const unit of descendants(file, "unit")) {
      const label = `unit ${paragraphs.length + 1}${unit.attributes.id ? ` (id "${unit.attributes.id}")` : ""}`;
      const parts = elements(unit).filter((part) => part.name === "segment" || part.name === "ignorable");
      const segments = parts.filter((part) => part.name === "segment");
      const sourceText = parts.map((part) => textOf(part, "source") ?? "").join("");
      // A segment without a target leaves the unit without one; ignorable text may omit it.
      const targetText = segments.some((segment) => !firstElement(segment, "target"))
        ? undefined
        : parts.map((part) => textOf(part, "target") ?? textOf(part, "source") ?? "").join("");
      const notesElement = firstElement(unit, "notes");
      const notes = notesElement ? elements(notesElement, "note").map(textContent) : [];
      const first = segments[0];
      const status = statusFromXliff21(first?.attributes.state, first?.attributes.subState);
      const unitMetadata = ownMetadata(unit);
      paragraphs.push(
        importedParagraph(
          {
            textIt: italianSource ? sourceText : targetText,
            textEn: italianSource ? targetText : sourceText,
            status,
            note: notes.length ? notes.join("\n") : undefined,
            headingLevel: unitMetadata.get("heading-level"),
            reason: unitMetadata.get("status-reason"),
            publishedEn: unitMetadata.get("published-en"),
            publishedIt: unitMetadata.get("published-it"),
            publishedNote: unitMetadata.get("published-note"),
          },
          label,
          fileName,
        ),
      );
      origins.push(unitOrigin(label, unit.attributes.id, unitMetadata.get("version"), status !== undefined));
    }
  }
  return importedDocument(metadata, requireUnits(paragraphs, fileName, "units (<unit>)"), origins, fileName);
}

function textOf(part: XmlElement, name: "source" | "target"): string | undefined {
  const element = firstElement(part, name);
  return element ? readInlineMarkdown(element, readCode) : undefined;
}

/** Our metadata on an element (its own mda:metadata, not its children's). */
function ownMetadata(element: XmlElement): Map<string, string> {
  const groups = elements(element, "metadata").flatMap((module) => elements(module, "metaGroup"));
  return new Map(
    groups
      .filter((group) => group.attributes.category === META_CATEGORY)
      .flatMap((group) => elements(group, "meta"))
      .map((meta) => [meta.attributes.type ?? "", textContent(meta)]),
  );
}
