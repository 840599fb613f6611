import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import type { GlossaryEntry } from "@/lib/glossary";
import { indexLetter } from "@/lib/glossary/filter-terms";

/** The terms under their initials (of the interface language's headword), with a letter bar. */
export async function GlossaryIndex({ terms }: { terms: readonly GlossaryEntry[] }) {
  const locale = await getLocale();
  const t = await getTranslations("Glossary");
  const other = locale === "it" ? "en" : "it";
  const headword = (term: GlossaryEntry) => (locale === "it" ? term.termIt : term.termEn);
  const groups = new Map<string, GlossaryEntry[]>();
  for (const term of [...terms].sort((a, b) => headword(a).localeCompare(headword(b), locale))) {
    const letter = indexLetter(headword(term));
    groups.set(letter, [...(groups.get(letter) ?? []), term]);
  }

  return (
    <>
      <nav aria-label={t("lettersLabel")} className="letter-bar">
        <ul>
          {[...groups.keys()].map((letter) => (
            <li key={letter}>
              <a href={`#letter-${letter}`}>{letter}</a>
            </li>
          ))}
        </ul>
      </nav>
      {[...groups].map(([letter, entries]) => (
        <section key={letter} aria-labelledby={`letter-${letter}`} className="letter-group">
          <h2 id={`letter-${letter}`} tabIndex={-1}>
            {letter}
          </h2>
          <dl>
            {entries.map((term) => (
              <div key={term.slug} className="glossary-entry">
                <dt>
                  <Link href={`/glossary/${term.slug}`} lang={locale}>
                    {headword(term)}
                  </Link>
                  {term.abbreviation ? <abbr className="term-abbreviation">{term.abbreviation}</abbr> : null}
                  <span className="term-other" lang={other}>
                    {other === "en" ? term.termEn : term.termIt}
                  </span>
                  <span className="term-kind">{t(`kinds.${term.kind}`)}</span>
                </dt>
                <dd>{locale === "it" ? term.definitionIt : term.definitionEn}</dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
    </>
  );
}
