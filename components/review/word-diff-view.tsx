import { getLocale, getTranslations } from "next-intl/server";
import { diffCounts, wordDiff } from "@/lib/review/word-diff";

/** Two versions of a text as one, words removed struck through and words added underlined. */
export async function WordDiffView({ before, after, language }: { before: string; after: string; language: "it" | "en" }) {
  const [t, locale] = await Promise.all([getTranslations("History"), getLocale()]);
  // Screen readers hear where each change starts and ends; sighted readers see it.
  const mark = (key: "addedStart" | "addedEnd" | "removedStart" | "removedEnd") => (
    <span className="visually-hidden" lang={locale}>
      {t(key)}
    </span>
  );
  const parts = wordDiff(before, after);
  const counts = diffCounts(parts);
  return (
    <div className="word-diff">
      <p className="diff-summary">{t("diffSummary", counts)}</p>
      <p lang={language} className="diff-text">
        {parts.map((part, index) =>
          part.kind === "added" ? (
            <ins key={index}>
              {mark("addedStart")}
              {part.text}
              {mark("addedEnd")}
            </ins>
          ) : part.kind === "removed" ? (
            <del key={index}>
              {mark("removedStart")}
              {part.text}
              {mark("removedEnd")}
            </del>
          ) : (
            <span key={index}>{part.text}</span>
          ),
        )}
      </p>
    </div>
  );
}
