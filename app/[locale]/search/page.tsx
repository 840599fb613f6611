import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { PairResults } from "@/components/search/pair-results";
import { SearchHelp } from "@/components/search/search-help";
import { SearchPages } from "@/components/search/search-pages";
import { TermResults } from "@/components/search/term-results";
import { Link } from "@/i18n/navigation";
import { localeParams, pageParams, parseParams } from "@/lib/routing/route-params";
import { searchLibrary } from "@/lib/search";
import { searchParamsSchema } from "@/lib/search/search-params";
import { MAX_QUERY_LENGTH } from "@/lib/search/search-query";
import "@/components/search/search.css";

export const dynamic = "force-dynamic";

/** The query as the page repeats it: trimmed, and no longer than what was searched. */
const shown = (q: string) => q.trim().slice(0, MAX_QUERY_LENGTH);

export async function generateMetadata({ params, searchParams }: PageProps<"/[locale]/search">): Promise<Metadata> {
  const [route, { q }] = await Promise.all([
    params.then((raw) => parseParams(localeParams, raw)),
    searchParams.then((query) => searchParamsSchema.parse(query)),
  ]);
  if (!route) return {};
  const t = await getTranslations({ locale: route.locale, namespace: "Search" });
  return { title: shown(q) ? t("metaTitleQuery", { query: shown(q) }) : t("metaTitle"), robots: { index: false } };
}

export default async function SearchPage({ params, searchParams }: PageProps<"/[locale]/search">) {
  const { locale } = await pageParams(localeParams, params);
  setRequestLocale(locale);
  const { q, page } = searchParamsSchema.parse(await searchParams);
  const [t, outcome] = await Promise.all([getTranslations("Search"), searchLibrary(q, page)]);
  const query = shown(q);

  if (!outcome) {
    return (
      <div className="search-page">
        <h1>{t("heading")}</h1>
        {query ? (
          <p role="status" className="search-notice">
            {t("noWords", { query })}
          </p>
        ) : null}
        <SearchHelp />
      </div>
    );
  }

  const { terms, pairs } = outcome;
  return (
    <div className="search-page">
      <h1>{t("headingQuery", { query })}</h1>
      {terms.length ? <TermResults terms={terms} /> : null}
      <section aria-labelledby="search-pairs-heading">
        <h2 id="search-pairs-heading">{t("pairsHeading")}</h2>
        <p role="status" className="search-count">
          {pairs.total ? t("counts", { pairs: pairs.total, texts: pairs.texts }) : t("countsNone")}
          {pairs.pageCount > 1 ? `, ${t("pageOf", { page: pairs.page, pages: pairs.pageCount })}` : null}
        </p>
        {pairs.hits.length ? (
          <PairResults hits={pairs.hits} />
        ) : pairs.total === 0 ? (
          <NoHits query={query} />
        ) : (
          <p>
            <Link href={{ pathname: "/search", query: { q } }}>{t("pastLastPage")}</Link>
          </p>
        )}
        <SearchPages query={q} page={pairs.page} pageCount={pairs.pageCount} />
      </section>
    </div>
  );
}

async function NoHits({ query }: { query: string }) {
  const t = await getTranslations("Search");
  return (
    <>
      <p className="search-notice">{t("noHits", { query })}</p>
      <h3>{t("suggestionsHeading")}</h3>
      <ul>
        <li>{t("suggestions.spelling")}</li>
        <li>{t("suggestions.fewer")}</li>
        <li>{t("suggestions.language")}</li>
        <li>
          <Link href="/glossary">{t("suggestions.glossary")}</Link>
        </li>
      </ul>
    </>
  );
}
