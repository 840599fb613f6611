import "server-only";
import { getTranslations } from "next-intl/server";
import { findPair, getDocumentInfo } from "@/lib/library";
import { parseDocumentParams, parsePairParams } from "@/lib/routing/route-params";
import { documentTitle } from "@/lib/seo/metadata";

/** What a document's share card says, every label already in the interface language. */
export interface DocumentShareCard {
  siteName: string;
  titleIt: string;
  /** Empty when the document has no English title yet. */
  titleEn: string;
  /** "Fonte: C.E.S.I. – Centro Studi Internazionali". */
  sourceLine: string;
}

/** What a paragraph pair's quote card says. The texts are whole; the renderer shortens them to fit. */
export interface QuoteShareCard {
  siteName: string;
  /** "Paragrafo 3". */
  pairTitle: string;
  italianLabel: string;
  englishLabel: string;
  textIt: string;
  /** Empty when the pair has no translation yet. */
  textEn: string;
  /** The document's title in the interface language. */
  documentTitle: string;
}

export interface SharedCard<Card> {
  /** The image's alt text, in the interface language. */
  alt: string;
  card: Card;
}

/** A document card for a route's params, or null when they name no document. */
export async function documentShareCard(params: unknown): Promise<SharedCard<DocumentShareCard> | null> {
  const route = parseDocumentParams(params);
  const document = route && (await getDocumentInfo(route.slug));
  if (!route || !document) return null;
  const [layout, share] = await Promise.all([
    getTranslations({ locale: route.locale, namespace: "Layout" }),
    getTranslations({ locale: route.locale, namespace: "Share" }),
  ]);
  return {
    alt: share("documentImageAlt", { title: documentTitle(document, route.locale), source: document.sourceName }),
    card: {
      siteName: layout("siteName"),
      titleIt: document.titleIt,
      titleEn: document.titleEn,
      sourceLine: share("source", { source: document.sourceName }),
    },
  };
}

/** A quote card for a pair route's params, or null when they name no pair. */
export async function quoteShareCard(params: unknown): Promise<SharedCard<QuoteShareCard> | null> {
  const route = parsePairParams(params);
  const pair = route && (await findPair(route.slug, route.position));
  if (!route || !pair) return null;
  const [layout, share, labels] = await Promise.all([
    getTranslations({ locale: route.locale, namespace: "Layout" }),
    getTranslations({ locale: route.locale, namespace: "Share" }),
    getTranslations({ locale: route.locale, namespace: "Document" }),
  ]);
  const title = documentTitle(pair.document, route.locale);
  return {
    alt: share("pairImageAlt", { number: route.position, title }),
    card: {
      siteName: layout("siteName"),
      pairTitle: share("pairTitle", { number: route.position }),
      italianLabel: labels("italian"),
      englishLabel: labels("english"),
      textIt: pair.paragraph.textIt,
      textEn: pair.paragraph.textEn,
      documentTitle: title,
    },
  };
}
