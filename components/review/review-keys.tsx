"use client";

import { useLocale, useTranslations } from "next-intl";
import { Fragment, useEffect } from "react";

/**
 * Alt+N and Alt+P move to the next or previous pair that needs work (not approved,
 * or with a warning), from wherever the focus is; past the page's last (or first)
 * pair, the server finds it on another page (app/[locale]/texts/[slug]/review/next)
 * and that page opens with the focus in it. Save and approve keys belong to each
 * pair's editor. `filters` is the page's filters as its URL query (lib/review/filters.ts
 * filterQuery): the search for the next pair keeps them.
 */
export function ReviewKeys({ slug, filters, list }: { slug: string; filters: Record<string, string>; list: boolean }) {
  const t = useTranslations("Review.keys");
  const locale = useLocale();
  // Arriving at a pair's address (#p-N), as after the server found it on this page: the focus goes into it, once.
  useEffect(() => {
    const addressed = /^#p-\d+$/.test(window.location.hash)
      ? document.querySelector<HTMLElement>(`:is(.review-pair, .desk-row)${window.location.hash}`)
      : null;
    if (addressed) focusPair(addressed, false);
  }, []);

  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (!event.altKey || event.ctrlKey || event.metaKey) return;
      const step = event.code === "KeyN" ? 1 : event.code === "KeyP" ? -1 : 0;
      if (!step) return;
      event.preventDefault();
      const pairs = [...document.querySelectorAll<HTMLElement>(PAIRS)];
      const current = (document.activeElement as HTMLElement | null)?.closest<HTMLElement>(PAIRS);
      let index = current ? pairs.indexOf(current) : step > 0 ? -1 : pairs.length;
      do index += step;
      while (index >= 0 && index < pairs.length && pairs[index]?.dataset.needsWork !== "true");
      const target = pairs[index];
      if (target) return focusPair(target, true);
      // None left on this page: from the last pair passed, the server looks further.
      const from = Number((current ?? pairs.at(step > 0 ? -1 : 0))?.dataset.position ?? (step > 0 ? 0 : Number.MAX_SAFE_INTEGER));
      const query = new URLSearchParams({ ...filters, from: String(from), direction: step > 0 ? "next" : "previous" });
      // A whole page load: the route answers with a redirect to the page and the pair's anchor.
      window.location.assign(new URL(`/${locale}/texts/${slug}/review/next?${query}`, window.location.href));
    }
    document.addEventListener("keydown", onKeyDown);
    document.documentElement.dataset.reviewKeys = "ready";
    return () => document.removeEventListener("keydown", onKeyDown);
  }, [filters, locale, slug]);

  return (
    <section className="review-shortcuts" aria-labelledby="review-shortcuts">
      <h2 id="review-shortcuts">{t("heading")}</h2>
      <dl>
        {(list ? LIST_KEYS : EDITOR_KEYS).map(([modifier, keys, action]) => (
          <div key={action}>
            <dt>
              {modifier ? (
                <>
                  <kbd>{t(modifier)}</kbd>+
                </>
              ) : null}
              {keys.map((key, index) => (
                <Fragment key={key}>
                  {index > 0 ? " / " : null}
                  <kbd>{key === "enter" ? t("enterKey") : key}</kbd>
                </Fragment>
              ))}
            </dt>
            <dd>{t(action)}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

/** A pair on the page: an open editor, or a row of the compact list. */
const PAIRS = ".review-pair, .desk-row";

/** Each key's modifier (if any), the keys that do the same, and what they do. */
const EDITOR_KEYS = [
  ["ctrl", ["S"], "save"],
  ["ctrl", ["enter"], "approve"],
  ["alt", ["N"], "next"],
  ["alt", ["P"], "previous"],
] as const;
const LIST_KEYS = [
  [null, ["J", "↓"], "down"],
  [null, ["K", "↑"], "up"],
  [null, ["enter"], "open"],
  ["alt", ["N"], "next"],
  ["alt", ["P"], "previous"],
] as const;

/** Into the pair's first field (or a row's link), or onto its heading when the role can edit nothing; the pair at the top of the window. */
function focusPair(target: HTMLElement, smooth: boolean) {
  (target.querySelector<HTMLElement>("textarea, a.desk-open") ?? target.querySelector<HTMLElement>("h2"))?.focus({ preventScroll: true });
  const reduced = matchMedia("(prefers-reduced-motion: reduce)").matches;
  target.scrollIntoView({ block: "start", behavior: smooth && !reduced ? "smooth" : "auto" });
}
