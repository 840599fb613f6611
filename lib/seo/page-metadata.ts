import "server-only";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/routing";
import { findPair } from "@/lib/library";
import { getReaderSection } from "@/lib/reader/sections";
import { parsePairParams } from "@/lib/routing/route-params";
import { siteUrl } from "@/lib/site-url";
import { documentMetadata, documentTitle, libraryMetadata, pairMetadata, type SeoContext } from "./metadata";

// The pages' generateMetadata: each reads what its page shows and hands it to the
// builders in metadata.ts.

export async function libraryPageMetadata(locale: Locale): Promise<Metadata> {
  const t = await getTranslations({ locale, namespace: "Library" });
  return libraryMetadata(await seoContext(locale), t("metaTitle"));
}

/** A reader page: the text's first section at the text's address, a further section at its own. */
export async function sectionPageMetadata(locale: Locale, slug: string, number: number): Promise<Metadata> {
  const page = await getReaderSection(slug, number);
  if (!page) return {};
  const [first] = page.pairs;
  const heading = page.section.titles?.[locale] || page.section.titles?.it;
  return documentMetadata(await seoContext(locale), page.document, { number, first, heading });
}

export async function pairPageMetadata(params: unknown): Promise<Metadata> {
  const route = parsePairParams(params);
  const pair = route && (await findPair(route.slug, route.position));
  if (!route || !pair) return {};
  const t = await getTranslations({ locale: route.locale, namespace: "Share" });
  const title = t("pairMetaTitle", { title: documentTitle(pair.document, route.locale), number: route.position });
  return pairMetadata(await seoContext(route.locale), pair.document, pair.paragraph, title);
}

async function seoContext(locale: Locale): Promise<SeoContext> {
  const t = await getTranslations({ locale, namespace: "Layout" });
  return { base: siteUrl(), locale, siteName: t("siteName") };
}
