import { getFormatter, getTranslations } from "next-intl/server";
import { TranslatorNote } from "@/components/translator-note";
import { Link } from "@/i18n/navigation";
import { otherLanguage, type ContentLanguage, type ReadingPreferences } from "@/lib/reader/reading-preferences";
import type { ReaderPairData } from "@/lib/reader/reader-pairs";
import { ParagraphText } from "./paragraph-text";
import "./reader.css";

/** One aligned pair in the chosen view, with its stable anchor and its link control. */
export async function ReaderPair({ slug, pair, preferences }: { slug: string; pair: ReaderPairData; preferences: ReadingPreferences }) {
  const [t, format] = await Promise.all([getTranslations("Reader"), getFormatter()]);
  const { review } = pair;
  const { view } = preferences;
  const first = view === "it" || view === "en" ? view : preferences.first;
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
        <ParagraphText segments={pair.text[language]} />
      </Half>
    ) : (
      <p className="half missing" data-lang={language}>
        {t("noTranslation")}
      </p>
    );
  const reviewed = review.reviewedAt ? format.dateTime(review.reviewedAt, { dateStyle: "long" }) : null;

  return (
    <div
      className={pair.headingLevel ? "pair heading-pair" : "pair"}
      id={`p-${pair.position}`}
      tabIndex={-1}
      role="group"
      aria-label={t("pair", { number: pair.position })}
    >
      {half(first)}
      {view === "side" || view === "interleaved" ? half(second) : null}
      {view === "reveal" ? (
        <details className="counterpart">
          <summary>{t(`reveal.${second}`)}</summary>
          {half(second)}
        </details>
      ) : null}
      {pair.translatorNote ? <TranslatorNote note={pair.translatorNote} /> : null}
      <p className="pair-footer">
        {review.published === "under-review" ? <span className="review-badge">{t("underReview")}</span> : null}
        {review.published !== "unpublished" && reviewed ? (
          <span className="reviewed-by">
            {review.reviewedBy ? t("reviewedBy", { name: review.reviewedBy, date: reviewed }) : t("reviewedOn", { date: reviewed })}
          </span>
        ) : null}
        <Link className="report-link" href={`/texts/${slug}/p/${pair.position}/report`} rel="nofollow">
          {t("reportProblem", { number: pair.position })}
        </Link>
        <a className="pair-link" href={`#p-${pair.position}`} data-copy-link="">
          {t("copyLink", { number: pair.position })}
        </a>
      </p>
    </div>
  );
}

/** Markdown's levels as HTML headings under the page's h1: `#` and `##` are both h2. */
export function headingTag(level: number): "h2" | "h3" | "h4" | "h5" | "h6" {
  return `h${Math.min(Math.max(level, 2), 6)}` as "h2" | "h3" | "h4" | "h5" | "h6";
}
