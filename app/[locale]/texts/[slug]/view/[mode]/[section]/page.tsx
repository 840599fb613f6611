import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { ClientMessages } from "@/components/client-messages";
import { DocumentHeader } from "@/components/document-header";
import { EditorNote } from "@/components/reader/editor-note";
import { ReaderEnhancer } from "@/components/reader/reader-enhancer";
import { readerPairMarkup } from "@/components/reader/reader-pair";
import { sectionPagerMarkup, tableOfContentsMarkup } from "@/components/reader/section-nav";
import { ServerMarkup } from "@/components/reader/server-markup";
import { ReadingToolbar } from "@/components/reader/reading-toolbar";
import { getGlossaryMatchers } from "@/lib/glossary";
import { putServerMarkup } from "@/lib/reader/markup-channel";
import { buildReaderPairs } from "@/lib/reader/reader-pairs";
import { getReaderSection } from "@/lib/reader/sections";
import { pageParams, parseParams, readerParams } from "@/lib/routing/route-params";
import { sectionPageMetadata } from "@/lib/seo/page-metadata";

// Rewrites in next.config.mjs lead /[locale]/texts/[slug](/section/N)?view=... here.
// Each view of each section is rendered on first request and served from Next's
// cache after that, refreshed when the text or glossary changes (lib/reader/revalidation.ts).
export const revalidate = 60;

export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: PageProps<"/[locale]/texts/[slug]/view/[mode]/[section]">): Promise<Metadata> {
  const route = parseParams(readerParams, await params);
  return route ? sectionPageMetadata(route.locale, route.slug, route.section) : {};
}

/** One page of a text: the whole of a short text, one section of a long one (lib/reader/outline.ts). */
export default async function ReaderPage({ params }: PageProps<"/[locale]/texts/[slug]/view/[mode]/[section]">) {
  const { locale, slug, mode: preferences, section: number } = await pageParams(readerParams, params);
  setRequestLocale(locale);
  const [page, matchers] = await Promise.all([getReaderSection(slug, number), getGlossaryMatchers(slug)]);
  if (!page) notFound();
  const { document, sections, section } = page;
  const [t, reader, format] = await Promise.all([getTranslations("Document"), getTranslations("Reader"), getFormatter()]);
  const { pairs } = buildReaderPairs(page.pairs, matchers);
  const context = { slug, locale, preferences, t: reader, formatDate: (date: Date) => format.dateTime(date, { dateStyle: "long" }) };
  const navigation = sections.length > 1 ? { slug, locale, sections, current: section, preferences, t: reader } : null;

  return (
    <article className="document">
      {/* The title atop each printed page (app/[locale]/texts/[slug]/running-head.css). */}
      <link rel="stylesheet" media="print" href={`/${locale}/texts/${slug}/running-head.css`} />
      <DocumentHeader document={document} />
      <ReadingToolbar slug={document.slug} section={section.number} preferences={preferences} />
      {/* The read-aloud control's place (components/reader/read-aloud-control.tsx), empty without JavaScript or voices. */}
      <div className="read-aloud-slot" />
      {navigation ? (
        <ServerMarkup
          as="div"
          className="section-navigation"
          markup={putServerMarkup([tableOfContentsMarkup(navigation), sectionPagerMarkup(navigation, "top")])}
          reloadWhenMissing
        />
      ) : null}
      {pairs.length > 0 ? (
        <ServerMarkup
          markup={putServerMarkup(pairs.map((pair) => readerPairMarkup(pair, context)))}
          aria-label={t("paragraphs")}
          className={`pairs view-${preferences.view} first-${preferences.first}`}
          data={{ "data-pair-locator": `/${locale}/texts/${slug}/at/`, "data-slug": slug, "data-pair-count": String(document.pairCount) }}
          reloadWhenMissing
        />
      ) : (
        <section aria-label={t("paragraphs")} className="pairs" />
      )}
      {/* After the text's last pair: what the editors say of the whole. */}
      {section.number === sections.length ? <EditorNote document={document} /> : null}
      {navigation ? sectionPagerMarkup(navigation, "bottom") : null}
      <ClientMessages namespaces={["Reader"]}>
        <ReaderEnhancer />
      </ClientMessages>
    </article>
  );
}
