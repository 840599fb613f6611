"use client";

import { useLocale, useTranslations } from "next-intl";
import { DiffText, diffMarkers } from "./diff-text";
import type { FuzzyMatch } from "@/lib/memory/fuzzy-matches";

/** Matches this many can be used from the keyboard (Alt+Shift+1 to Alt+Shift+5). */
export const MATCH_KEYS = 5;

/**
 * The translation memory's fuzzy matches for the pair's Italian, beside the editor:
 * how alike, where each comes from, its Italian with what differs from this pair's
 * marked, and its English, which a button (or Alt+Shift+N) puts in the English field.
 */
export function MemoryMatches({
  id,
  matches,
  onUse,
}: {
  id: string;
  matches: readonly FuzzyMatch[];
  onUse: ((english: string) => void) | null;
}) {
  const t = useTranslations("Review");
  const markers = diffMarkers(useTranslations("History"), useLocale());
  return (
    <div className="memory-matches" role="group" aria-labelledby={id}>
      <h3 id={id}>{t("memory.heading")}</h3>
      {matches.length === 0 ? <p className="memory-none">{t("memory.none")}</p> : null}
      <ol>
        {matches.map((match, index) => (
          <li key={index}>
            <p className="memory-where">
              <strong className="memory-score">{t("memory.similarity", { percent: Math.round(match.similarity * 100) })}</strong>{" "}
              {match.from.kind === "pair"
                ? t("memory.fromPair", { title: match.from.title, number: match.from.position })
                : t("memory.fromMemory", { name: match.from.name })}
            </p>
            <DiffText parts={match.sourceDiff} markers={markers} language="it" className="memory-source" />
            <p lang="en" className="memory-target">
              {match.textEn}
            </p>
            {onUse ? (
              <button
                type="button"
                onClick={() => onUse(match.textEn)}
                aria-keyshortcuts={index < MATCH_KEYS ? `Alt+Shift+${index + 1}` : undefined}
              >
                {index < MATCH_KEYS ? t("memory.useWithKey", { number: index + 1 }) : t("memory.use")}
              </button>
            ) : null}
          </li>
        ))}
      </ol>
    </div>
  );
}
