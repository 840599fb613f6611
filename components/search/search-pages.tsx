import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";

/** Previous and next links between result pages; plain links, so they work without JavaScript. */
export async function SearchPages({
  query,
  page,
  pageCount,
  pathname = "/search",
}: {
  query: string;
  page: number;
  pageCount: number;
  /** The page that pages: the search, or the concordance (/memory). */
  pathname?: "/search" | "/memory";
}) {
  if (pageCount <= 1) return null;
  const t = await getTranslations("Search");
  const href = (to: number) => ({ pathname, query: to === 1 ? { q: query } : { q: query, page: String(to) } });
  return (
    <nav aria-label={t("pagesLabel")} className="search-pages">
      {page > 1 ? (
        <Link href={href(Math.min(page - 1, pageCount))} rel="prev">
          {t("previous")}
        </Link>
      ) : null}
      <span>{t("pageOf", { page, pages: pageCount })}</span>
      {page < pageCount ? (
        <Link href={href(page + 1)} rel="next">
          {t("next")}
        </Link>
      ) : null}
    </nav>
  );
}
