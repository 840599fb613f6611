import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import type { GlossaryEntry } from "@/lib/glossary";

export async function TermEntry({ term }: { term: GlossaryEntry }) {
  const locale = await getLocale();
  const t = await getTranslations("Glossary");
  const languages = locale === "it" ? (["it", "en"] as const) : (["en", "it"] as const);
  const field = {
    it: { term: term.termIt, expansion: term.expansionIt, definition: term.definitionIt },
    en: { term: term.termEn, expansion: term.expansionEn, definition: term.definitionEn },
  };

  return (
    <header className="term-entry">
      <p>
        <Link href="/glossary">{t("backToGlossary")}</Link>
      </p>
      <h1 lang={locale}>
        {field[locale === "it" ? "it" : "en"].term}
        {term.abbreviation ? (
          <>
            {" "}
            <abbr className="term-abbreviation">{term.abbreviation}</abbr>
          </>
        ) : null}
      </h1>
      <p className="term-kind">{t("kindOf", { kind: t(`kinds.${term.kind}`) })}</p>
      {term.document ? (
        <p className="term-scope">
          {t("ownEntry")}{" "}
          <Link href={`/texts/${term.document.slug}`} lang={locale === "en" && term.document.titleEn ? "en" : "it"}>
            {locale === "en" && term.document.titleEn ? term.document.titleEn : term.document.titleIt}
          </Link>
        </p>
      ) : null}
      {languages.map((language) => (
        <section key={language} lang={language} className="term-language">
          <h2 lang={locale}>{t(`definitionIn.${language}`)}</h2>
          {/* The headword once: the heading gives the page's language's, each other language's here. */}
          <Headword
            term={language === locale ? null : field[language].term}
            expansion={field[language].expansion === field[language].term ? null : field[language].expansion}
          />
          {field[language].definition ? (
            <p>{field[language].definition}</p>
          ) : (
            <p className="term-no-definition" lang={locale}>
              {t("noDefinition")}
            </p>
          )}
          <p className="term-forms">
            <span lang={locale}>{t("formsLabel")}: </span>
            {term.forms
              .filter((form) => form.language === language)
              .map((form) => form.form)
              .join(", ")}
          </p>
        </section>
      ))}
      {term.sources ? (
        <section className="term-sources">
          <h2>{t("sources")}</h2>
          <ul>
            {term.sources
              .split("\n")
              .filter((line) => line.trim())
              .map((line, index) => (
                <li key={index}>{line}</li>
              ))}
          </ul>
        </section>
      ) : null}
    </header>
  );
}

function Headword({ term, expansion }: { term: string | null; expansion: string | null }) {
  if (!term && !expansion) return null;
  return (
    <p className="term-headword">
      {term ? <strong>{term}</strong> : null}
      {term && expansion ? " – " : null}
      {expansion}
    </p>
  );
}
