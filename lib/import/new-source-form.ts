import { z } from "zod";
import { ImportError, type ImportErrorCode } from "../core/import-error";
import { defineMutation } from "../core/mutation";
import { NOT_FOUND } from "../core/outcome";
import { previewApplyEntries, previewApplyFields } from "../exchange/preview-apply-form";
import { findText } from "../exchange/update-text";
import { italianProperNames } from "./import-document";
import {
  applyNewSource,
  planNewSource,
  readNewSource,
  type NewSourceResult,
  type SourceChangedSincePreview,
  type SourcePreview,
} from "./new-source";

/** What the new-version page shows after a try. */
export type NewSourceOutcome =
  | { ok: true; applied: false; preview: SourcePreview }
  | ({ ok: true; applied: true } & NewSourceResult)
  | { ok: false; status: 401; error: "signed-out" }
  | { ok: false; status: 403; error: "forbidden" }
  | { ok: false; status: 404; error: "not-found" }
  | { ok: false; status: 422; error: "missing-file" }
  /** The file could not be read as an Italian text; `detail` (English) says what and where. */
  | { ok: false; status: 422; error: "refused"; code: ImportErrorCode; detail: string }
  | SourceChangedSincePreview
  | { ok: false; status: 503; error: "unavailable" };

const newSourceForm = z.preprocess((form) => (form instanceof FormData ? previewApplyEntries(form) : form), z.object(previewApplyFields));

/**
 * Replaces a text's Italian with a new version (plain text or Markdown, as imported):
 * first a preview of what each paragraph becomes, then, with the preview's token, the
 * change (lib/import/new-source.ts). Bringing texts in is the admins' part.
 */
export const replaceSource = defineMutation({
  may: "import",
  input: newSourceForm,
  invalid(): NewSourceOutcome {
    return { ok: false, status: 422, error: "missing-file" };
  },
  refusalOf: (error): NewSourceOutcome | null =>
    error instanceof ImportError ? { ok: false, status: 422, error: "refused", code: error.code, detail: error.message } : null,
  async store(db, { input, actor, now, changes }): Promise<NewSourceOutcome> {
    // A title set in capitals gets its proper names back, as an import's does.
    const source = readNewSource(input, await italianProperNames(db));
    const documentId = await findText(db, input.slug);
    if (documentId === null) return NOT_FOUND;
    if (input.intent === "preview" || !input.expect) {
      return { ok: true, applied: false, preview: (await planNewSource(db, documentId, source, input.file.name)).preview };
    }
    const result = await applyNewSource(db, documentId, source, { ...input, expect: input.expect }, actor, now, changes);
    return { ok: true, applied: true, ...result };
  },
});
