import { APPEARANCE_CHOICES } from "@/lib/reader/appearance-choices.mjs";
import { pairBeingRead } from "./reading-place";

type Setting = keyof typeof APPEARANCE_CHOICES;
const ONE_YEAR = 60 * 60 * 24 * 365;

/**
 * The reading toolbar with JavaScript: a choice of text size, theme or glossary marks
 * applies at once (its cookie written, <html>'s attribute set: lib/reader/appearance.ts),
 * without leaving the page; the current choices are marked; in the on-demand view one
 * button shows or hides every translation; and a change of view,
 * language order or interface language brings the reader back to the pair they were
 * reading, at the top of the window.
 */
export function enhanceReadingToolbar(toolbar: HTMLElement, pairs: HTMLElement): () => void {
  const markCurrent = () => {
    for (const link of toolbar.querySelectorAll<HTMLAnchorElement>("a[data-appearance]")) {
      const [setting, value] = choiceOf(link);
      if (value === current(setting)) link.setAttribute("aria-current", "true");
      else link.removeAttribute("aria-current");
    }
  };
  markCurrent();

  const revealAll = toolbar.querySelector<HTMLButtonElement>("button.reveal-all");
  const counterparts = () => [...pairs.querySelectorAll<HTMLDetailsElement>("details.counterpart")];
  const labelRevealAll = () => {
    if (!revealAll) return;
    const allOpen = counterparts().every((details) => details.open);
    revealAll.textContent = (allOpen ? revealAll.dataset.hide : revealAll.dataset.show) ?? "";
  };
  if (revealAll) {
    revealAll.hidden = false;
    labelRevealAll();
    revealAll.addEventListener("click", () => {
      const open = !counterparts().every((details) => details.open);
      for (const details of counterparts()) details.open = open;
      labelRevealAll();
    });
    pairs.addEventListener("toggle", labelRevealAll, true);
  }

  const onClick = (event: MouseEvent) => {
    const link = event.target instanceof Element ? event.target.closest("a") : null;
    if (!link) return;
    if (link.dataset.appearance && toolbar.contains(link)) {
      event.preventDefault();
      const [setting, value] = choiceOf(link);
      document.cookie = `${APPEARANCE_CHOICES[setting].cookie}=${value}; Path=/; Max-Age=${ONE_YEAR}; SameSite=Lax`;
      document.documentElement.setAttribute(`data-${setting}`, value);
      markCurrent();
    } else if (toolbar.contains(link) && link.matches("[data-view], [data-first], .locale-switch")) {
      // (The header's language switch carries the address's own #p-N: reaching it scrolls to the top.)
      keepPlace(link, pairs);
    }
  };
  // Capturing, so that the place is in the address before the language switch reads it.
  document.addEventListener("click", onClick, true);
  return () => {
    document.removeEventListener("click", onClick, true);
    pairs.removeEventListener("toggle", labelRevealAll, true);
  };
}

function choiceOf(link: HTMLAnchorElement): [Setting, string] {
  const [setting, value] = (link.dataset.appearance ?? "").split(":");
  return [setting as Setting, value ?? ""];
}

function current(setting: Setting): string {
  const choices = APPEARANCE_CHOICES[setting];
  const value = document.documentElement.getAttribute(`data-${setting}`);
  return value && (choices.values as readonly string[]).includes(value) ? value : choices.fallback;
}

/** Puts the pair being read into the address (and the link), so that the next page opens there. */
function keepPlace(link: HTMLAnchorElement, pairs: HTMLElement) {
  const pair = pairBeingRead(pairs);
  if (!pair) return;
  history.replaceState(history.state, "", `#${pair.id}`);
  link.hash = pair.id;
}
