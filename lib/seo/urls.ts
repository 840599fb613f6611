import { routing, type Locale } from "@/i18n/routing";

/** The absolute URL of a page in one interface language: `/{locale}` + the path ("" for the library). */
export function localizedUrl(base: URL, locale: Locale, path = ""): string {
  return new URL(`/${locale}${path}`, base).href;
}

/**
 * hreflang alternates of a page: one URL per interface language, and x-default for
 * visitors whose language is neither, who get the default (Italian), as `/` does.
 */
export function languageAlternates(base: URL, path = ""): Record<Locale | "x-default", string> {
  const languages = Object.fromEntries(routing.locales.map((locale) => [locale, localizedUrl(base, locale, path)]));
  return { ...(languages as Record<Locale, string>), "x-default": localizedUrl(base, routing.defaultLocale, path) };
}

// Open Graph wants a language_TERRITORY tag. The English is British (Defence, Centre).
const OPEN_GRAPH_LOCALES: Record<Locale, string> = { it: "it_IT", en: "en_GB" };

export function openGraphLocale(locale: Locale): string {
  return OPEN_GRAPH_LOCALES[locale];
}

export function documentPath(slug: string): string {
  return `/texts/${encodeURIComponent(slug)}`;
}

/** A reader page: the text's own address for its first section, /section/N for the others. */
export function sectionPath(slug: string, number: number): string {
  return number === 1 ? documentPath(slug) : `${documentPath(slug)}/section/${number}`;
}

/**
 * A pair in its text, wherever the outline puts it: the server answers with the
 * reader page of its section, at the pair (app/[locale]/texts/[slug]/at/[position]).
 */
export function pairInTextPath(slug: string, position: number): string {
  return `${documentPath(slug)}/at/${position}`;
}

export function pairPath(slug: string, position: number): string {
  return `${documentPath(slug)}/p/${position}`;
}
