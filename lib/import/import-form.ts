import { z } from "zod";
import type { SessionUser } from "../auth/accounts";
import type { Database } from "../prisma-client";
import { authorize } from "../review/outcome";
import { SourceFileError, type ImportFile } from "./import-document";
import { IMPORTERS } from "./import-editor";
import { ImportError, type ImportErrorCode } from "./import-error";
import { importFile, type ImportResult } from "./import-file";
import { sourceUrlSchema } from "./source-url";

/** The optional fields of the import form, as the page names them. */
export const IMPORT_FIELDS = ["slug", "titleEn", "source", "url", "published"] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

/** What the form shows after a try: the result, or why nothing was stored. */
export type ImportOutcome =
  | { ok: true; result: ImportResult }
  | { ok: false; status: 401; error: "signed-out" }
  | { ok: false; status: 403; error: "forbidden" }
  | { ok: false; status: 422; error: "missing-file" }
  | { ok: false; status: 422; error: "invalid-field"; field: ImportField }
  /** `language` says which file; `detail` is the importer's own account (English), for the specifics. */
  | { ok: false; status: 422; error: "refused"; code: ImportErrorCode; language: "it" | "en" | null; fileName: string | null; detail: string }
  | { ok: false; status: 503; error: "unavailable" };

const blankIsAbsent = (schema: z.ZodType) => z.preprocess((value) => (typeof value === "string" && value.trim() === "" ? undefined : value), schema.optional());

const fieldsSchema = z.object({
  slug: blankIsAbsent(z.string().trim().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/).max(80)),
  titleEn: blankIsAbsent(z.string().trim().max(300)),
  source: blankIsAbsent(z.string().trim().max(200)),
  url: blankIsAbsent(sourceUrlSchema),
  published: blankIsAbsent(z.string().regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/)),
});

/**
 * The import page's write: admins only (checked here, whatever the page showed),
 * the form's fields validated, then the file imported all or nothing.
 */
export async function importFromForm(db: Database, actor: SessionUser | null, form: FormData): Promise<ImportOutcome> {
  const refusal = authorize(actor, IMPORTERS);
  if (refusal) return refusal as ImportOutcome;
  const italian = await fileOf(form.get("italian"));
  if (!italian) return { ok: false, status: 422, error: "missing-file" };
  const english = await fileOf(form.get("english"));

  const fields = fieldsSchema.safeParse(Object.fromEntries(IMPORT_FIELDS.map((field) => [field, form.get(field) ?? undefined])));
  if (!fields.success) return { ok: false, status: 422, error: "invalid-field", field: fields.error.issues[0]?.path[0] as ImportField };
  const { slug, titleEn, source, url, published } = fields.data as Partial<Record<ImportField, string>>;

  try {
    const result = await importFile(
      db,
      { italian, english, slug, titleEn, sourceName: source, sourceUrl: url, publishedOn: published, publish: form.get("publish") === "on" },
      { userId: actor!.id },
    );
    return { ok: true, result };
  } catch (error) {
    if (!(error instanceof ImportError)) throw error;
    const file = error instanceof SourceFileError ? error : null;
    return { ok: false, status: 422, error: "refused", code: error.code, language: file?.language ?? null, fileName: file?.fileName ?? null, detail: error.message };
  }
}

/**
 * A chosen file. A file input left empty sends a nameless, empty part, which arrives
 * named "" without JavaScript and "undefined" through React's encoding of the form.
 */
async function fileOf(value: FormDataEntryValue | null): Promise<ImportFile | null> {
  if (!(value instanceof File) || (value.size === 0 && (value.name === "" || value.name === "undefined"))) return null;
  return { name: value.name, bytes: new Uint8Array(await value.arrayBuffer()) };
}
