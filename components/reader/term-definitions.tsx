import type { getTranslations } from "next-intl/server";
import type { GlossaryEntry } from "@/lib/glossary";

/**
 * The definitions of the terms marked on the page, once each however often they
 * occur: hidden, referenced by every occurrence's aria-describedby, and copied into
 * the tooltip by the script. Plain elements, sent once as HTML (lib/reader/markup-channel.ts).
 */
export function termDefinitionsMarkup(
  terms: readonly GlossaryEntry[],
  locale: string,
  t: Awaited<ReturnType<typeof getTranslations<"Glossary">>>,
) {
  return terms.map((term) => {
    const headword = locale === "it" ? term.termIt : term.termEn;
    const expansion = locale === "it" ? term.expansionIt : term.expansionEn;
    return (
      <div key={term.slug} id={`term-${term.slug}`} className="term-definition">
        <p className="term-headword">
          <strong lang={locale}>{term.abbreviation ?? headword}</strong>
          {term.abbreviation && expansion ? <span lang={locale}> – {expansion}</span> : null}
        </p>
        <p className="term-other-form" data-lang="en">
          {t("otherForm.en")}: <span lang="en">{term.termEn}</span>
        </p>
        <p className="term-other-form" data-lang="it">
          {t("otherForm.it")}: <span lang="it">{term.termIt}</span>
        </p>
        <p className="term-gloss">{locale === "it" ? term.definitionIt : term.definitionEn}</p>
        <a href={`/${locale}/glossary/${term.slug}`} className="term-entry-link">
          {t("openEntry")}
        </a>
      </div>
    );
  });
}
