import { loadTermDefinitions } from "./term-definitions";

/**
 * Glossary tooltips on the terms the server marked: open on hover, keyboard focus
 * and tap; Escape closes; one at a time; placed within the term's own column and
 * on the side away from the paragraph's counterpart, so it never covers it.
 */
export function enhanceTermTooltips(root: HTMLElement): () => void {
  const definitions = loadTermDefinitions(root);
  const tip = document.createElement("div");
  tip.className = "term-tooltip";
  tip.setAttribute("role", "tooltip");
  tip.id = "term-tooltip";
  tip.hidden = true;
  // Inside the page's main landmark, so that what it says belongs to the page's regions
  // (main is not positioned: the tooltip's coordinates stay the document's).
  (document.getElementById("content") ?? document.body).append(tip);

  let current: HTMLElement | null = null;
  let lastPointer = "mouse";
  // Whether the tapped term's definition was already open when the tap began (the
  // focus that a tap gives opens it before the click arrives).
  let openBeforeTap = false;
  let hideTimer: number | undefined;

  const termOf = (target: EventTarget | null) => (target instanceof Element ? target.closest<HTMLElement>("a.term") : null);

  async function show(term: HTMLElement) {
    window.clearTimeout(hideTimer);
    current = term;
    const definition = await definitions.ready(term.dataset.term ?? "");
    // Moved on meanwhile, or nothing to show.
    if (current !== term || !definition) return;
    tip.replaceChildren(...Array.from(definition.childNodes, (node) => node.cloneNode(true)));
    // Show the term's form in the other language only.
    tip.dataset.contextLang = term.closest<HTMLElement>("[lang]")?.lang ?? "";
    tip.hidden = false;
    current = term;
    place(term);
  }

  function hide() {
    window.clearTimeout(hideTimer);
    tip.hidden = true;
    current = null;
  }

  function hideSoon() {
    window.clearTimeout(hideTimer);
    hideTimer = window.setTimeout(hide, 150);
  }

  function place(term: HTMLElement) {
    const half = term.closest<HTMLElement>(".half") ?? term;
    const column = half.getBoundingClientRect();
    const anchor = term.getBoundingClientRect();
    tip.style.maxWidth = `${Math.max(200, Math.min(380, column.width))}px`;
    const width = tip.offsetWidth;
    const left = Math.min(Math.max(anchor.left, column.left), Math.max(column.left, column.right - width));
    const below = anchor.bottom + 6;
    const above = anchor.top - tip.offsetHeight - 6;
    const counterpart = counterpartOf(half);
    const overlaps = (top: number) =>
      counterpart !== null &&
      intersects({ left, right: left + width, top, bottom: top + tip.offsetHeight }, counterpart.getBoundingClientRect());
    const top = overlaps(below) && !overlaps(above) ? above : below;
    tip.style.left = `${left + window.scrollX}px`;
    tip.style.top = `${top + window.scrollY}px`;
  }

  const onPointerDown = (event: PointerEvent) => {
    lastPointer = event.pointerType;
    openBeforeTap = current !== null && current === termOf(event.target);
  };
  const onPointerOver = (event: PointerEvent) => {
    const term = termOf(event.target);
    if (term && event.pointerType === "mouse") void show(term);
  };
  const onPointerOut = (event: PointerEvent) => {
    if (termOf(event.target) && event.pointerType === "mouse") hideSoon();
  };
  const onClick = (event: MouseEvent) => {
    const term = termOf(event.target);
    // On touch, the first tap opens the definition; a second tap follows the link.
    if (term && lastPointer !== "mouse" && !openBeforeTap) {
      event.preventDefault();
      void show(term);
    }
  };
  const onFocusIn = (event: FocusEvent) => {
    const term = termOf(event.target);
    if (term) void show(term);
  };
  const onFocusOut = (event: FocusEvent) => {
    if (termOf(event.target) && !tip.contains(event.relatedTarget as Node | null)) hide();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === "Escape" && current) hide();
  };
  const onOutsidePointer = (event: PointerEvent) => {
    if (current && !termOf(event.target) && !tip.contains(event.target as Node)) hide();
  };

  // One signal removes every listener when the reader unmounts.
  const listeners = new AbortController();
  const { signal } = listeners;
  root.addEventListener("pointerdown", onPointerDown, { signal });
  root.addEventListener("pointerover", onPointerOver, { signal });
  root.addEventListener("pointerout", onPointerOut, { signal });
  root.addEventListener("click", onClick, { signal });
  root.addEventListener("focusin", onFocusIn, { signal });
  root.addEventListener("focusout", onFocusOut, { signal });
  document.addEventListener("keydown", onKeyDown, { signal });
  document.addEventListener("pointerdown", onOutsidePointer, { signal });
  tip.addEventListener("pointerenter", () => window.clearTimeout(hideTimer), { signal });
  tip.addEventListener("pointerleave", hideSoon, { signal });

  return () => {
    listeners.abort();
    definitions.cleanup();
    tip.remove();
  };
}

function counterpartOf(half: HTMLElement): HTMLElement | null {
  const pair = half.closest(".pair");
  if (!pair) return null;
  const other = Array.from(pair.querySelectorAll<HTMLElement>(".half")).find((candidate) => candidate !== half);
  return other && other.getClientRects().length > 0 ? other : null;
}

function intersects(a: { left: number; right: number; top: number; bottom: number }, b: DOMRect): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}
