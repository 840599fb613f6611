import type { getTranslations } from "next-intl/server";
import type { ReactElement } from "react";
import { foldedNoteMarkup } from "@/components/translator-note";
import { firstLanguage, otherLanguage, type ContentLanguage, type ReadingPreferences } from "@/lib/reader/reading-preferences";
import type { ReaderPairData } from "@/lib/reader/reader-pairs";
import { paragraphMarkup } from "./paragraph-text";
import "./reader.css";

/** What every pair of a reader page shares: where it is, and its labels already translated. */
export interface PairContext {
  slug: string;
  locale: string;
  preferences: ReadingPreferences;
  t: Awaited<ReturnType<typeof getTranslations<"Reader">>>;
  formatDate: (date: Date) => string;
}

/**
 * One aligned pair in the chosen view, with its stable anchor and its link control.
 * Plain elements from a plain function: the reader's pairs are sent once, as HTML
 * (lib/reader/markup-channel.ts), so they may hold no component.
 */
export function readerPairMarkup(pair: ReaderPairData, { slug, locale, preferences, t, formatDate }: PairContext): ReactElement {
  const { review } = pair;
  const { view } = preferences;
  const first = firstLanguage(preferences);
  const second = otherLanguage(first);
  // A heading pair's halves are both headings of its level, side by side like any pair.
  const Half = pair.headingLevel ? headingTag(pair.headingLevel) : "p";
  const kind = pair.headingLevel ? "half half-heading" : "half";
  const half = (language: ContentLanguage) =>
    pair.text[language].length ? (
      <Half
        lang={language}
        className={language === "en" && review.published === "under-review" ? `${kind} under-review` : kind}
        data-lang={language}
      >
        {paragraphMarkup(pair.text[language], locale, { sentences: pair.sentences?.[language], lostWord: t("lostWord") })}
      </Half>
    ) : (
      <p className="half missing" data-lang={language}>
        {t("noTranslation")}
      </p>
    );
  const reviewed = review.reviewedAt ? formatDate(review.reviewedAt) : null;
  // The translator's note is about the English: shown only where the English is (in the on-demand view, with it).
  const note = pair.translatorNote ? foldedNoteMarkup(pair.translatorNote, t("translatorNote")) : null;
  const englishShown = view !== "it" && !(view === "reveal" && second === "en");
  // The sentence view: each link's sentences in the first language, then in the second.
  const sentences = view === "sentences" ? pair.sentences : null;
  const group = (link: number) =>
    ([first, second] as const).flatMap((language) => {
      const spans = sentences![language].filter((sentence) => sentence.link === link);
      return spans.length
        ? [
            <p
              key={language}
              lang={language}
              className={language === "en" && review.published === "under-review" ? `${kind} under-review` : kind}
              data-lang={language}
            >
              {paragraphMarkup(pair.text[language], locale, { sentences: spans, only: true, lostWord: t("lostWord") })}
            </p>,
          ]
        : [];
    });

  return (
    <div
      key={pair.position}
      className={pair.headingLevel ? "pair heading-pair" : "pair"}
      id={`p-${pair.position}`}
      tabIndex={-1}
      role="group"
      aria-label={t("pair", { number: pair.position })}
    >
      {sentences
        ? sentences.confidence.map((_, link) => (
            <div key={link} className="sentence-group">
              {group(link)}
            </div>
          ))
        : half(first)}
      {view === "side" || view === "interleaved" || (view === "sentences" && !sentences) ? half(second) : null}
      {view === "reveal" ? (
        <details className="counterpart">
          {/* Says what it will do: show while closed, hide while open. */}
          <summary>
            <span className="when-closed">{t(`reveal.${second}`)}</span>
            <span className="when-open">{t(`hide.${second}`)}</span>
          </summary>
          {half(second)}
          {second === "en" ? note : null}
        </details>
      ) : null}
      {englishShown ? note : null}
      <div className="pair-footer">
        {review.published === "under-review" ? <span className="review-badge">{t("underReview")}</span> : null}
        {review.published !== "unpublished" && reviewed ? (
          <span className="reviewed-by">
            {review.reviewedBy ? t("reviewedBy", { name: review.reviewedBy, date: reviewed }) : t("reviewedOn", { date: reviewed })}
          </span>
        ) : null}
        {/* One small menu per pair: its link, its share page, a report. */}
        <details className="pair-menu">
          <summary>
            <span aria-hidden="true">⋯</span>
            <span className="visually-hidden">{t("pairMenu", { number: pair.position })}</span>
          </summary>
          <ul>
            <li>
              <a className="pair-link" href={`#p-${pair.position}`} data-copy-link="">
                {t("copyLink", { number: pair.position })}
              </a>
            </li>
            <li>
              <a className="share-link" href={`/${locale}/texts/${slug}/p/${pair.position}`}>
                {t("sharePair", { number: pair.position })}
              </a>
            </li>
            <li>
              <a className="report-link" href={`/${locale}/texts/${slug}/p/${pair.position}/report`} rel="nofollow">
                {t("reportProblem", { number: pair.position })}
              </a>
            </li>
          </ul>
        </details>
      </div>
    </div>
  );
}

/** Markdown's levels as HTML headings under the page's h1: `#` and `##` are both h2. */
export function headingTag(level: number): "h2" | "h3" | "h4" | "h5" | "h6" {
  return `h${Math.min(Math.max(level, 2), 6)}` as "h2" | "h3" | "h4" | "h5" | "h6";
}
