import type { Metadata } from "next";
import { routing, type Locale } from "@/i18n/routing";
import { shortenQuote } from "@/lib/text/shorten-quote";
import { languageAlternates, localizedUrl, openGraphLocale, pairPath, sectionPath } from "./urls";

// Search results show about this much of a description.
const DESCRIPTION_LENGTH = 160;

/** Where the site lives, the interface language of the page, and the site's name in it. */
export interface SeoContext {
  base: URL;
  locale: Locale;
  siteName: string;
}

export interface SeoDocument {
  slug: string;
  titleIt: string;
  titleEn: string;
}

/** One reader page of a document: its section's number, first pair and heading. */
export interface SeoSection {
  number: number;
  first: SeoParagraph | undefined;
  heading: string | undefined;
}

export interface SeoParagraph {
  position: number;
  textIt: string;
  textEn: string;
}

/** A document's title in the interface language: the English one when there is one. */
export function documentTitle(document: Pick<SeoDocument, "titleIt" | "titleEn">, locale: Locale): string {
  return locale === "en" && document.titleEn ? document.titleEn : document.titleIt;
}

/** The library: canonical and hreflang alternates for /it and /en. */
export function libraryMetadata(context: SeoContext, title: string): Metadata {
  return pageMetadata(context, "", { type: "website", title });
}

/**
 * A document's reader page: its title (with the section's heading after the first
 * section), the start of its text as description, and its share metadata.
 */
export function documentMetadata(context: SeoContext, document: SeoDocument, { number, first, heading }: SeoSection): Metadata {
  const title = documentTitle(document, context.locale);
  return pageMetadata(context, sectionPath(document.slug, number), {
    type: "article",
    title: number > 1 && heading ? `${heading} – ${title}` : title,
    description: first ? shortenQuote(paragraphText(first, context.locale), DESCRIPTION_LENGTH) : undefined,
  });
}

/** A pair's share page: `title` is already localized ("…, paragraph 3"); the pair's text is the description. */
export function pairMetadata(context: SeoContext, document: SeoDocument, paragraph: SeoParagraph, title: string): Metadata {
  return pageMetadata(context, pairPath(document.slug, paragraph.position), {
    type: "article",
    title,
    description: shortenQuote(paragraphText(paragraph, context.locale), DESCRIPTION_LENGTH),
  });
}

// The page's own text in the interface language, the Italian while a pair has no English.
function paragraphText(paragraph: SeoParagraph, locale: Locale): string {
  return locale === "en" && paragraph.textEn ? paragraph.textEn : paragraph.textIt;
}

function pageMetadata(
  { base, locale, siteName }: SeoContext,
  path: string,
  page: { type: "website" | "article"; title: string; description?: string | undefined },
): Metadata {
  const url = localizedUrl(base, locale, path);
  const description = page.description ? { description: page.description } : {};
  return {
    title: page.title,
    ...description,
    alternates: { canonical: url, languages: languageAlternates(base, path) },
    // The images come from the route's opengraph-image and twitter-image files.
    openGraph: {
      type: page.type,
      url,
      siteName,
      title: page.title,
      ...description,
      locale: openGraphLocale(locale),
      alternateLocale: routing.locales.filter((other) => other !== locale).map(openGraphLocale),
    },
    // Article pages have a share card (1200×630), worth the large preview; the library has none.
    twitter: { card: page.type === "article" ? "summary_large_image" : "summary", title: page.title, ...description },
  };
}
