import { z } from "zod";
import { DEFAULT_FIRST, LANGUAGES, VIEWS } from "./reader-routes.mjs";

/** How the reader lays out a text. */
export const views = VIEWS;
export type View = (typeof views)[number];
export type ContentLanguage = (typeof LANGUAGES)[number];

export interface ReadingPreferences {
  view: View;
  /** Which language comes first (left in side by side, on top when interleaved, shown in reveal). */
  first: ContentLanguage;
}

export { FIRST_COOKIE } from "./reader-routes.mjs";

const language = z.enum(LANGUAGES);
const mode = z.tuple([z.enum(VIEWS), language]);

/** The language order remembered in its cookie (see reader-routes.mjs), else the default. */
export function rememberedFirst(cookie: string | undefined): ContentLanguage {
  return language.catch(DEFAULT_FIRST).parse(cookie);
}

/** The language shown first: the one shown alone in a one-language view, else the chosen order's first. */
export function firstLanguage({ view, first }: ReadingPreferences): ContentLanguage {
  return view === "it" || view === "en" ? view : first;
}

export function otherLanguage(language: ContentLanguage): ContentLanguage {
  return language === "it" ? "en" : "it";
}

/**
 * The reader's internal route names its view in the path ("side-it"), so that each
 * view of a text is a page Next can cache; rewrites in next.config.mjs lead the public
 * URL (/en/texts/slug?view=side&first=it, or the remembered cookies) to it.
 */
export function parseReaderMode(readerMode: string): ReadingPreferences | null {
  const parsed = mode.safeParse(readerMode.split("-"));
  return parsed.success ? { view: parsed.data[0], first: parsed.data[1] } : null;
}
