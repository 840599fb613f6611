import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import type { GlossaryEntry } from "@/lib/glossary";

/** The glossary terms the query names, before the texts: a reader looking up a name wants its entry. */
export async function TermResults({ terms }: { terms: readonly GlossaryEntry[] }) {
  const [t, tGlossary, locale] = await Promise.all([getTranslations("Search"), getTranslations("Glossary"), getLocale()]);
  const other = locale === "it" ? "en" : "it";
  return (
    <section aria-labelledby="search-terms" className="search-terms">
      <h2 id="search-terms">
        {t("termsHeading")} <span className="search-count">({t("termsCount", { count: terms.length })})</span>
      </h2>
      <dl>
        {terms.map((term) => (
          <div key={term.slug} className="search-term">
            <dt>
              <Link href={`/glossary/${term.slug}`} lang={locale}>
                {locale === "it" ? term.termIt : term.termEn}
              </Link>
              {term.abbreviation ? <abbr className="term-abbreviation">{term.abbreviation}</abbr> : null}
              <span className="term-other" lang={other}>
                {other === "en" ? term.termEn : term.termIt}
              </span>
              <span className="term-kind">{tGlossary(`kinds.${term.kind}`)}</span>
            </dt>
            <dd lang={locale}>{locale === "it" ? term.definitionIt : term.definitionEn}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
