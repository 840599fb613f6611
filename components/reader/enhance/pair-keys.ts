/**
 * Keyboard and pointer help for the pairs: J / K move to the next / previous pair,
 * and in the on-demand view a click, tap or Enter on a paragraph shows or hides its
 * counterpart (the <details> inside the pair works alone without JavaScript).
 */
export function enhancePairs(root: HTMLElement): () => void {
  const pairs = () => Array.from(root.querySelectorAll<HTMLElement>(".pair"));

  function move(step: 1 | -1) {
    const list = pairs();
    const index = list.findIndex((pair) => pair.contains(document.activeElement));
    const next = list[index === -1 ? (step === 1 ? 0 : list.length - 1) : index + step];
    next?.focus();
  }

  function toggleCounterpart(pair: HTMLElement) {
    const details = pair.querySelector<HTMLDetailsElement>("details.counterpart");
    if (details) details.open = !details.open;
  }

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.altKey || event.ctrlKey || event.metaKey || isEditable(event.target)) return;
    if (event.key === "j" || event.key === "J") {
      event.preventDefault();
      move(1);
    } else if (event.key === "k" || event.key === "K") {
      event.preventDefault();
      move(-1);
    } else if (event.key === "Enter" && event.target instanceof HTMLElement && event.target.classList.contains("pair")) {
      event.preventDefault();
      toggleCounterpart(event.target);
    }
  };

  const onClick = (event: MouseEvent) => {
    const target = event.target instanceof Element ? event.target : null;
    const half = target?.closest(".half");
    // Only the shown paragraph toggles; links inside it (glossary terms) keep their own job.
    if (!half || target?.closest("a, summary, details")) return;
    const pair = half.closest<HTMLElement>(".pair");
    if (pair) toggleCounterpart(pair);
  };

  document.addEventListener("keydown", onKeyDown);
  root.addEventListener("click", onClick);
  return () => {
    document.removeEventListener("keydown", onKeyDown);
    root.removeEventListener("click", onClick);
  };
}

function isEditable(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
}
