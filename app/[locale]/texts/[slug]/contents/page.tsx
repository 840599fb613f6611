import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { DocumentTitles } from "@/components/document-titles";
import { sectionListMarkup } from "@/components/reader/section-nav";
import { DEFAULT_FIRST, DEFAULT_VIEW } from "@/lib/reader/reader-routes.mjs";
import { getOutline } from "@/lib/reader/sections";
import { documentParams, pageParams, parseParams } from "@/lib/routing/route-params";
import { documentTitle } from "@/lib/seo/metadata";
import { sectionPath } from "@/lib/seo/urls";

// Small and read on request: a text's outline changes with its headings and alignment.
export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: PageProps<"/[locale]/texts/[slug]/contents">): Promise<Metadata> {
  const route = parseParams(documentParams, await params);
  const outline = route && (await getOutline(route.slug));
  if (!route || !outline) return {};
  const t = await getTranslations({ locale: route.locale, namespace: "Reader" });
  return { title: t("contentsTitle", { title: documentTitle(outline.document, route.locale) }), robots: { index: false } };
}

/** A long text's table of contents, a page of its own: every section, each leading to its page in the view the reader keeps. */
export default async function ContentsPage({ params }: PageProps<"/[locale]/texts/[slug]/contents">) {
  const { locale, slug } = await pageParams(documentParams, params);
  setRequestLocale(locale);
  const outline = await getOutline(slug);
  if (!outline) notFound();
  const t = await getTranslations("Reader");
  const { document, sections } = outline;
  // Links without a view: the reader's remembered one (a cookie) applies.
  const hrefOf = (number: number) => `/${locale}${sectionPath(slug, number)}`;
  return (
    <article className="contents-page">
      <header className="document-header">
        <p>
          <a href={`/${locale}/texts/${slug}`}>{t("contentsBack")}</a>
        </p>
        <DocumentTitles titleIt={document.titleIt} titleEn={document.titleEn} />
      </header>
      <nav aria-labelledby="contents-heading" className="table-of-contents">
        <h2 id="contents-heading">{t("contents")}</h2>
        {sectionListMarkup({ slug, locale, sections, current: null, preferences: { view: DEFAULT_VIEW, first: DEFAULT_FIRST }, t, hrefOf })}
      </nav>
    </article>
  );
}
