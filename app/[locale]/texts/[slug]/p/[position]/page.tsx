import { pairInTextPath } from "@/lib/seo/urls";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { DocumentTitles } from "@/components/document-titles";
import { SharedPair } from "@/components/share/shared-pair";
import { findPair } from "@/lib/library";
import { pageParams, pairParams } from "@/lib/routing/route-params";
import { pairPageMetadata } from "@/lib/seo/page-metadata";

// A pair's own address, for sharing: the reader's #p-N anchors never reach the
// server, so they cannot carry a pair's title, description and quote card.
export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: PageProps<"/[locale]/texts/[slug]/p/[position]">): Promise<Metadata> {
  return pairPageMetadata(await params);
}

export default async function PairPage({ params }: PageProps<"/[locale]/texts/[slug]/p/[position]">) {
  const route = await pageParams(pairParams, params);
  setRequestLocale(route.locale);
  const pair = await findPair(route.slug, route.position);
  if (!pair) notFound();
  const { document, paragraph } = pair;
  const t = await getTranslations("Share");

  return (
    <article className="pair-share">
      <header className="document-header">
        <p className="meta">{t("pairPosition", { number: paragraph.position, count: document.pairCount })}</p>
        <DocumentTitles titleIt={document.titleIt} titleEn={document.titleEn} />
        <p className="meta">{t("source", { source: document.sourceName })}</p>
      </header>
      <SharedPair slug={route.slug} paragraph={paragraph} />
      <nav className="share-pager" aria-label={t("pairsNav")}>
        {paragraph.position > 1 ? (
          <a href={`/${route.locale}/texts/${document.slug}/p/${paragraph.position - 1}`} rel="prev">
            ← {t("previous")}
          </a>
        ) : null}
        <a href={`/${route.locale}${pairInTextPath(document.slug, paragraph.position)}`} className="read-link">
          {t("readInContext")}
        </a>
        {paragraph.position < document.pairCount ? (
          <a href={`/${route.locale}/texts/${document.slug}/p/${paragraph.position + 1}`} rel="next">
            {t("next")} →
          </a>
        ) : null}
      </nav>
    </article>
  );
}
