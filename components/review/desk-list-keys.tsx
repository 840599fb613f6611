"use client";

import { useEffect } from "react";

const ROW_LINKS = ".desk-row a.desk-open";

/**
 * The compact list's keys: J and K (when not typing) or the arrow keys (inside the
 * list) move the focus from pair to pair; Enter follows the focused pair's link to
 * its edit page, as any link does.
 */
export function DeskListKeys() {
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
      const letter = event.key === "j" || event.key === "J" ? 1 : event.key === "k" || event.key === "K" ? -1 : 0;
      const arrow = event.key === "ArrowDown" ? 1 : event.key === "ArrowUp" ? -1 : 0;
      const target = event.target instanceof HTMLElement ? event.target : null;
      const inList = Boolean(target?.closest(".desk-list"));
      const typing = Boolean(target?.closest("input, textarea, select, [contenteditable]"));
      const step = letter && !typing ? letter : arrow && inList ? arrow : 0;
      if (!step) return;
      const links = [...document.querySelectorAll<HTMLAnchorElement>(ROW_LINKS)];
      const current = target?.closest(".desk-row")?.querySelector<HTMLAnchorElement>("a.desk-open");
      const index = current ? links.indexOf(current) + step : step > 0 ? 0 : links.length - 1;
      const next = links[Math.min(Math.max(index, 0), links.length - 1)];
      if (!next) return;
      event.preventDefault();
      next.focus({ preventScroll: true });
      next.closest(".desk-row")?.scrollIntoView({ block: "nearest" });
    }
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, []);
  return null;
}
