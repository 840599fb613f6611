/**
 * Keyboard and pointer help for the pairs: J / K move to the next / previous pair,
 * L / H to the next / previous sentence of the text read first (a pair without
 * sentence marks counts as one), lighting its counterpart (./sentence-links.ts). In the
 * on-demand view a click, tap or Enter on a paragraph shows or hides its counterpart
 * (the <details> inside the pair works alone without JavaScript); a click on one of its
 * sentences shows that sentence's counterpart alone, and more as more are clicked.
 */
export function enhancePairs(root: HTMLElement): () => void {
  const pairs = () => Array.from(root.querySelectorAll<HTMLElement>(".pair"));

  function move(step: 1 | -1) {
    const list = pairs();
    const index = list.findIndex((pair) => pair.contains(document.activeElement));
    const next = list[index === -1 ? (step === 1 ? 0 : list.length - 1) : index + step];
    next?.focus();
  }

  /** Each pair's sentences in the half read first, or the pair itself where it has none. */
  function stops(): HTMLElement[] {
    return pairs().flatMap((pair) => {
      // The language read first: the first half shown (in the sentence view, its sentences are in several groups).
      const half = Array.from(pair.querySelectorAll<HTMLElement>(".half")).find((candidate) => candidate.getClientRects().length > 0);
      const sentences = half ? Array.from(pair.querySelectorAll<HTMLElement>(`.half[lang="${half.lang}"] [data-s]`)) : [];
      return sentences.length ? sentences : [pair];
    });
  }

  function moveSentence(step: 1 | -1) {
    const list = stops();
    const active = document.activeElement;
    let index = list.findIndex((stop) => stop === active || stop.contains(active));
    if (index === -1 && active instanceof HTMLElement && active.classList.contains("pair")) {
      // The pair itself has the focus (J / K): on to its first sentence, or back to the one before it.
      const inside = list.findIndex((stop) => active.contains(stop));
      index = step === 1 ? inside - 1 : inside;
    }
    const next = index === -1 ? (step === 1 ? list[0] : list.at(-1)) : list[index + step];
    if (!next) return;
    if (!next.classList.contains("pair")) next.tabIndex = -1;
    next.focus();
  }

  function toggleCounterpart(pair: HTMLElement) {
    const details = pair.querySelector<HTMLDetailsElement>("details.counterpart");
    if (!details) return;
    delete details.dataset.partial;
    details.open = !details.open;
  }

  /** Shows the counterpart of one sentence (on-demand view), or hides it again. */
  function toggleSentence(pair: HTMLElement, sentence: HTMLElement): boolean {
    const details = pair.querySelector<HTMLDetailsElement>("details.counterpart");
    const counterpart = details ? Array.from(details.querySelectorAll<HTMLElement>(`[data-s="${sentence.dataset.s}"]`)) : [];
    if (!details || counterpart.length === 0) return false;
    if (details.open && details.dataset.partial === undefined) return false;
    const shown = counterpart.every((element) => element.classList.contains("revealed"));
    for (const element of counterpart) element.classList.toggle("revealed", !shown);
    const any = details.querySelector(".revealed") !== null;
    if (any) details.dataset.partial = "";
    else delete details.dataset.partial;
    details.open = any;
    return true;
  }

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.altKey || event.ctrlKey || event.metaKey || isEditable(event.target)) return;
    if (event.key === "j" || event.key === "J") {
      event.preventDefault();
      move(1);
    } else if (event.key === "k" || event.key === "K") {
      event.preventDefault();
      move(-1);
    } else if (event.key === "l" || event.key === "L") {
      event.preventDefault();
      moveSentence(1);
    } else if (event.key === "h" || event.key === "H") {
      event.preventDefault();
      moveSentence(-1);
    } else if (event.key === "Enter" && event.target instanceof HTMLElement && event.target.classList.contains("pair")) {
      event.preventDefault();
      toggleCounterpart(event.target);
    } else if (event.key === "Enter" && event.target instanceof HTMLElement && event.target.matches("[data-s]")) {
      const pair = event.target.closest<HTMLElement>(".pair");
      if (pair && toggleSentence(pair, event.target)) event.preventDefault();
    }
  };

  const onClick = (event: MouseEvent) => {
    const target = event.target instanceof Element ? event.target : null;
    const half = target?.closest(".half");
    // Only the shown paragraph toggles; links inside it (glossary terms) keep their own job.
    if (!half || target?.closest("a, summary, details")) return;
    const pair = half.closest<HTMLElement>(".pair");
    const sentence = target?.closest<HTMLElement>("[data-s]");
    if (pair && !(sentence && toggleSentence(pair, sentence))) toggleCounterpart(pair);
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
