import { pairInTextPath } from "@/lib/seo/urls";
import { getLocale, getTranslations } from "next-intl/server";
import type { PairHit } from "@/lib/search/search-paragraphs";
import { HighlightedText } from "./highlighted-text";

/** Matching pairs as in the reader: Italian and approved English side by side, each linked to its place. */
export async function PairResults({ hits }: { hits: readonly PairHit[] }) {
  const [t, locale] = await Promise.all([getTranslations("Search"), getLocale()]);
  return (
    <ol className="search-pairs">
      {hits.map((hit) => {
        const title = locale === "en" && hit.document.titleEn ? hit.document.titleEn : hit.document.titleIt;
        return (
          <li key={`${hit.document.slug}-${hit.position}`} className="search-pair">
            <p className="search-pair-source">
              <a href={`/${locale}${pairInTextPath(hit.document.slug, hit.position)}`}>{t("pairLink", { title, number: hit.position })}</a>
            </p>
            <div className={hit.headingLevel ? "search-pair-halves search-pair-heading" : "search-pair-halves"}>
              <p lang="it" className="search-half">
                <HighlightedText segments={hit.it} />
              </p>
              {hit.en ? (
                <p lang="en" className="search-half">
                  <HighlightedText segments={hit.en} />
                </p>
              ) : (
                <p className="search-half search-half-missing">{t("noApprovedEnglish")}</p>
              )}
            </div>
          </li>
        );
      })}
    </ol>
  );
}
