import type { ReactElement } from "react";
import { paragraphMarkup } from "@/components/reader/paragraph-text";
import { headingTag } from "@/components/reader/reader-pair";
import { translatorNoteMarkup } from "@/components/translator-note";
import { otherLanguage, type ContentLanguage } from "@/lib/reader/reading-preferences";
import type { ReaderPairData } from "@/lib/reader/reader-pairs";

/** What a printed pair says, in the interface language. */
export interface PrintPairLabels {
  locale: string;
  noTranslation: string;
  translatorNote: string;
  lostWord: string;
  pair: (position: number) => string;
}

/**
 * One pair on paper, as plain elements (for lib/reader/markup-channel.ts): its number,
 * the two languages in columns, then the translator's note. Terms link to the appendix.
 */
export function printPairMarkup(pair: ReaderPairData, first: ContentLanguage, labels: PrintPairLabels): ReactElement {
  const Half = pair.headingLevel ? headingTag(pair.headingLevel) : "p";
  const half = (language: ContentLanguage) =>
    pair.text[language].length ? (
      <Half lang={language} className={pair.headingLevel ? "print-half print-heading" : "print-half"} data-lang={language}>
        {paragraphMarkup(pair.text[language], labels.locale, { termHref: (slug) => `#g-${slug}`, lostWord: labels.lostWord })}
      </Half>
    ) : (
      <p className="print-half missing" data-lang={language} lang={labels.locale}>
        {labels.noTranslation}
      </p>
    );

  return (
    <div
      key={pair.position}
      className={pair.headingLevel ? "print-pair heading-pair" : "print-pair"}
      id={`p-${pair.position}`}
      role="group"
      aria-label={labels.pair(pair.position)}
    >
      <span className="print-number" aria-hidden="true">
        {pair.position}
      </span>
      {half(first)}
      {half(otherLanguage(first))}
      {pair.translatorNote ? translatorNoteMarkup(pair.translatorNote, labels.translatorNote) : null}
    </div>
  );
}
