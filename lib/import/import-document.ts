import { performance } from "node:perf_hooks";
import { ImportError } from "../core/import-error";
import { slugFromFileName } from "../core/slug";
import type { Database } from "../prisma-client";
import type { AnchorTerm } from "../align/anchors";
import { isMarkdownFile, parseMarkdownSource } from "./markdown";
import { isLowConfidence, pairBlocks, toNewParagraphs, type BlockPair } from "./pair-blocks";
import { parsePlainText, type ParsedText } from "./plain-text";
import type { SourceOptions } from "./source-text";
import { storeDocument, type StoreOptions } from "./store-document";

export interface ImportFile {
  name: string;
  bytes: Uint8Array;
}

/** What an editor hands in: the Italian, perhaps its English, and what the files do not say. */
export interface DocumentImport {
  italian: ImportFile;
  english?: ImportFile | null;
  slug?: string;
  titleEn?: string;
  sourceName?: string;
  sourceUrl?: string;
  publishedOn?: string;
  /** Publish the English to readers now (pairs the aligner doubts stay for review). */
  publish?: boolean;
  /** Remove invisible characters (direction controls) from the files instead of refusing them. */
  stripInvisible?: boolean;
}

interface ImportOptionsBase {
  signal?: AbortSignal;
  /** Called as paragraphs are stored, for progress bars. */
  onProgress?: (stored: number, total: number) => unknown;
  /** Called with the hidden document's id as soon as it exists (lib/import/store-document.ts). */
  onStarted?: (documentId: number) => void;
}

/**
 * Who imports: an admin (`userId`, author of the first revisions and approver of the
 * pairs published at once) or an import token (`tokenId`, recorded in the revisions'
 * origin, as no account stands behind it); neither for tests and tools.
 */
export type ImportOptions = ImportOptionsBase & ({ userId?: number; tokenId?: undefined } | { tokenId: number; userId?: undefined });

/** The origin an import's revisions record: "import-token:<id>" for a token's, otherwise "import" (with the admin as author). */
function importOrigin(options: ImportOptions): string {
  return options.tokenId === undefined ? "import" : `import-token:${options.tokenId}`;
}

/** How storeDocument is to store an import: who brought it in, and whom to tell how it goes. */
export function storeOptions(options: ImportOptions): StoreOptions {
  const { userId, signal, onStarted, onProgress } = options;
  return { origin: importOrigin(options), userId, signal, onStarted, onProgress };
}

/** What the editor is told once the text is stored. */
export interface ImportSummary {
  slug: string;
  titleIt: string;
  titleEn: string;
  pairs: number;
  italianParagraphs: number;
  englishParagraphs: number | null;
  /** Pairs by how many Italian and English paragraphs each took ("1:1", "2:1", …), with an English only. */
  kinds: Record<string, number>;
  /** Who paired the texts: the aligner (an Italian and an English file), or the exchange file itself (its units, kept as they are). */
  pairedBy?: "aligner" | "file";
  lowConfidence: number;
  headings: number;
  approved: number;
  /** Share-widget lines left out of the texts. */
  discarded: string[];
  milliseconds: number;
}

/**
 * Reads the Italian (plain text or Markdown) and its English if given, pairs them
 * (aligning when their paragraphs do not match one to one) and stores the document,
 * all or nothing. Any refusal is an ImportError naming the problem; nothing is
 * stored then.
 */
export async function importDocument(db: Database, request: DocumentImport, options: ImportOptions = {}): Promise<ImportSummary> {
  const started = performance.now();
  const properNames = await italianProperNames(db);
  const stripInvisible = request.stripInvisible ?? false;
  const italian = readSide("it", request.italian, { properNames, stripInvisible });
  const english = request.english ? readSide("en", request.english, { titleRequired: false, stripInvisible }) : null;
  const pairs = pairBlocks(italian.blocks, english?.blocks ?? null, english ? await sharedTerms(db) : []);

  const sourceName = request.sourceName ?? italian.attribution?.source;
  if (!sourceName) {
    throw new ImportError(
      "invalid-metadata",
      `${request.italian.name} names no source (no closing "Fonte:" line); give the source's name.`,
    );
  }
  const paragraphs = toNewParagraphs(pairs, request.publish ?? false);
  const stored = await storeDocument(
    db,
    {
      slug: request.slug ?? slugFromFileName(request.italian.name),
      titleIt: italian.title,
      titleEn: request.titleEn ?? english?.title ?? "",
      originalTitle: italian.originalTitle,
      sourceName,
      attribution: italian.attribution ? `${italian.attribution.label}: ${italian.attribution.source}` : sourceName,
      sourceUrl: request.sourceUrl,
      publishedOn: request.publishedOn,
      paragraphs,
    },
    storeOptions(options),
  );

  return {
    slug: stored.slug,
    titleIt: italian.title,
    titleEn: request.titleEn ?? english?.title ?? "",
    pairs: stored.paragraphCount,
    italianParagraphs: italian.blocks.length,
    englishParagraphs: english ? english.blocks.length : null,
    kinds: english ? countKinds(pairs) : {},
    pairedBy: "aligner",
    lowConfidence: pairs.filter(isLowConfidence).length,
    headings: pairs.filter((pair) => pair.headingLevel).length,
    approved: paragraphs.filter((paragraph) => paragraph.status === "approved").length,
    discarded: [...italian.discarded, ...(english?.discarded ?? [])],
    milliseconds: performance.now() - started,
  };
}

/** A refusal of one of the files, saying which: the Italian, the English, or an exchange file (null). */
export class SourceFileError extends ImportError {
  constructor(
    error: ImportError,
    readonly language: "it" | "en" | null,
    readonly fileName: string,
  ) {
    super(error.code, error.message);
  }
}

function readSide(language: "it" | "en", file: ImportFile, options: SourceOptions): ParsedText {
  try {
    return readSource(file, options);
  } catch (error) {
    throw error instanceof ImportError ? new SourceFileError(error, language, file.name) : error;
  }
}

/** Plain text or Markdown, by the file's name. */
export function readSource(file: ImportFile, options: SourceOptions): ParsedText {
  const parse = isMarkdownFile(file.name) ? parseMarkdownSource : parsePlainText;
  return parse(file.bytes, { ...options, fileName: file.name });
}

function countKinds(pairs: readonly BlockPair[]): Record<string, number> {
  const kinds: Record<string, number> = {};
  for (const { kind } of pairs) kinds[kind] = (kinds[kind] ?? 0) + 1;
  return kinds;
}

/** The shared glossary's terms with their forms, which anchor the aligner's pairs. */
async function sharedTerms(db: Database): Promise<AnchorTerm[]> {
  return db.glossaryTerm.findMany({
    where: { documentId: null },
    select: { slug: true, forms: { select: { language: true, form: true } } },
  });
}

/** Proper names from the glossary, to restore in a title set in capitals. */
export async function italianProperNames(db: Database): Promise<string[]> {
  const forms = await db.glossaryForm.findMany({ where: { language: "it" }, select: { form: true } });
  return forms.map(({ form }) => form).filter((form) => /^\p{Lu}/u.test(form));
}
