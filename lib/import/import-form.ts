import { z } from "zod";
import { partialDateSchema } from "../core/dates";
import { ImportError, type ImportErrorCode } from "../core/import-error";
import { MAX_SOURCE_NAME_LENGTH, MAX_TITLE_LENGTH } from "../core/limits";
import { defineMutation } from "../core/mutation";
import { documentSlugSchema } from "../core/slug";
import { sourceUrlSchema } from "../core/source-url";
import { SourceFileError, type ImportFile } from "./import-document";
import { importElsewhere } from "./import-elsewhere";
import { forgetProgress, progressToken, recordProgress } from "./import-progress";
import type { ImportResult } from "./import-file";

/** The optional fields of the import form, as the page names them. */
export const IMPORT_FIELDS = ["slug", "titleEn", "source", "url", "published"] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

type MissingFile = { ok: false; status: 422; error: "missing-file" };
type InvalidField = { ok: false; status: 422; error: "invalid-field"; field: ImportField };

/** What the form shows after a try: the result, or why nothing was stored. */
export type ImportOutcome =
  | { ok: true; result: ImportResult }
  | { ok: false; status: 401; error: "signed-out" }
  | { ok: false; status: 403; error: "forbidden" }
  | MissingFile
  | InvalidField
  /** `language` says which file; `detail` is the importer's own account (English), for the specifics. */
  | {
      ok: false;
      status: 422;
      error: "refused";
      code: ImportErrorCode;
      language: "it" | "en" | null;
      fileName: string | null;
      detail: string;
    }
  | { ok: false; status: 503; error: "unavailable" };

const blankIsAbsent = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (typeof value === "string" && value.trim() === "" ? undefined : value), schema.optional());

/**
 * A file input's part when a file was chosen, else undefined: an input left empty sends
 * a nameless, empty part, which arrives named "" without JavaScript and "undefined"
 * through React's encoding of the form.
 */
const chosen = (value: unknown) =>
  value instanceof File && !(value.size === 0 && (value.name === "" || value.name === "undefined")) ? value : undefined;
const read = async (file: File): Promise<ImportFile> => ({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });

/** The form's parts by name (anything but a form is left as it is, to be refused). */
const partsOf = (form: unknown) =>
  form instanceof FormData
    ? {
        italian: form.get("italian"),
        english: form.get("english"),
        ...Object.fromEntries(IMPORT_FIELDS.map((field) => [field, form.get(field) ?? undefined])),
        publish: form.get("publish") === "on",
        stripInvisible: form.get("stripInvisible") === "on",
        progress: form.get("progress") ?? undefined,
      }
    : form;

const importForm = z.preprocess(
  partsOf,
  z.object({
    italian: z.preprocess(chosen, z.instanceof(File)).transform(read),
    english: z.preprocess(chosen, z.instanceof(File).optional()).transform((file) => file && read(file)),
    slug: blankIsAbsent(z.string().trim().pipe(documentSlugSchema)),
    titleEn: blankIsAbsent(z.string().trim().max(MAX_TITLE_LENGTH)),
    source: blankIsAbsent(z.string().trim().max(MAX_SOURCE_NAME_LENGTH)),
    url: blankIsAbsent(sourceUrlSchema),
    published: blankIsAbsent(partialDateSchema),
    publish: z.boolean(),
    stripInvisible: z.boolean().default(false),
    /** The form's token for asking how far the import has got (lib/import/import-progress.ts); none without JavaScript. */
    progress: progressToken.optional().catch(undefined),
  }),
);

/**
 * The import page's write: admins only (checked here, whatever the page showed), the
 * Italian file asked for and the form's fields validated, then the file imported all
 * or nothing (lib/import/import-file.ts keeps its own transaction).
 */
export const importFromForm = defineMutation({
  may: "import",
  input: importForm,
  invalid(error): MissingFile | InvalidField {
    const field = error.issues[0]?.path[0];
    if (field === undefined || field === "italian") return { ok: false, status: 422, error: "missing-file" };
    return { ok: false, status: 422, error: "invalid-field", field: field as ImportField };
  },
  refusalOf: (error) => (error instanceof ImportError ? refused(error) : null),
  async store(
    db,
    { input: { italian, english, slug, titleEn, source, url, published, publish, stripInvisible, progress }, actor, changes },
  ): Promise<ImportOutcome> {
    const request = {
      italian,
      english,
      slug,
      titleEn,
      sourceName: source,
      sourceUrl: url,
      publishedOn: published,
      publish,
      stripInvisible,
    };
    // In a process of its own: a book's reading and alignment would hold up every reader of this server.
    const onProgress = progress ? (stored: number, total: number) => recordProgress(progress, { stored, total }) : undefined;
    const result = await importElsewhere(db, request, { userId: actor.id, ...(onProgress ? { onProgress } : {}) }).finally(
      () => progress && forgetProgress(progress),
    );
    if (result.kind === "terms") changes.glossary();
    else changes.text(result.slug, { published: true });
    return { ok: true, result };
  },
});

function refused(error: ImportError): ImportOutcome {
  const file = error instanceof SourceFileError ? error : null;
  return {
    ok: false,
    status: 422,
    error: "refused",
    code: error.code,
    language: file?.language ?? null,
    fileName: file?.fileName ?? null,
    detail: error.message,
  };
}
