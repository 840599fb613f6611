"use client";

import { useEffect } from "react";

/**
 * The focus page's keys: Escape back to the list (at this pair), Alt+P and Alt+N to the
 * previous and next pair's page. They follow the page's own links (data-focus-key), so
 * without JavaScript the links do the same.
 */
export function FocusKeys() {
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      const key =
        event.key === "Escape" && !event.altKey && !event.ctrlKey && !event.metaKey
          ? "back"
          : event.altKey && !event.ctrlKey && !event.metaKey && event.code === "KeyN"
            ? "next"
            : event.altKey && !event.ctrlKey && !event.metaKey && event.code === "KeyP"
              ? "previous"
              : null;
      // Escape inside an open disclosure or menu closes that first.
      if (!key || (key === "back" && document.activeElement?.closest("details[open]"))) return;
      const link = document.querySelector<HTMLAnchorElement>(`a[data-focus-key="${key}"]`);
      if (!link) return;
      event.preventDefault();
      link.click();
    }
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, []);
  return null;
}
