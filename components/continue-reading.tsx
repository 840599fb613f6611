"use client";

import { useLocale, useTranslations } from "next-intl";
import { useMemo, useSyncExternalStore } from "react";
import { READING_PLACES_KEY, readingPlaces } from "@/lib/reader/reading-places";

const subscribe = (changed: () => void) => {
  window.addEventListener("storage", changed);
  return () => window.removeEventListener("storage", changed);
};

/**
 * "Continue reading" in the library: the last text read in this browser, at the pair
 * the reader was at (kept by the reader page: lib/reader/reading-places.ts). Nothing
 * on the server, so the library stays the same page for everyone; nothing without
 * JavaScript or a remembered place.
 */
export function ContinueReading({ slugs }: { slugs: readonly string[] }) {
  const t = useTranslations("Library.continue");
  const locale = useLocale();
  // The stored text itself (a string, so the same while unchanged); none on the server.
  const stored = useSyncExternalStore(
    subscribe,
    () => localStorage.getItem(READING_PLACES_KEY),
    () => null,
  );
  // Only a text the library still holds.
  const place = useMemo(
    () => (stored ? readingPlaces({ getItem: () => stored, setItem: () => {} }).find((candidate) => slugs.includes(candidate.slug)) : null),
    [stored, slugs],
  );
  if (!place) return null;
  return (
    <p className="continue-reading">
      <span className="continue-label">{t("label")}: </span>
      <a href={`/${locale}/texts/${place.slug}/at/${place.position}`}>
        {t("link", { title: place.title, number: place.position, count: place.count })}
      </a>
    </p>
  );
}
