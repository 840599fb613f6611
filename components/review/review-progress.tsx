import { getFormatter, getTranslations } from "next-intl/server";
import { REVIEW_STATUSES } from "@/lib/core/statuses";
import { totalWords, type WordCounts } from "@/lib/review/word-counts";

/** The document's progress: pairs per status, the approved share as a bar, and its words by status in both languages. */
export async function ReviewProgress({ words }: { words: WordCounts }) {
  const [t, format] = await Promise.all([getTranslations("Review"), getFormatter()]);
  const all = totalWords(words);
  const total = all.pairs;
  return (
    <section className="review-progress" aria-labelledby="review-progress">
      <h2 id="review-progress">{t("progress", { approved: words.approved.pairs, total })}</h2>
      <progress max={total} value={words.approved.pairs} aria-labelledby="review-progress" />
      <ul className="status-counts">
        {REVIEW_STATUSES.map((status) => (
          <li key={status} data-status={status}>
            <span className={`status-badge status-${status}`}>{t(`status.${status}`)}</span> {words[status].pairs}
          </li>
        ))}
      </ul>
      <details className="word-counts">
        <summary>{t("words.summary", { it: all.it, en: all.en })}</summary>
        <table>
          <caption>{t("words.caption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("words.status")}</th>
              <th scope="col">{t("words.pairs")}</th>
              <th scope="col">{t("words.italian")}</th>
              <th scope="col">{t("words.english")}</th>
            </tr>
          </thead>
          <tbody>
            {REVIEW_STATUSES.map((status) => (
              <tr key={status} data-status={status}>
                <th scope="row">{t(`status.${status}`)}</th>
                <td>{format.number(words[status].pairs)}</td>
                <td>{format.number(words[status].it)}</td>
                <td>{format.number(words[status].en)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t("words.total")}</th>
              <td>{format.number(all.pairs)}</td>
              <td>{format.number(all.it)}</td>
              <td>{format.number(all.en)}</td>
            </tr>
          </tfoot>
        </table>
      </details>
    </section>
  );
}
