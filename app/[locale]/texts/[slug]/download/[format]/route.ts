import { hasLocale } from "next-intl";
import { getTranslations } from "next-intl/server";
import { routing } from "@/i18n/routing";
import { getPublishedEdition } from "@/lib/exchange/editions";
import { fileResponse, formatNamed, MARKDOWN, PUBLIC_DOCUMENT_FORMATS, textResponse } from "@/lib/exchange/exchange-formats";
import { writeMarkdown } from "@/lib/exchange/markdown";

export const dynamic = "force-dynamic";

/** A reader's download of a text (md, tmx): the published edition only, as the reader shows it. */
export async function GET(_request: Request, { params }: { params: Promise<{ locale: string; slug: string; format: string }> }) {
  const { locale, slug, format } = await params;
  // Refusals in the language of the URL (the default language for a URL without one).
  const t = await getTranslations({ locale: hasLocale(routing.locales, locale) ? locale : routing.defaultLocale, namespace: "Exchange" });
  const tabular = formatNamed(PUBLIC_DOCUMENT_FORMATS, format);
  if (!hasLocale(routing.locales, locale) || (format !== "md" && !tabular)) return textResponse(t("notFound"), 404);
  const document = await getPublishedEdition(slug);
  if (!document) return textResponse(t("notFound"), 404);

  // Readers' copies may be cached briefly, like the reader page (refreshed within a minute).
  const cache = "public, max-age=60";
  if (tabular) return fileResponse(tabular.write(document), `${slug}${tabular.suffix}`, tabular.contentType, cache);
  const markdown = writeMarkdown(document, {
    source: t("markdownSource"),
    published: t("markdownPublished"),
    translatorNote: t("markdownNote"),
    untranslated: t("markdownUntranslated"),
  });
  return fileResponse(markdown, `${slug}.${locale}${MARKDOWN.suffix}`, MARKDOWN.contentType, cache);
}
