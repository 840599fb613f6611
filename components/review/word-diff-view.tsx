import { getLocale, getTranslations } from "next-intl/server";
import { diffCounts, wordDiff } from "@/lib/review/word-diff";
import { DiffText, diffMarkers } from "./diff-text";

/** Two versions of a text as one, words removed struck through and words added underlined. */
export async function WordDiffView({ before, after, language }: { before: string; after: string; language: "it" | "en" }) {
  const [t, locale] = await Promise.all([getTranslations("History"), getLocale()]);
  const parts = wordDiff(before, after);
  const counts = diffCounts(parts);
  return (
    <div className="word-diff">
      <p className="diff-summary">{t("diffSummary", counts)}</p>
      {/* Screen readers hear where each change starts and ends; sighted readers see it. */}
      <DiffText parts={parts} markers={diffMarkers(t, locale)} language={language} className="diff-text" />
    </div>
  );
}
