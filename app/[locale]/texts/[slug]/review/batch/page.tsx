import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { BatchForm } from "@/components/review/batch-form";
import { BatchOutcome } from "@/components/review/batch-outcome";
import { DocumentTitles } from "@/components/document-titles";
import { ReviewFilters } from "@/components/review/review-filters";
import { Link } from "@/i18n/navigation";
import { requireSignedIn } from "@/lib/auth/session-cookie";
import { can } from "@/lib/core/roles";
import { getGlossaryMatchers } from "@/lib/glossary";
import { MAX_BATCH } from "@/lib/review/batch-decision";
import { parseBatchResult } from "@/lib/review/batch-result";
import { filterQuery, parseReviewFilters } from "@/lib/review/filters";
import { getBatchSelection } from "@/lib/review/workspace";
import { documentParams, pageParams, parseParams } from "@/lib/routing/route-params";

export async function generateMetadata({ params }: PageProps<"/[locale]/texts/[slug]/review/batch">): Promise<Metadata> {
  const route = parseParams(documentParams, await params);
  if (!route) return {};
  const t = await getTranslations({ locale: route.locale, namespace: "Batch" });
  return { title: t("metaTitle"), robots: { index: false } };
}

/**
 * A reviewer's decision on every pair the filters select (all translated pairs with no
 * warning, say): the pairs listed as they are now, each ticked, then approved or sent
 * back together (lib/review/batch-decision.ts). What changed since the list was shown is
 * skipped and named.
 */
export default async function BatchPage({ params, searchParams }: PageProps<"/[locale]/texts/[slug]/review/batch">) {
  const { locale, slug } = await pageParams(documentParams, params);
  setRequestLocale(locale);
  const user = await requireSignedIn(locale, `/texts/${slug}/review/batch`);
  const query = await searchParams;
  const filters = parseReviewFilters(query);
  const [t, selection] = await Promise.all([
    getTranslations("Batch"),
    getBatchSelection(slug, filters, await getGlossaryMatchers(slug), MAX_BATCH),
  ]);
  if (!selection) notFound();
  const result = parseBatchResult(query);
  const filtersQuery = new URLSearchParams(filterQuery({ ...filters, page: 1 })).toString();

  return (
    <div className="review-workspace batch-page">
      <header className="review-header">
        <p className="review-kicker">{t("kicker")}</p>
        <DocumentTitles titleIt={selection.document.titleIt} titleEn={selection.document.titleEn} />
        <p>
          <Link href={`/texts/${slug}/review${filtersQuery ? `?${filtersQuery}` : ""}`}>{t("backToWorkspace")}</Link>
        </p>
      </header>
      {result ? <BatchOutcome result={result} slug={slug} /> : null}
      {can(user, "review") ? (
        <>
          <ReviewFilters filters={filters} shown={selection.total} total={selection.textTotal} />
          <BatchForm slug={slug} filters={filtersQuery} pairs={selection.pairs} total={selection.total} limit={MAX_BATCH} />
        </>
      ) : (
        <p role="alert">{t("reviewersOnly")}</p>
      )}
    </div>
  );
}
