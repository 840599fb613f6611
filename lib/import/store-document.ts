import { z } from "zod";
import { ImportError } from "../core/import-error";
import { newDocumentSchema, type NewDocument } from "../core/new-document";
import type { Database } from "../prisma-client";

const CHUNK = 500;

export interface StoreOptions {
  /** Recorded on each revision: who brought the text in ("import", "import-token:<id>", "seed"). */
  origin: string;
  /**
   * The editor who imported the text: author of the first revisions and approver of
   * approved pairs. Without one (an import token, the seed) both stay empty and the
   * origin says who brought the text in.
   */
  userId?: number;
  /** Aborting rolls the whole import back. */
  signal?: AbortSignal;
  /** Called after each stored chunk, for progress bars. */
  onProgress?: (stored: number, total: number) => void;
}

export interface StoredDocument {
  id: number;
  slug: string;
  paragraphCount: number;
}

/**
 * Stores a document with its paragraphs and their first revisions in one
 * transaction: the whole document or nothing.
 */
export async function storeDocument(db: Database, input: NewDocument, options: StoreOptions): Promise<StoredDocument> {
  const parsed = newDocumentSchema.safeParse(input);
  if (!parsed.success) {
    throw new ImportError("invalid-metadata", `The document was refused: ${z.prettifyError(parsed.error)}`);
  }
  const { paragraphs, ...document } = parsed.data;

  return db.$transaction(
    async (tx) => {
      // The first statement writes, so the transaction takes SQLite's write lock at once
      // (waiting out the busy timeout) rather than failing when a server writes between
      // a read and the first write. A taken slug is the unique index's refusal.
      const { id } = await tx.document.create({ data: document, select: { id: true } }).catch((error: unknown) => {
        if (error instanceof Error && "code" in error && error.code === "P2002") {
          throw new ImportError("slug-taken", `A document with the slug "${document.slug}" already exists; choose another slug.`);
        }
        throw error;
      });

      for (let start = 0; start < paragraphs.length; start += CHUNK) {
        if (options.signal?.aborted) throw new ImportError("aborted", "The import was cancelled; nothing was stored.");
        const chunk = paragraphs.slice(start, start + CHUNK);
        const now = new Date();
        const created = await tx.paragraph.createManyAndReturn({
          data: chunk.map((paragraph, offset) => ({
            ...paragraph,
            documentId: id,
            position: start + offset + 1,
            // The original as imported is what readers see of the Italian; later edits
            // wait for a reviewer's approval (the publish gate).
            approvedIt: paragraph.textIt,
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
        options.onProgress?.(Math.min(start + CHUNK, paragraphs.length), paragraphs.length);
      }
      return { id, slug: document.slug, paragraphCount: paragraphs.length };
    },
    { timeout: 120_000 },
  );
}
