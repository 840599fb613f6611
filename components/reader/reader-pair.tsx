import { getTranslations } from "next-intl/server";
import { TranslatorNote } from "@/components/translator-note";
import { otherLanguage, type ContentLanguage, type ReadingPreferences } from "@/lib/reader/reading-preferences";
import type { ReaderPairData } from "@/lib/reader/reader-pairs";
import { ParagraphText } from "./paragraph-text";

/** One aligned pair in the chosen view, with its stable anchor and its link control. */
export async function ReaderPair({ pair, preferences }: { pair: ReaderPairData; preferences: ReadingPreferences }) {
  const t = await getTranslations("Reader");
  const { view } = preferences;
  const first = view === "it" || view === "en" ? view : preferences.first;
  const second = otherLanguage(first);
  const half = (language: ContentLanguage) =>
    pair.text[language].length ? (
      <p lang={language} className="half" data-lang={language}>
        <ParagraphText segments={pair.text[language]} />
      </p>
    ) : (
      <p className="half missing" data-lang={language}>
        {t("noTranslation")}
      </p>
    );

  return (
    <div className="pair" id={`p-${pair.position}`} tabIndex={-1} role="group" aria-label={t("pair", { number: pair.position })}>
      {half(first)}
      {view === "side" || view === "interleaved" ? half(second) : null}
      {view === "reveal" ? (
        <details className="counterpart">
          <summary>{t(`reveal.${second}`)}</summary>
          {half(second)}
        </details>
      ) : null}
      <a className="pair-link" href={`#p-${pair.position}`} data-copy-link="">
        {t("copyLink", { number: pair.position })}
      </a>
      {pair.translatorNote ? <TranslatorNote note={pair.translatorNote} /> : null}
    </div>
  );
}
