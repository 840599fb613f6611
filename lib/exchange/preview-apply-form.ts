import { z } from "zod";
import { documentSlugSchema } from "../core/slug";

// The forms that bring a file to a text in two steps, a preview and then (with the
// preview's token) the change: a translated XLIFF or TMX (update-form.ts) and a new
// version of the Italian (lib/import/new-source-form.ts).

const chosenFile = (value: unknown) => (value instanceof File && value.size > 0 ? value : undefined);

/** The fields both forms have: the text, the file, the step, the preview's token, and whether to strip invisible characters. */
export const previewApplyFields = {
  slug: documentSlugSchema,
  file: z
    .preprocess(chosenFile, z.instanceof(File))
    .transform(async (file) => ({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) })),
  intent: z.enum(["preview", "apply"]),
  /** The token of the preview the user saw: required to apply. */
  expect: z
    .string()
    .regex(/^[0-9a-f]{32}$/)
    .optional(),
  stripInvisible: z.boolean().default(false),
};

/** Those fields as a posted form holds them (a checkbox is "on" when ticked, absent otherwise). */
export function previewApplyEntries(form: FormData): Record<keyof typeof previewApplyFields, unknown> {
  return {
    slug: form.get("slug"),
    file: form.get("file"),
    intent: form.get("intent") ?? "preview",
    expect: form.get("expect") ?? undefined,
    stripInvisible: form.get("stripInvisible") === "on",
  };
}
