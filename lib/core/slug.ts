import { z } from "zod";

/**
 * The slug rule: lower-case ASCII letters and digits joined by single hyphens
 * ("cesi-cina-kazakhstan"). A string, so that a form field's `pattern` can say it too.
 */
export const SLUG_PATTERN = "[a-z0-9]+(-[a-z0-9]+)*";
const SLUG = new RegExp(`^${SLUG_PATTERN}$`);

/** A text's slug is part of every address of it. */
export const MAX_SLUG_LENGTH = 80;

export function isSlug(text: string): boolean {
  return SLUG.test(text);
}

export const slugSchema = z.string().regex(SLUG, "a slug is lower-case letters and digits joined by single hyphens");

/** A text's slug: the rule, and short enough for an address. */
export const documentSlugSchema = slugSchema.max(MAX_SLUG_LENGTH);

/** A URL-safe slug: lower-case ASCII letters, digits and single hyphens. */
export function slugify(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, MAX_SLUG_LENGTH)
    .replace(/-+$/, "");
}

/** The slug a file suggests: "cesi-cina-kazakhstan.it.txt" -> "cesi-cina-kazakhstan". */
export function slugFromFileName(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  return slugify(base.replace(/(\.(it|en))?\.(txt|md|markdown)$/i, ""));
}
