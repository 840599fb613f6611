import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { filterQuery, type ReviewFilters } from "@/lib/review/filters";

/** The workspace's pages under the current filters: first, previous, where we are, next, last. Links, so it works without JavaScript. */
export async function WorkspacePager({
  slug,
  filters,
  pageCount,
  placement,
}: {
  slug: string;
  filters: ReviewFilters;
  pageCount: number;
  placement: "top" | "bottom";
}) {
  if (pageCount <= 1) return null;
  const t = await getTranslations("Review.pages");
  const { page } = filters;
  const link = (target: number, label: string, rel?: "prev" | "next") => (
    <Link href={{ pathname: `/texts/${slug}/review`, query: filterQuery(filters, target) }} rel={rel} prefetch={false}>
      {label}
    </Link>
  );
  return (
    <nav className={`workspace-pager workspace-pager-${placement}`} aria-label={t(placement)}>
      {page > 1 ? link(1, t("first")) : null}
      {page > 1 ? link(page - 1, t("previous"), "prev") : null}
      <span aria-current="page">{t("position", { page, count: pageCount })}</span>
      {page < pageCount ? link(page + 1, t("next"), "next") : null}
      {page < pageCount ? link(pageCount, t("last")) : null}
    </nav>
  );
}
