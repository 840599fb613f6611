import { loadTermDefinitions } from "./term-definitions";

/** How long the pointer rests on a term before its definition opens: passing over terms while reading opens nothing. */
const HOVER_INTENT_MS = 300;
const MARGIN = 8;
/** Below this width the definition is a sheet along the bottom of the screen. */
const SHEET_QUERY = "(max-width: 48rem)";

/**
 * Glossary tooltips on the terms the server marked: open when the pointer rests on a
 * term, on keyboard focus and on tap; Escape closes; one at a time; placed within the
 * term's own column, on the side away from the paragraph's counterpart, and always
 * wholly inside the window (on a narrow screen, a sheet along its bottom). A screen
 * reader hears the term as a link; D on a term reads its definition out (the
 * definition is not read on every focus).
 */
export function enhanceTermTooltips(root: HTMLElement): () => void {
  const definitions = loadTermDefinitions();
  const tip = document.createElement("div");
  tip.className = "term-tooltip";
  tip.setAttribute("role", "tooltip");
  tip.id = "term-tooltip";
  tip.hidden = true;
  // Inside the page's main landmark, so that what it says belongs to the page's regions
  // (main is not positioned: the tooltip's coordinates stay the document's).
  // What D reads out.
  const announcer = document.createElement("p");
  announcer.className = "visually-hidden";
  announcer.setAttribute("role", "status");
  (document.getElementById("content") ?? document.body).append(tip, announcer);

  let current: HTMLElement | null = null;
  let lastPointer = "mouse";
  // Whether the tapped term's definition was already open when the tap began (the
  // focus that a tap gives opens it before the click arrives).
  let openBeforeTap = false;
  let hideTimer: number | undefined;
  let hoverTimer: number | undefined;

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
    const sheet = window.matchMedia(SHEET_QUERY).matches;
    tip.classList.toggle("term-sheet", sheet);
    tip.style.maxHeight = "";
    if (sheet) {
      tip.style.left = tip.style.top = tip.style.maxWidth = "";
      return;
    }
    const half = term.closest<HTMLElement>(".half") ?? term;
    const column = half.getBoundingClientRect();
    const anchor = term.getBoundingClientRect();
    const viewport = { width: document.documentElement.clientWidth, height: window.innerHeight };
    // Nothing under the reading toolbar, which stays over the text.
    const ceiling = Math.max(MARGIN, (document.querySelector(".reading-toolbar")?.getBoundingClientRect().bottom ?? 0) + MARGIN);
    tip.style.maxWidth = `${Math.max(200, Math.min(380, column.width, viewport.width - 2 * MARGIN))}px`;
    const width = tip.offsetWidth;
    const inColumn = Math.min(Math.max(anchor.left, column.left), Math.max(column.left, column.right - width));
    const left = Math.min(Math.max(inColumn, MARGIN), viewport.width - width - MARGIN);
    const room = { below: viewport.height - MARGIN - (anchor.bottom + 6), above: anchor.top - 6 - ceiling };
    const fits = (side: "below" | "above") => tip.offsetHeight <= room[side];
    const topOf = (side: "below" | "above") =>
      side === "below" ? anchor.bottom + 6 : anchor.top - 6 - Math.min(tip.offsetHeight, room.above);
    const counterpart = counterpartOf(half);
    const overlaps = (side: "below" | "above") =>
      counterpart !== null &&
      intersects(
        { left, right: left + width, top: topOf(side), bottom: topOf(side) + tip.offsetHeight },
        counterpart.getBoundingClientRect(),
      );
    const preferred: ("below" | "above")[] = overlaps("below") && !overlaps("above") ? ["above", "below"] : ["below", "above"];
    const side = preferred.find(fits) ?? (room.below >= room.above ? "below" : "above");
    // Taller than the room on either side: it scrolls within the room it has.
    if (!fits(side)) tip.style.maxHeight = `${Math.max(80, room[side])}px`;
    tip.style.left = `${left + window.scrollX}px`;
    tip.style.top = `${topOf(side) + window.scrollY}px`;
  }

  // Asked for as the pointer or finger arrives: ready by the time the hover intent has waited.
  const prepare = (term: HTMLElement | null) => term && void definitions.ready(term.dataset.term ?? "");
  const onPointerDown = (event: PointerEvent) => {
    prepare(termOf(event.target));
    lastPointer = event.pointerType;
    openBeforeTap = current !== null && current === termOf(event.target);
  };
  const onPointerOver = (event: PointerEvent) => {
    const term = termOf(event.target);
    if (!term || event.pointerType !== "mouse") return;
    prepare(term);
    window.clearTimeout(hoverTimer);
    if (term === current) window.clearTimeout(hideTimer);
    else hoverTimer = window.setTimeout(() => void show(term), HOVER_INTENT_MS);
  };
  const onPointerOut = (event: PointerEvent) => {
    if (!termOf(event.target) || event.pointerType !== "mouse") return;
    window.clearTimeout(hoverTimer);
    if (current) hideSoon();
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
    const focused = termOf(document.activeElement);
    if (focused && (event.key === "d" || event.key === "D") && !event.ctrlKey && !event.metaKey && !event.altKey) {
      event.preventDefault();
      void definitions.ready(focused.dataset.term ?? "").then((definition) => {
        announcer.textContent = definition ? readable(definition) : "";
      });
    }
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
    window.clearTimeout(hoverTimer);
    window.clearTimeout(hideTimer);
    definitions.cleanup();
    tip.remove();
    announcer.remove();
  };
}

/** A definition as one sentence to hear: its paragraphs' words, without the link to the entry. */
function readable(definition: HTMLElement): string {
  return Array.from(definition.querySelectorAll("p"), (paragraph) => paragraph.textContent?.trim() ?? "")
    .filter(Boolean)
    .join(". ");
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
