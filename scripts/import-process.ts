// The import's own process (lib/import/import-elsewhere.ts forks it): reads, aligns and
// stores one import with its own database connection, reporting progress, then exits.
// The server's event loop stays free for readers meanwhile. It tells the server the
// hidden document's id as soon as it exists, so that a killed import is cleaned up.
import { ImportError } from "../lib/core/import-error";
import { db } from "../lib/db";
import { SourceFileError, type DocumentImport, type ImportOptions } from "../lib/import/import-document";
import { importFile } from "../lib/import/import-file";
import type { ImportAnswer } from "../lib/import/import-elsewhere";

process.once("message", async ({ request, options }: { request: DocumentImport; options: ImportOptions }) => {
  let answer: ImportAnswer;
  try {
    const result = await importFile(db, request, {
      ...options,
      onStarted: (documentId) => process.send?.({ started: documentId }),
      onProgress: (stored, total) => process.send?.({ progress: { stored, total } }),
    });
    answer = { ok: true, result };
  } catch (error) {
    if (error instanceof ImportError) {
      const file = error instanceof SourceFileError ? { language: error.language, fileName: error.fileName } : null;
      answer = { ok: false, refusal: { code: error.code, message: error.message, file } };
    } else {
      answer = { ok: false, failure: error instanceof Error ? (error.stack ?? error.message) : String(error) };
    }
  }
  process.send?.({ answer }, () => {
    void db.$disconnect().finally(() => process.exit(0));
  });
});
