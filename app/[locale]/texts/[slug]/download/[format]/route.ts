import { getTranslations } from "next-intl/server";
import { routing } from "@/i18n/routing";
import { getPublishedEdition } from "@/lib/exchange/editions";
import { getEbook } from "@/lib/exchange/ebook";
import {
  EPUB,
  fileName,
  fileResponse,
  MARKDOWN,
  PUBLIC_DOCUMENT_FORMATS,
  segmentation,
  streamOf,
  textResponse,
} from "@/lib/exchange/exchange-formats";
import { streamMarkdown } from "@/lib/exchange/markdown";
import { documentFileParams, localeOf, parseParams } from "@/lib/routing/route-params";

export const dynamic = "force-dynamic";

const downloadParams = documentFileParams({ md: MARKDOWN, epub: EPUB, ...PUBLIC_DOCUMENT_FORMATS });

/** A reader's download of a text (md, epub, tmx): the published edition only, as the reader shows it, streamed as it is read. */
export async function GET(request: Request, { params }: RouteContext<"/[locale]/texts/[slug]/download/[format]">) {
  const raw = await params;
  const route = parseParams(downloadParams, raw);
  // Refusals in the language of the URL (the default language for a URL without one).
  const t = await getTranslations({ locale: localeOf(raw.locale) ?? routing.defaultLocale, namespace: "Exchange" });
  if (!route) return textResponse(t("notFound"), 404);
  const { locale, slug, format } = route;
  // Readers' copies may be cached briefly, like the reader page (refreshed within a minute).
  const cache = "public, max-age=60";
  if (format === "epub") {
    const book = await getEbook(slug, locale);
    if (!book) return textResponse(t("notFound"), 404);
    return fileResponse(streamOf(book), `${slug}.${locale}${EPUB.suffix}`, EPUB.contentType, cache);
  }
  const document = await getPublishedEdition(slug);
  if (!document) return textResponse(t("notFound"), 404);
  if (format !== "md") {
    const tabular = PUBLIC_DOCUMENT_FORMATS[format];
    const segments = segmentation(request, tabular.bySentence);
    if (!segments) return textResponse(t("segmentsRefused"), 400);
    return fileResponse(tabular.stream(document, segments), fileName(slug, tabular.suffix, segments), tabular.contentType, cache);
  }
  const markdown = streamMarkdown(document, {
    source: t("markdownSource"),
    published: t("markdownPublished"),
    translatorNote: t("markdownNote"),
    untranslated: t("markdownUntranslated"),
  });
  return fileResponse(markdown, `${slug}.${locale}${MARKDOWN.suffix}`, MARKDOWN.contentType, cache);
}
