import { getLocale, getTranslations } from "next-intl/server";
import { headingTag } from "@/components/reader/reader-pair";
import { ParagraphText } from "@/components/reader/paragraph-text";
import { TranslatorNote } from "@/components/translator-note";
import { otherLanguage, type ContentLanguage } from "@/lib/reader/reading-preferences";
import type { ReaderPairData } from "@/lib/reader/reader-pairs";

/** One pair on paper: its number, the two languages in columns, then the translator's note. */
export async function PrintPair({ pair, first }: { pair: ReaderPairData; first: ContentLanguage }) {
  const [t, locale] = await Promise.all([getTranslations("Reader"), getLocale()]);
  const Half = pair.headingLevel ? headingTag(pair.headingLevel) : "p";
  const half = (language: ContentLanguage) =>
    pair.text[language].length ? (
      <Half lang={language} className={pair.headingLevel ? "print-half print-heading" : "print-half"} data-lang={language}>
        <ParagraphText segments={pair.text[language]} termHref={(slug) => `#g-${slug}`} />
      </Half>
    ) : (
      <p className="print-half missing" data-lang={language} lang={locale}>
        {t("noTranslation")}
      </p>
    );

  return (
    <div
      className={pair.headingLevel ? "print-pair heading-pair" : "print-pair"}
      id={`p-${pair.position}`}
      role="group"
      aria-label={t("pair", { number: pair.position })}
    >
      <span className="print-number" aria-hidden="true">
        {pair.position}
      </span>
      {half(first)}
      {half(otherLanguage(first))}
      {pair.translatorNote ? <TranslatorNote note={pair.translatorNote} /> : null}
    </div>
  );
}
