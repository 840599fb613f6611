import { z } from "zod";
import { ImportError } from "../core/import-error";
import { newDocumentSchema, type NewDocument } from "../core/new-document";
import type { Database } from "../prisma-client";

/**
 * Pairs written per transaction. Each batch holds SQLite's write lock for a few tens of
 * milliseconds (the pairs, their first revisions and the search index's rows), so a
 * reviewer's save waiting behind an import waits that long, not for the whole book.
 */
const BATCH = 100;

/** An import that has written nothing for this long was killed: what it left is removed. */
export const ABANDONED_IMPORT_MS = 60_000;

export interface StoreOptions {
  /** Recorded on each revision: who brought the text in ("import", "import-token:<id>", "seed"). */
  origin: string;
  /**
   * The editor who imported the text: author of the first revisions and approver of
   * approved pairs. Without one (an import token, the seed) both stay empty and the
   * origin says who brought the text in.
   */
  userId?: number;
  /** Aborting removes what was stored: nothing of the text remains. */
  signal?: AbortSignal;
  /** Called once the (still hidden) document exists, with its id: whoever can kill the import can then clean up after it. */
  onStarted?: (documentId: number) => void;
  /** Called after each stored batch, for progress bars; the next batch waits for what it returns. */
  onProgress?: (stored: number, total: number) => unknown;
}

export interface StoredDocument {
  id: number;
  slug: string;
  paragraphCount: number;
}

/**
 * Stores a document with its paragraphs and their first revisions: the whole document
 * or nothing. The document is created hidden (`importingAt` set, see
 * lib/core/complete-texts.ts), its pairs are written in short transactions, and it
 * appears to readers and the team only when the last is stored. A refusal or an abort
 * removes what was written; an import killed outright is removed by the next one.
 */
export async function storeDocument(db: Database, input: NewDocument, options: StoreOptions): Promise<StoredDocument> {
  const parsed = newDocumentSchema.safeParse(input);
  if (!parsed.success) {
    throw new ImportError("invalid-metadata", `The document was refused: ${z.prettifyError(parsed.error)}`);
  }
  const { paragraphs, ...document } = parsed.data;

  await removeAbandonedImports(db);
  const id = await createHidden(db, document);
  options.onStarted?.(id);
  try {
    for (let start = 0; start < paragraphs.length; start += BATCH) {
      if (options.signal?.aborted) throw new ImportError("aborted", "The import was cancelled; nothing was stored.");
      await db.$transaction((tx) => storeBatch(tx, id, paragraphs.slice(start, start + BATCH), start, options));
      await options.onProgress?.(Math.min(start + BATCH, paragraphs.length), paragraphs.length);
    }
    if (options.signal?.aborted) throw new ImportError("aborted", "The import was cancelled; nothing was stored.");
    await db.document.update({ where: { id }, data: { importingAt: null } });
  } catch (error) {
    await removeImport(db, id);
    throw error;
  }
  return { id, slug: document.slug, paragraphCount: paragraphs.length };
}

async function createHidden(db: Database, document: Omit<ParsedDocument, "paragraphs">): Promise<number> {
  try {
    const { id } = await db.document.create({ data: { ...document, importingAt: new Date() }, select: { id: true } });
    return id;
  } catch (error) {
    // A taken slug is the unique index's refusal.
    if (error instanceof Error && "code" in error && error.code === "P2002") {
      throw new ImportError("slug-taken", `A document with the slug "${document.slug}" already exists; choose another slug.`);
    }
    throw error;
  }
}

type ParsedDocument = z.output<typeof newDocumentSchema>;
type Transaction = Parameters<Parameters<Database["$transaction"]>[0]>[0];

/** One batch of pairs, from `start` (0-based), with their first revisions; marks the import alive. */
async function storeBatch(tx: Transaction, documentId: number, batch: ParsedDocument["paragraphs"], start: number, options: StoreOptions) {
  const now = new Date();
  const created = await tx.paragraph.createManyAndReturn({
    data: batch.map(({ publishedEn, publishedIt, publishedNote, ...paragraph }, offset) => ({
      ...paragraph,
      documentId,
      position: start + offset + 1,
      // The original as imported is what readers see of the Italian; later edits
      // wait for a reviewer's approval (the publish gate). A file exported from a text
      // under review says what its readers saw (publishedIt, publishedEn): that stays.
      approvedIt: publishedIt ?? paragraph.textIt,
      ...(publishedEn && paragraph.status !== "approved" ? { approvedEn: publishedEn, approvedNote: publishedNote ?? null } : {}),
      // Imported as approved: the English too is published as it stands.
      ...(paragraph.status === "approved"
        ? {
            reviewedAt: now,
            reviewedById: options.userId ?? null,
            approvedEn: paragraph.textEn,
            approvedNote: paragraph.translatorNote ?? null,
          }
        : {}),
    })),
    select: { id: true, textIt: true, textEn: true, status: true },
  });
  const first = { before: "", version: 1, origin: options.origin, authorId: options.userId ?? null };
  await tx.revision.createMany({
    data: created.flatMap((paragraph) => [
      // An English paragraph the aligner found no Italian for has no Italian revision.
      ...(paragraph.textIt
        ? [{ ...first, paragraphId: paragraph.id, language: "it" as const, after: paragraph.textIt, status: paragraph.status }]
        : []),
      ...(paragraph.textEn
        ? [{ ...first, paragraphId: paragraph.id, language: "en" as const, after: paragraph.textEn, status: paragraph.status }]
        : []),
    ]),
  });
  await tx.document.update({ where: { id: documentId }, data: { importingAt: now } });
}

/**
 * Removes a hidden document (an import stopped or killed) in short transactions, as it
 * was written. A complete document is never touched.
 */
export async function removeImport(db: Database, documentId: number): Promise<void> {
  const hidden = { id: documentId, importingAt: { not: null } };
  if (!(await db.document.findFirst({ where: hidden, select: { id: true } }))) return;
  for (;;) {
    const batch = await db.paragraph.findMany({ where: { document: hidden }, select: { id: true }, take: BATCH });
    if (batch.length === 0) break;
    const ids = batch.map(({ id }) => id);
    await db.$transaction([
      db.revision.deleteMany({ where: { paragraphId: { in: ids } } }),
      db.paragraph.deleteMany({ where: { id: { in: ids } } }),
    ]);
  }
  await db.document.deleteMany({ where: hidden });
}

/** Removes what imports killed outright left behind (silent for ABANDONED_IMPORT_MS). */
export async function removeAbandonedImports(db: Database): Promise<void> {
  const abandoned = await db.document.findMany({
    where: { importingAt: { lt: new Date(Date.now() - ABANDONED_IMPORT_MS) } },
    select: { id: true },
  });
  for (const { id } of abandoned) await removeImport(db, id);
}
