"use client";

import { useTranslations } from "next-intl";
import { useEffect } from "react";

/**
 * Alt+N and Alt+P move to the next or previous pair that needs work (not approved,
 * or with a warning), from wherever the focus is. Save and approve keys belong to
 * each pair's editor.
 */
export function ReviewKeys() {
  const t = useTranslations("Review.keys");
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (!event.altKey || event.ctrlKey || event.metaKey) return;
      const step = event.code === "KeyN" ? 1 : event.code === "KeyP" ? -1 : 0;
      if (!step) return;
      event.preventDefault();
      const pairs = [...document.querySelectorAll<HTMLElement>(".review-pair")];
      const current = (document.activeElement as HTMLElement | null)?.closest<HTMLElement>(".review-pair");
      let index = current ? pairs.indexOf(current) : step > 0 ? -1 : pairs.length;
      do index += step;
      while (index >= 0 && index < pairs.length && pairs[index]?.dataset.needsWork !== "true");
      const target = pairs[index];
      // Into the pair's first field, or onto its heading when the role can edit nothing.
      (target?.querySelector<HTMLElement>("textarea") ?? target?.querySelector<HTMLElement>("h2"))?.focus();
      target?.scrollIntoView({ block: "start", behavior: matchMedia("(prefers-reduced-motion: reduce)").matches ? "auto" : "smooth" });
    }
    document.addEventListener("keydown", onKeyDown);
    document.documentElement.dataset.reviewKeys = "ready";
    return () => document.removeEventListener("keydown", onKeyDown);
  }, []);

  return (
    <section className="review-shortcuts" aria-labelledby="review-shortcuts">
      <h2 id="review-shortcuts">{t("heading")}</h2>
      <dl>
        {(
          [
            ["ctrl", "S", "save"],
            ["ctrl", t("enterKey"), "approve"],
            ["alt", "N", "next"],
            ["alt", "P", "previous"],
          ] as const
        ).map(([modifier, key, action]) => (
          <div key={action}>
            <dt>
              <kbd>{t(modifier)}</kbd>+<kbd>{key}</kbd>
            </dt>
            <dd>{t(action)}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
