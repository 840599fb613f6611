import { ImportError } from "../core/import-error";
import type { NewParagraph } from "../core/new-document";
import {
  documentMetadata,
  flatMapPairs,
  importedDocument,
  type ExchangeDocument,
  type ExchangePairs,
  type ImportedDocument,
  type Segmentation,
  type StreamedDocument,
} from "./exchange-document";
import { importedParagraph, requireUnits, unitOrigin, type UnitOrigin } from "./imported-paragraph";
import { joinSentenceUnits, sentenceUnits } from "./sentence-units";
import { CodeIds, inlineContent, nativeStyle, nativeText, readInlineMarkdown, type CodeReading, type SpanWriter } from "./inline-codes";
import { descendants, elements, firstElement, isNativeCode, requireRoot, textContent, type XmlElement } from "./safe-xml";
import { gettextLanguage, xliffLanguages } from "./xliff-languages";
import { statusFromXliff12, xliff12State } from "./xliff-states";
import { renderXml, streamXml, type XmlNode } from "./xml-writer";

/** The `from` of the note that says why a reviewer sent a pair back. */
const REASON_NOTE = "a-fronte-reviewer";
/** The `from` of the notes that carry what readers see of a pair under review (not translators' notes). */
const PUBLISHED_NOTE = { en: "a-fronte-published-en", it: "a-fronte-published-it", note: "a-fronte-published-note" } as const;
const OUR_NOTES: readonly string[] = [REASON_NOTE, ...Object.values(PUBLISHED_NOTE)];

/** Our extension namespace: the document's fields in the header, a heading's level on its unit. */
export const A_FRONTE_NAMESPACE = "urn:a-fronte:exchange";
const HEADING_LEVEL = "af:heading-level";
/** The pair's version when the file was written (on a pair's first unit). */
const VERSION = "af:version";

/** XLIFF 1.2: Italian source, English target, one trans-unit per pair in reading order. */
export function writeXliff12(document: ExchangeDocument, segmentation: Segmentation = "paragraphs"): string {
  return renderXml(xliff12Tree(document, segmentation));
}

/** writeXliff12 for a long text, written as its pairs are read. */
export function streamXliff12(document: StreamedDocument, segmentation: Segmentation = "paragraphs"): AsyncGenerator<string> {
  return streamXml(xliff12Tree(document, segmentation));
}

/** Emphasis and strong as XLIFF 1.2's generic group, <g>, with the standard ctype that says which. */
const CTYPE = { emphasis: "italic", strong: "bold" } as const;
const writeG: SpanWriter = (span, content) => [
  { name: "g", attributes: { id: span.id, ctype: CTYPE[span.style] }, content: { inline: content } },
];

/** A source's and target's codes: <g> as written, and the <bpt>/<ept> pairs other tools write for the same. */
function readCode(code: XmlElement): CodeReading {
  const style = code.attributes.ctype === CTYPE.strong ? "strong" : code.attributes.ctype === CTYPE.emphasis ? "emphasis" : null;
  if (code.name === "g") return { wrap: style };
  if (code.name === "bpt") return { begin: code.attributes.id ?? "", style: style ?? nativeStyle(nativeText(code)) };
  if (code.name === "ept") return { end: code.attributes.id ?? "" };
  return isNativeCode(code) ? { skip: true } : { wrap: null };
}

/** Our attributes on a unit cut by sentence: the pair it belongs to, and any space other than one before it. */
const PAIR = "af:pair";
const SPACE = { it: "af:space-it", en: "af:space-en" } as const;

function xliff12Tree(document: ExchangeDocument<ExchangePairs>, segmentation: Segmentation): XmlNode {
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
            content: flatMapPairs(document.paragraphs, (paragraph, index): XmlNode[] => {
              const { state, approved } = xliff12State(paragraph.status ?? (paragraph.textEn ? "translated" : "draft"));
              const units =
                segmentation === "sentences"
                  ? sentenceUnits(paragraph)
                  : [{ textIt: paragraph.textIt, textEn: paragraph.textEn, spaceIt: "", spaceEn: "" }];
              const bySentence = segmentation === "sentences";
              return units.map((unit, part) => {
                const ids = new CodeIds();
                return {
                  name: "trans-unit",
                  attributes: {
                    id: bySentence ? `${index + 1}.${part + 1}` : String(index + 1),
                    "xml:space": "preserve",
                    approved,
                    [VERSION]: part === 0 ? paragraph.version : undefined,
                    [HEADING_LEVEL]: paragraph.headingLevel ?? undefined,
                    [PAIR]: bySentence ? index + 1 : undefined,
                    [SPACE.it]: part > 0 && unit.spaceIt !== " " ? unit.spaceIt : undefined,
                    [SPACE.en]: part > 0 && unit.spaceEn !== " " ? unit.spaceEn : undefined,
                  },
                  content: [
                    { name: "source", content: inlineContent(unit.textIt, (style) => ids.source(style), writeG) },
                    { name: "target", attributes: { state }, content: inlineContent(unit.textEn, (style) => ids.target(style), writeG) },
                    part === 0 &&
                      paragraph.translatorNote && { name: "note", attributes: { from: "translator" }, content: paragraph.translatorNote },
                    // Why a reviewer sent the pair back: a note of the reviewer's, told apart from the translator's.
                    part === 0 &&
                      paragraph.status === "needs_changes" &&
                      paragraph.statusReason && { name: "note", attributes: { from: REASON_NOTE }, content: paragraph.statusReason },
                    part === 0 &&
                      paragraph.publishedIt && { name: "note", attributes: { from: PUBLISHED_NOTE.it }, content: paragraph.publishedIt },
                    part === 0 &&
                      paragraph.publishedEn && { name: "note", attributes: { from: PUBLISHED_NOTE.en }, content: paragraph.publishedEn },
                    part === 0 &&
                      paragraph.publishedNote && {
                        name: "note",
                        attributes: { from: PUBLISHED_NOTE.note },
                        content: paragraph.publishedNote,
                      },
                  ],
                };
              });
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
  const origins: UnitOrigin[] = [];
  let originalLanguage: "it" | "en" | undefined;
  for (const file of files) {
    const header = firstElement(file, "header");
    for (const meta of header ? elements(header, "meta") : []) metadata.set(meta.attributes.type ?? "", textContent(meta));
    // The PO header that translate-toolkit carries over as a unit is not text, but it may name the target language.
    const poHeader = descendants(file, "trans-unit").find((unit) => unit.attributes.restype === "x-gettext-domain-header");
    const headerSource = poHeader && firstElement(poHeader, "source");
    const languages = xliffLanguages(
      file.attributes["source-language"],
      file.attributes["target-language"],
      fileName,
      gettextLanguage(headerSource ? textContent(headerSource) : undefined),
    );
    originalLanguage ??= languages.source;
    const italianSource = languages.source === "it";
    const units = descendants(file, "trans-unit").filter((unit) => unit !== poHeader);
    const read = units.map((unit, index) => {
      const label = `unit ${paragraphs.length + index + 1}${unit.attributes.id ? ` (id "${unit.attributes.id}")` : ""}`;
      const source = firstElement(unit, "source");
      const target = firstElement(unit, "target");
      const sourceText = source ? readInlineMarkdown(source, readCode) : undefined;
      const targetText = target ? readInlineMarkdown(target, readCode) : undefined;
      const textEn = italianSource ? targetText : sourceText;
      return {
        label,
        id: unit.attributes.id,
        version: unit.attributes[VERSION],
        pair: unit.attributes[PAIR],
        spaces: { it: unit.attributes[SPACE.it], en: unit.attributes[SPACE.en] },
        texts: { it: italianSource ? sourceText : targetText, en: textEn },
        status: statusFromXliff12(target?.attributes.state, unit.attributes.approved, Boolean(textEn?.trim())),
        notes: elements(unit, "note")
          .filter((note) => !OUR_NOTES.includes(note.attributes.from ?? ""))
          .map(textContent),
        reason: elements(unit, "note").find((note) => note.attributes.from === REASON_NOTE),
        published: {
          en: elements(unit, "note").find((note) => note.attributes.from === PUBLISHED_NOTE.en),
          it: elements(unit, "note").find((note) => note.attributes.from === PUBLISHED_NOTE.it),
          note: elements(unit, "note").find((note) => note.attributes.from === PUBLISHED_NOTE.note),
        },
        headingLevel: unit.attributes[HEADING_LEVEL],
      };
    });
    const joined = joinSentenceUnits(read);
    for (const unit of joined) {
      origins.push(unitOrigin(unit.label, unit.pair ?? unit.id, unit.version, unit.status !== undefined));
      paragraphs.push(
        importedParagraph(
          {
            textIt: unit.texts.it,
            textEn: unit.texts.en,
            status: unit.status,
            note: unit.notes.length ? unit.notes.join("\n") : undefined,
            reason: unit.reason ? textContent(unit.reason) : undefined,
            publishedEn: unit.published.en ? textContent(unit.published.en) : undefined,
            publishedIt: unit.published.it ? textContent(unit.published.it) : undefined,
            publishedNote: unit.published.note ? textContent(unit.published.note) : undefined,
            headingLevel: unit.headingLevel,
          },
          unit.label,
          fileName,
        ),
      );
    }
  }
  return {
    ...importedDocument(metadata, requireUnits(paragraphs, fileName, "translation units (<trans-unit>)"), origins, fileName),
    originalLanguage: originalLanguage ?? "it",
  };
}
