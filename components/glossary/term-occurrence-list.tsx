import { pairInTextPath } from "@/lib/seo/urls";
import { getLocale, getTranslations } from "next-intl/server";
import type { TermOccurrenceInText } from "@/lib/glossary/term-occurrences";

/** Each pair the term occurs in, once, linked to the pair in the reader, with the Italian and English quoted around it. */
export async function TermOccurrenceList({ occurrences }: { occurrences: readonly TermOccurrenceInText[] }) {
  const locale = await getLocale();
  const t = await getTranslations("Glossary");
  return (
    <>
      <p>{t("occurrenceCount", { count: occurrences.length })}</p>
      <ol className="occurrences">
        {occurrences.map((occurrence) => (
          <li key={`${occurrence.documentSlug}/${occurrence.position}`}>
            <a href={`/${locale}${pairInTextPath(occurrence.documentSlug, occurrence.position)}`}>
              {occurrence.documentTitle[locale === "it" ? "it" : "en"]} · {t("paragraphRef", { number: occurrence.position })}
            </a>
            {(["it", "en"] as const).map((language) => {
              const snippet = occurrence.snippets[language];
              return snippet ? (
                <blockquote key={language} lang={language}>
                  {snippet.before}
                  <mark>{snippet.match}</mark>
                  {snippet.after}
                </blockquote>
              ) : null;
            })}
          </li>
        ))}
      </ol>
    </>
  );
}
