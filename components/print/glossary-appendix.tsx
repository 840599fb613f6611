import { getLocale, getTranslations } from "next-intl/server";
import type { GlossaryEntry } from "@/lib/glossary";

/**
 * The glossary terms that occur in the text, after it: headword in both languages,
 * expansion and definition in the interface language, and links to every pair the
 * term occurs in.
 */
export async function GlossaryAppendix({
  terms,
  positions,
}: {
  terms: readonly GlossaryEntry[];
  positions: ReadonlyMap<string, readonly number[]>;
}) {
  const [t, locale] = await Promise.all([getTranslations("Print"), getLocale()]);
  const headword = (term: GlossaryEntry) => (locale === "it" ? term.termIt : term.termEn);
  const other = locale === "it" ? "en" : "it";
  const sorted = [...terms].sort((a, b) => headword(a).localeCompare(headword(b), locale));
  return (
    <section className="print-appendix" aria-labelledby="print-appendix-title">
      <h2 id="print-appendix-title">{t("appendix")}</h2>
      <p>{sorted.length ? t("appendixIntro") : t("noTerms")}</p>
      <dl className="appendix-terms">
        {sorted.map((term) => {
          const expansion = locale === "it" ? term.expansionIt : term.expansionEn;
          return (
            <div key={term.slug} id={`g-${term.slug}`} className="appendix-term">
              <dt>
                {/* The interface language's headword first, as the list is sorted by it. */}
                <span lang={locale}>{headword(term)}</span>
                <span className="appendix-separator" aria-hidden="true">
                  {" / "}
                </span>
                <span lang={other}>{locale === "it" ? term.termEn : term.termIt}</span>
                {term.abbreviation ? <span className="term-abbreviation"> ({term.abbreviation})</span> : null}
              </dt>
              {expansion ? <dd className="appendix-expansion">{expansion}</dd> : null}
              <dd>{locale === "it" ? term.definitionIt : term.definitionEn}</dd>
              <dd className="appendix-occurrences">
                {t("occursIn")}:{" "}
                {(positions.get(term.slug) ?? []).map((position, index) => (
                  <span key={position}>
                    {index > 0 ? ", " : null}
                    <a href={`#p-${position}`} aria-label={t("paragraphLink", { number: position })}>
                      {t("paragraphRef", { number: position })}
                    </a>
                  </span>
                ))}
              </dd>
            </div>
          );
        })}
      </dl>
    </section>
  );
}
