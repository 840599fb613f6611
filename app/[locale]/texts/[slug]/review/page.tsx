import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { DocumentTitles } from "@/components/document-titles";
import { TeamExports } from "@/components/exchange/export-links";
import { ReviewFilters } from "@/components/review/review-filters";
import { ReviewKeys } from "@/components/review/review-keys";
import { ReviewPair } from "@/components/review/review-pair";
import { ReviewProgress } from "@/components/review/review-progress";
import { Link } from "@/i18n/navigation";
import { requireSignedIn } from "@/lib/auth/session-cookie";
import { can } from "@/lib/core/roles";
import { getGlossaryMatchers, getTermsBySlugs } from "@/lib/glossary";
import { checkDocument } from "@/lib/review/checks";
import { matchesFilters, needsWork, parseReviewFilters, statusCounts } from "@/lib/review/filters";
import { db } from "@/lib/db";
import { fourEyesRequired, pairsWithEnglishBy } from "@/lib/review/four-eyes";
import { getReviewDocument } from "@/lib/review/workspace";
import { documentParams, pageParams, parseParams } from "@/lib/routing/route-params";

export async function generateMetadata({ params }: PageProps<"/[locale]/texts/[slug]/review">): Promise<Metadata> {
  const route = parseParams(documentParams, await params);
  if (!route) return {};
  const t = await getTranslations({ locale: route.locale, namespace: "Review" });
  return { title: t("metaTitle"), robots: { index: false } };
}

/** The team's workspace for one text: every pair, its state and checks, editable by role. */
export default async function ReviewPage({ params, searchParams }: PageProps<"/[locale]/texts/[slug]/review">) {
  const { locale, slug } = await pageParams(documentParams, params);
  setRequestLocale(locale);
  const user = await requireSignedIn(locale, `/texts/${slug}/review`);
  const [document, matchers, t] = await Promise.all([getReviewDocument(slug), getGlossaryMatchers(), getTranslations("Review")]);
  if (!document) notFound();

  const filters = parseReviewFilters(await searchParams);
  const warnings = checkDocument(document.paragraphs, matchers);
  const ref = (pair: { id: number; version: number } | undefined) => (pair ? { id: pair.id, version: pair.version } : null);
  const pairs = document.paragraphs.map((pair, index) => ({
    pair,
    warnings: warnings[index] ?? [],
    neighbours: { previous: ref(document.paragraphs[index - 1]), next: ref(document.paragraphs[index + 1]) },
  }));
  const shown = pairs.filter(({ pair, warnings }) => matchesFilters(pair, warnings, filters));
  const missingTerms = new Set(warnings.flat().flatMap((warning) => (warning.code === "missing-term" ? warning.terms : [])));
  const termNames = new Map((await getTermsBySlugs(missingTerms)).map((term) => [term.slug, term.termEn]));
  // Under the four-eyes policy, the pairs whose English this reviewer wrote wait for another.
  const ownEnglish =
    fourEyesRequired() && can(user, "review")
      ? await pairsWithEnglishBy(
          db,
          shown.map(({ pair }) => pair.id),
          user.id,
        )
      : new Set<number>();

  return (
    <div className="review-workspace">
      <header className="review-header">
        <p className="review-kicker">{t("kicker")}</p>
        <DocumentTitles titleIt={document.titleIt} titleEn={document.titleEn} />
        <p>
          {/* Not prefetched: a prefetch would render and cache the reader page mid-review. */}
          <Link href={`/texts/${slug}`} prefetch={false}>
            {t("readerLink")}
          </Link>
        </p>
        <TeamExports locale={locale} slug={slug} />
      </header>
      <ReviewProgress counts={statusCounts(document.paragraphs)} />
      <ReviewKeys />
      <ReviewFilters filters={filters} shown={shown.length} total={pairs.length} />
      {shown.length === 0 ? <p className="review-empty">{t("noneShown")}</p> : null}
      {shown.map(({ pair, warnings, neighbours }) => (
        <ReviewPair
          key={pair.id}
          slug={slug}
          pair={pair}
          warnings={warnings}
          needsWork={needsWork(pair, warnings)}
          termNames={termNames}
          user={user}
          neighbours={neighbours}
          fourEyes={ownEnglish.has(pair.id)}
        />
      ))}
    </div>
  );
}
