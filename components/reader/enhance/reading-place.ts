import { rememberPlace } from "@/lib/reader/reading-places";

/**
 * Where the reader is: the reading progress drawn along the toolbar's lower edge
 * (and told to screen readers as a progress bar), and the pair being read kept in
 * the browser for the library's "continue reading" (lib/reader/reading-places.ts).
 */
export function trackReadingPlace(pairs: HTMLElement, toolbar: HTMLElement): () => void {
  const bar = toolbar.querySelector<HTMLElement>(".reading-progress");
  const count = Number(pairs.dataset.pairCount);
  const slug = pairs.dataset.slug ?? "";
  const title = document.querySelector("h1")?.textContent?.trim() ?? slug;
  if (!bar || !(count > 0) || !slug) return () => {};
  bar.hidden = false;
  bar.setAttribute("aria-valuemax", String(count));

  let frame = 0;
  let saveTimer: number | undefined;
  const update = () => {
    frame = 0;
    const pair = pairBeingRead(pairs);
    const position = pair
      ? Number(pair.id.replace("p-", ""))
      : Number(pairs.querySelector<HTMLElement>(".pair[id]")?.id.replace("p-", "") ?? 1);
    bar.style.setProperty("--read", String(position / count));
    bar.setAttribute("aria-valuenow", String(position));
    bar.setAttribute("aria-valuetext", bar.dataset.label?.replace("{number}", String(position)).replace("{count}", String(count)) ?? "");
    window.clearTimeout(saveTimer);
    if (pair) saveTimer = window.setTimeout(() => rememberPlace(localStorage, { slug, position, count, title, at: Date.now() }), 400);
  };
  const onScroll = () => {
    if (!frame) frame = requestAnimationFrame(update);
  };
  update();
  window.addEventListener("scroll", onScroll, { passive: true });
  return () => {
    window.removeEventListener("scroll", onScroll);
    cancelAnimationFrame(frame);
    window.clearTimeout(saveTimer);
  };
}

/** The pair at the reading line, just under the toolbar, once the reader is into the text (the toolbar stuck to the top). */
export function pairBeingRead(pairs: HTMLElement): HTMLElement | null {
  const toolbar = document.querySelector(".reading-toolbar")?.getBoundingClientRect();
  if (!toolbar || toolbar.top > 1) return null;
  const line = toolbar.bottom + 32;
  return [...pairs.querySelectorAll<HTMLElement>(".pair[id]")].find((pair) => pair.getBoundingClientRect().bottom > line) ?? null;
}
