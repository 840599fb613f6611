"use client";

import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { enhanceCopyLinks } from "./enhance/copy-link";
import { enhancePairs } from "./enhance/pair-keys";
import { keepForOffline } from "./enhance/offline";
import { trackReadingPlace } from "./enhance/reading-place";
import { enhanceReadingToolbar } from "./enhance/reading-toolbar";
import { enhanceSentenceLinks } from "./enhance/sentence-links";
import { markTargetPair } from "./enhance/target-pair";
import { enhanceTermTooltips } from "./enhance/term-tooltip";
import { ReadAloudControl } from "./read-aloud-control";

/**
 * The reader's only script: the toolbar's choices, reading progress, the copy kept for
 * offline reading, glossary tooltips, sentence links, pair keys, link copying, reading aloud. The page is
 * complete without it; this adds behaviour to the server-rendered markup.
 */
export function ReaderEnhancer() {
  const t = useTranslations("Reader");
  const [status, setStatus] = useState("");

  useEffect(() => {
    const root = document.querySelector<HTMLElement>(".pairs");
    if (!root) return;
    let cleanups: (() => void)[] = [];
    // In a task of its own after hydration's, so that neither holds the page for long.
    const start = window.setTimeout(() => {
      const target = markTargetPair(root);
      const toolbar = document.querySelector<HTMLElement>(".reading-toolbar");
      cleanups = [
        target.cleanup,
        ...(toolbar ? [enhanceReadingToolbar(toolbar, root), trackReadingPlace(root, toolbar)] : []),
        keepForOffline(document.querySelector<HTMLElement>(".offline-status")),
        enhanceTermTooltips(document.querySelector<HTMLElement>(".document") ?? root),
        enhancePairs(root),
        enhanceSentenceLinks(root),
        enhanceCopyLinks(root, (number) => {
          target.mark();
          setStatus(t("linkCopied", { number }));
        }),
      ];
      // Lets styles (and tests) tell the enhanced reader from the plain one.
      document.documentElement.dataset.readerEnhanced = "true";
    });
    return () => {
      window.clearTimeout(start);
      cleanups.forEach((cleanup) => cleanup());
      delete document.documentElement.dataset.readerEnhanced;
    };
  }, [t]);

  return (
    <>
      <ReadAloudControl />
      <p className="visually-hidden" role="status" aria-live="polite">
        {status}
      </p>
    </>
  );
}
