import { z } from "zod";
import { ImportError, type ImportErrorCode } from "../core/import-error";
import { defineMutation } from "../core/mutation";
import { NOT_FOUND } from "../core/outcome";
import { previewApplyEntries, previewApplyFields } from "./preview-apply-form";
import {
  applyUpdate,
  findText,
  planFor,
  readUpdateFile,
  type ChangedSincePreview,
  type UpdatePreview,
  type UpdateResult,
} from "./update-text";

/** What the update page shows after a try. */
export type UpdateOutcome =
  | { ok: true; applied: false; preview: UpdatePreview }
  | ({ ok: true; applied: true } & UpdateResult)
  | { ok: false; status: 401; error: "signed-out" }
  | { ok: false; status: 403; error: "forbidden" }
  | { ok: false; status: 404; error: "not-found" }
  | { ok: false; status: 422; error: "missing-file" }
  /** The file could not be read as a text's units; `detail` (English) says what and where. */
  | { ok: false; status: 422; error: "refused"; code: ImportErrorCode; detail: string }
  /** Not one unit of the file has an Italian of this text: another text's file, most likely. */
  | { ok: false; status: 422; error: "no-match"; preview: UpdatePreview }
  | ChangedSincePreview
  | { ok: false; status: 503; error: "unavailable" };

const updateForm = z.preprocess(
  (form) => (form instanceof FormData ? { ...previewApplyEntries(form), overwrite: form.get("overwrite") === "on" } : form),
  z.object({ ...previewApplyFields, overwrite: z.boolean().default(false) }),
);

/**
 * Updates a text from a translated XLIFF or TMX: first a preview (what each unit would
 * change), then, with the preview's token, the change itself (lib/exchange/update-text.ts).
 * Anyone who may edit English may bring a file back; decisions in it need the review right.
 */
export const updateTextFromFile = defineMutation({
  may: "edit-en",
  input: updateForm,
  invalid(): UpdateOutcome {
    return { ok: false, status: 422, error: "missing-file" };
  },
  refusalOf: (error): UpdateOutcome | null =>
    error instanceof ImportError ? { ok: false, status: 422, error: "refused", code: error.code, detail: error.message } : null,
  async store(db, { input, actor, now, changes }): Promise<UpdateOutcome> {
    const units = readUpdateFile(input);
    const documentId = await findText(db, input.slug);
    if (documentId === null) return NOT_FOUND;
    const { plan, preview } = await planFor(db, documentId, units, actor, input.file.name);
    if (plan.counts.unmatched === plan.units.length) return { ok: false, status: 422, error: "no-match", preview };
    if (input.intent === "preview" || !input.expect) return { ok: true, applied: false, preview };
    const result = await applyUpdate(db, documentId, units, { ...input, expect: input.expect }, actor, now, changes);
    return { ok: true, applied: true, ...result };
  },
});
