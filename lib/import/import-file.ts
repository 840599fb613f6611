import { performance } from "node:perf_hooks";
import { ImportError } from "../core/import-error";
import { LOW_CONFIDENCE } from "../core/limits";
import { slugify } from "../core/slug";
import { isExchangeFile, readExchangeFile, type ImportedDocument } from "../exchange/read-exchange-file";
import { storeTerms, type StoredTerms } from "../glossary/store-terms";
import type { Database } from "../prisma-client";
import {
  importDocument,
  storeOptions,
  SourceFileError,
  type DocumentImport,
  type ImportOptions,
  type ImportSummary,
} from "./import-document";
import { storeDocument } from "./store-document";

/** What an import brought in: a document, or glossary terms (from a TBX or CSV file). */
export type ImportResult = ({ kind: "document" } & ImportSummary) | ({ kind: "terms"; milliseconds: number } & StoredTerms);

/**
 * Imports whatever the editor handed in: a text in plain text or Markdown (with its
 * English, aligned), a document already in pairs (TMX, XLIFF), or glossary terms
 * (TBX, CSV). All or nothing; refusals are ImportErrors naming the problem.
 */
export async function importFile(db: Database, request: DocumentImport, options: ImportOptions = {}): Promise<ImportResult> {
  if (!isExchangeFile(request.italian.name)) return { kind: "document", ...(await importDocument(db, request, options)) };

  const started = performance.now();
  if (request.english) {
    throw new ImportError("invalid-metadata", `${request.italian.name} already holds both languages; import it without an English file.`);
  }
  let file: ReturnType<typeof readExchangeFile>;
  try {
    file = readExchangeFile(request.italian.bytes, request.italian.name, { stripInvisible: request.stripInvisible });
  } catch (error) {
    throw error instanceof ImportError ? new SourceFileError(error, null, request.italian.name) : error;
  }
  if (file.kind === "terms") {
    return { kind: "terms", ...(await storeTerms(db, file.terms)), milliseconds: performance.now() - started };
  }
  return {
    kind: "document",
    ...(await storeExchangeDocument(db, file.document, request, options)),
    milliseconds: performance.now() - started,
  };
}

/** A document that comes in pairs already: stored as the file has it, statuses and all. */
async function storeExchangeDocument(db: Database, document: ImportedDocument, request: DocumentImport, options: ImportOptions) {
  const sourceName = request.sourceName ?? document.sourceName;
  if (!sourceName) {
    throw new ImportError("invalid-metadata", `${request.italian.name} names no source (no source-name property); give the source's name.`);
  }
  const titleEn = request.titleEn ?? document.titleEn;
  const stored = await storeDocument(
    db,
    {
      slug: request.slug ?? slugify(request.italian.name.replace(/(\.(it|en))?\.[a-z0-9]+$/i, "")),
      titleIt: document.titleIt,
      titleEn,
      originalTitle: document.originalTitle ?? document.titleIt,
      sourceName,
      attribution: document.attribution ?? sourceName,
      sourceUrl: request.sourceUrl ?? document.sourceUrl,
      publishedOn: request.publishedOn ?? document.publishedOn,
      originalLanguage: document.originalLanguage,
      paragraphs: document.paragraphs,
    },
    storeOptions(options),
  );
  const paragraphs = document.paragraphs;
  return {
    slug: stored.slug,
    titleIt: document.titleIt,
    titleEn,
    pairs: stored.paragraphCount,
    italianParagraphs: paragraphs.filter((paragraph) => paragraph.textIt).length,
    englishParagraphs: paragraphs.filter((paragraph) => paragraph.textEn).length,
    kinds: {},
    pairedBy: "file" as const,
    lowConfidence: paragraphs.filter((paragraph) => (paragraph.alignmentConfidence ?? 1) < LOW_CONFIDENCE).length,
    headings: paragraphs.filter((paragraph) => paragraph.headingLevel).length,
    approved: paragraphs.filter((paragraph) => paragraph.status === "approved").length,
    discarded: [],
  };
}
