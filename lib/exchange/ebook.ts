import "server-only";
import { getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/routing";
import { getGlossary, getGlossaryMatchers } from "../glossary";
import { getDocumentInfo } from "../library";
import { localizedUrl, documentPath } from "../seo/urls";
import { siteUrl } from "../site-url";
import { editorNoteIn } from "../reader/editor-note";
import { getPublishedEdition } from "./editions";
import { writeEpub, type EbookLabels } from "./epub";

/** A published text as an EPUB 3 book in `locale`'s words, made as it is read out; null for no such text. */
export async function getEbook(slug: string, locale: Locale): Promise<AsyncGenerator<Uint8Array> | null> {
  const [info, document] = await Promise.all([getDocumentInfo(slug), getPublishedEdition(slug)]);
  if (!info || !document) return null;
  const [t, about, print, exchange, reader, matchers, glossary] = await Promise.all([
    getTranslations({ locale, namespace: "Ebook" }),
    getTranslations({ locale, namespace: "Document" }),
    getTranslations({ locale, namespace: "Print" }),
    getTranslations({ locale, namespace: "Exchange" }),
    getTranslations({ locale, namespace: "Reader" }),
    getGlossaryMatchers(slug),
    getGlossary(),
  ]);
  const labels: EbookLabels = {
    locale,
    about: t("about"),
    source: about("source"),
    attribution: about("attribution"),
    published: about("published"),
    original: print("sourceUrl"),
    titlePage: t("titlePage"),
    contents: t("contents"),
    glossary: t("glossary"),
    glossaryIntro: t("glossaryIntro"),
    translatorNote: exchange("markdownNote"),
    untranslated: exchange("markdownUntranslated"),
    editorNote: about("editorNote"),
    lostWord: reader("lostWord"),
    paragraphs: (first, last) => t("paragraphs", { first, last }),
  };
  return writeEpub(document, {
    identifier: localizedUrl(siteUrl(), info.originalLanguage, documentPath(slug)),
    originalLanguage: info.originalLanguage,
    matchers,
    glossary,
    labels,
    editorNote: editorNoteIn(info, locale),
  });
}
