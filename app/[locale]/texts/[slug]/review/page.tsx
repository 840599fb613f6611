import { ClientMessages } from "@/components/client-messages";
import type { Metadata } from "next";
import { cookies } from "next/headers";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { DocumentTitles } from "@/components/document-titles";
import { TeamExports } from "@/components/exchange/export-links";
import { DeskList } from "@/components/review/desk-list";
import { LayoutSwitch } from "@/components/review/layout-switch";
import { ReviewFilters } from "@/components/review/review-filters";
import { ReviewKeys } from "@/components/review/review-keys";
import { WorkspaceEditors } from "@/components/review/workspace-editors";
import { ReviewProgress } from "@/components/review/review-progress";
import { WorkspacePager } from "@/components/review/workspace-pager";
import { Link } from "@/i18n/navigation";
import { requireSignedIn } from "@/lib/auth/session-cookie";
import { can } from "@/lib/core/roles";
import { getGlossaryMatchers } from "@/lib/glossary";
import { filterQuery, needsWork, parseReviewFilters } from "@/lib/review/filters";
import { DESK_LAYOUT_COOKIE, deskLayout } from "@/lib/review/desk-layout";
import { getWorkspacePage } from "@/lib/review/workspace";
import { documentParams, pageParams, parseParams } from "@/lib/routing/route-params";

export async function generateMetadata({ params }: PageProps<"/[locale]/texts/[slug]/review">): Promise<Metadata> {
  const route = parseParams(documentParams, await params);
  if (!route) return {};
  const t = await getTranslations({ locale: route.locale, namespace: "Review" });
  return { title: t("metaTitle"), robots: { index: false } };
}

/**
 * The team's workspace for one text: its progress, and one page of its pairs as the
 * filters select them, each an open editor (by role) or a row of the compact list that
 * opens its own edit page. A page's cost grows with the page, not the text
 * (lib/review/workspace.ts).
 */
export default async function ReviewPage({ params, searchParams }: PageProps<"/[locale]/texts/[slug]/review">) {
  const { locale, slug } = await pageParams(documentParams, params);
  setRequestLocale(locale);
  const user = await requireSignedIn(locale, `/texts/${slug}/review`);
  const [query, jar] = await Promise.all([searchParams, cookies()]);
  const filters = parseReviewFilters(query);
  const layout = deskLayout(query.layout, jar.get(DESK_LAYOUT_COOKIE)?.value);
  // Back from looking for the next (or previous) pair that needs work, with none found.
  const nothing = query.nothing === "next" ? "nothingNext" : query.nothing === "previous" ? "nothingPrevious" : null;
  const matchers = await getGlossaryMatchers(slug);
  const [workspace, t] = await Promise.all([getWorkspacePage(slug, filters, matchers), getTranslations("Review")]);
  if (!workspace) notFound();

  const { document, pairs } = workspace;
  const shownFilters = { ...filters, page: workspace.page };

  return (
    <ClientMessages namespaces={["Review", "Alignment", "Sentences", "Comments"]}>
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
          <TeamExports locale={locale} slug={slug} mayImport={can(user, "import")} />
        </header>
        <ReviewProgress words={workspace.words} />
        <ReviewKeys slug={slug} filters={filterQuery(shownFilters)} list={layout === "list"} />
        <ReviewFilters filters={filters} shown={workspace.shown} total={workspace.total} />
        <LayoutSwitch slug={slug} filters={filters} layout={layout} />
        {workspace.shown === 0 ? <p className="review-empty">{t("noneShown")}</p> : null}
        <p className="replace-link">
          <Link href={`/texts/${slug}/review/replace`} prefetch={false}>
            {t("replaceLink")}
          </Link>
        </p>
        {can(user, "review") && workspace.shown > 0 ? (
          <p className="batch-link">
            {/* A page of its own: the whole selection listed, ticked, then decided together. */}
            <Link href={{ pathname: `/texts/${slug}/review/batch`, query: filterQuery({ ...filters, page: 1 }) }} prefetch={false}>
              {t("batchLink", { count: workspace.shown })}
            </Link>
          </p>
        ) : null}
        {nothing ? (
          <p className="review-nothing" role="status">
            {t(nothing)}
          </p>
        ) : null}
        <WorkspacePager slug={slug} filters={shownFilters} pageCount={workspace.pageCount} placement="top" />
        {layout === "list" ? (
          <DeskList slug={slug} rows={pairs.map(({ pair, warnings }) => ({ pair, warnings, needsWork: needsWork(pair, warnings) }))} />
        ) : (
          <WorkspaceEditors slug={slug} user={user} pairs={pairs} matchers={matchers} lengthNorm={workspace.lengthNorm} />
        )}
        <WorkspacePager slug={slug} filters={shownFilters} pageCount={workspace.pageCount} placement="bottom" />
      </div>
    </ClientMessages>
  );
}
