import { pairInTextPath } from "@/lib/seo/urls";
import { getLocale, getTranslations } from "next-intl/server";
import type { TermOccurrenceInText } from "@/lib/glossary/term-occurrences";

/** Each occurrence with its context, linked to its paragraph pair in the reader. */
export async function TermOccurrenceList({ occurrences }: { occurrences: readonly TermOccurrenceInText[] }) {
  const locale = await getLocale();
  const t = await getTranslations("Glossary");
  return (
    <>
      <p>{t("occurrenceCount", { count: occurrences.length })}</p>
      <ol className="occurrences">
        {occurrences.map((occurrence, index) => (
          <li key={index}>
            <a href={`/${locale}${pairInTextPath(occurrence.documentSlug, occurrence.position)}`}>
              {occurrence.documentTitle[locale === "it" ? "it" : "en"]} · {t("paragraphRef", { number: occurrence.position })} (
              {t(`inLanguage.${occurrence.language}`)})
            </a>
            <blockquote lang={occurrence.language}>
              {occurrence.snippet.before}
              <mark>{occurrence.snippet.match}</mark>
              {occurrence.snippet.after}
            </blockquote>
          </li>
        ))}
      </ol>
    </>
  );
}
