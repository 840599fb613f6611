import { notFound } from "next/navigation";
import { z } from "zod";
import { routing, type Locale } from "@/i18n/routing";
import { slugSchema } from "@/lib/core/slug";
import { parseReaderMode } from "@/lib/reader/reading-preferences";

// Every page and route handler under app/[locale] reads its params through these
// schemas, so that a URL segment means the same everywhere and each thing has one
// address: "/p/3" is the third pair, and "/p/03", "/p/3.0" or "/p/1e1" name nothing.

const locale = z.enum(routing.locales);

/** A text's or a glossary term's slug: the rule they are stored by, so no other slug can name one. */
const slug = slugSchema;

/** A pair's position: a positive integer in plain digits ("03", "+3", "3.0" and "1e1" are not). */
const position = z
  .string()
  .regex(/^[1-9]\d*$/)
  .transform(Number)
  .refine(Number.isSafeInteger);

/** The reader's internal view segment, "side-it" (see lib/reader/reader-routes.mjs). */
const mode = z.string().transform((value, context) => {
  const preferences = parseReaderMode(value);
  if (!preferences) context.addIssue({ code: "custom", message: "not a reader view" });
  return preferences ?? z.NEVER;
});

export const localeParams = z.object({ locale });
export const documentParams = localeParams.extend({ slug });
export const termParams = localeParams.extend({ slug });
export const pairParams = documentParams.extend({ position });
/** A reader page: a view, and the section of the text (1 for the first, the whole of a short text). */
export const readerParams = documentParams.extend({ mode, section: position });

/** A format named in a URL: a key of the route's table of formats, exactly (not "TMX", nor "constructor"). */
const formatIn = <Formats extends object>(formats: Formats) =>
  z.custom<Extract<keyof Formats, string>>((value) => typeof value === "string" && Object.hasOwn(formats, value));

/** A file route's params, `format` being one of `formats`' keys. */
export const fileParams = <Formats extends object>(formats: Formats) => localeParams.extend({ format: formatIn(formats) });
export const documentFileParams = <Formats extends object>(formats: Formats) => fileParams(formats).extend({ slug });

export type DocumentRouteParams = z.infer<typeof documentParams>;
export type PairRouteParams = z.infer<typeof pairParams>;

/** A route's params as its schema reads them, or null when they cannot name anything. */
export function parseParams<Schema extends z.ZodType>(schema: Schema, params: unknown): z.output<Schema> | null {
  const parsed = schema.safeParse(params);
  return parsed.success ? parsed.data : null;
}

/** A page's params as its schema reads them; params that cannot name anything are a 404 (the localized not-found page). */
export async function pageParams<Schema extends z.ZodType>(schema: Schema, params: Promise<unknown>): Promise<z.output<Schema>> {
  const parsed = parseParams(schema, await params);
  if (parsed === null) notFound();
  return parsed;
}

/** The language a URL names, or null for anything else. */
export function localeOf(value: unknown): Locale | null {
  return parseParams(locale, value);
}

/** The params of a document route, or null when they cannot name one (unknown locale, impossible slug). */
export function parseDocumentParams(params: unknown): DocumentRouteParams | null {
  return parseParams(documentParams, params);
}

/** The params of a pair route, or null when they cannot name a pair (position not a positive integer). */
export function parsePairParams(params: unknown): PairRouteParams | null {
  return parseParams(pairParams, params);
}
