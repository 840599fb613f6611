import { ImportError } from "../core/import-error";
import type { NewParagraph } from "../core/new-document";
import {
  documentMetadata,
  importedDocument,
  mapPairs,
  type ExchangeDocument,
  type ExchangePairs,
  type ImportedDocument,
  type StreamedDocument,
} from "./exchange-document";
import { importedParagraph, requireUnits } from "./imported-paragraph";
import { descendants, elements, firstElement, requireRoot, textContent, type XmlElement } from "./safe-xml";
import { italianIsSource } from "./xliff-languages";
import { statusFromXliff12, xliff12State } from "./xliff-states";
import { renderXml, streamXml, type XmlNode } from "./xml-writer";

/** Our extension namespace: the document's fields in the header, a heading's level on its unit. */
export const A_FRONTE_NAMESPACE = "urn:a-fronte:exchange";
const HEADING_LEVEL = "af:heading-level";

/** XLIFF 1.2: Italian source, English target, one trans-unit per pair in reading order. */
export function writeXliff12(document: ExchangeDocument): string {
  return renderXml(xliff12Tree(document));
}

/** writeXliff12 for a long text, written as its pairs are read. */
export function streamXliff12(document: StreamedDocument): AsyncGenerator<string> {
  return streamXml(xliff12Tree(document));
}

function xliff12Tree(document: ExchangeDocument<ExchangePairs>): XmlNode {
  const metadata = documentMetadata(document);
  return {
    name: "xliff",
    attributes: { version: "1.2", xmlns: "urn:oasis:names:tc:xliff:document:1.2", "xmlns:af": A_FRONTE_NAMESPACE },
    content: [
      {
        name: "file",
        attributes: { original: document.slug, "source-language": "it", "target-language": "en", datatype: "plaintext" },
        content: [
          metadata.length > 0 && {
            name: "header",
            content: metadata.map(([type, value]) => ({ name: "af:meta", attributes: { type }, content: value })),
          },
          {
            name: "body",
            content: mapPairs(document.paragraphs, (paragraph, index): XmlNode => {
              const { state, approved } = xliff12State(paragraph.status ?? (paragraph.textEn ? "translated" : "draft"));
              return {
                name: "trans-unit",
                attributes: {
                  id: String(index + 1),
                  "xml:space": "preserve",
                  approved,
                  [HEADING_LEVEL]: paragraph.headingLevel ?? undefined,
                },
                content: [
                  { name: "source", content: paragraph.textIt },
                  { name: "target", attributes: { state }, content: paragraph.textEn },
                  paragraph.translatorNote && { name: "note", attributes: { from: "translator" }, content: paragraph.translatorNote },
                ],
              };
            }),
          },
        ],
      },
    ],
  };
}

/** Reads XLIFF 1.x (1.2, and the 1.1 that translate-toolkit writes) as a document. */
export function readXliff12(root: XmlElement, fileName: string): ImportedDocument {
  requireRoot(root, "xliff", "XLIFF", fileName);
  const files = elements(root, "file");
  if (files.length === 0) throw new ImportError("wrong-root", `${fileName} is an <xliff> file without a <file>, so it holds no units.`);

  const metadata = new Map<string, string>();
  const paragraphs: NewParagraph[] = [];
  for (const file of files) {
    const header = firstElement(file, "header");
    for (const meta of header ? elements(header, "meta") : []) metadata.set(meta.attributes.type ?? "", textContent(meta));
    const italianSource = italianIsSource(file.attributes["source-language"], file.attributes["target-language"], fileName);
    // The PO header that translate-toolkit carries over as a unit is not text.
    const units = descendants(file, "trans-unit").filter((unit) => unit.attributes.restype !== "x-gettext-domain-header");
    for (const unit of units) {
      const label = `unit ${paragraphs.length + 1}${unit.attributes.id ? ` (id "${unit.attributes.id}")` : ""}`;
      const source = firstElement(unit, "source");
      const target = firstElement(unit, "target");
      const sourceText = source ? textContent(source) : undefined;
      const targetText = target ? textContent(target) : undefined;
      const textEn = italianSource ? targetText : sourceText;
      const notes = elements(unit, "note").map(textContent);
      paragraphs.push(
        importedParagraph(
          {
            textIt: italianSource ? sourceText : targetText,
            textEn,
            status: statusFromXliff12(target?.attributes.state, unit.attributes.approved, Boolean(textEn?.trim())),
            note: notes.length ? notes.join("\n") : undefined,
            headingLevel: unit.attributes[HEADING_LEVEL],
          },
          label,
          fileName,
        ),
      );
    }
  }
  return importedDocument(metadata, requireUnits(paragraphs, fileName, "translation units (<trans-unit>)"), fileName);
}
