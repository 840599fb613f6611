/**
 * Sentence links in the reader: pointing at a sentence (hover, a tap, or the keyboard
 * focus on a term inside it) lights it and its counterpart in the other half, the
 * spans of its pair with the same link (lib/reader/pair-sentences.ts).
 */
export function enhanceSentenceLinks(root: HTMLElement): () => void {
  let lit: HTMLElement[] = [];

  function light(sentence: HTMLElement | null) {
    const pair = sentence?.closest(".pair");
    const next = sentence && pair ? Array.from(pair.querySelectorAll<HTMLElement>(`[data-s="${sentence.dataset.s}"]`)) : [];
    if (next.length === lit.length && next.every((element, index) => element === lit[index])) return;
    for (const element of lit) element.classList.remove("linked");
    for (const element of next) element.classList.add("linked");
    lit = next;
  }

  const sentenceOf = (target: EventTarget | null) => (target instanceof Element ? target.closest<HTMLElement>("[data-s]") : null);
  const listeners = new AbortController();
  const { signal } = listeners;
  root.addEventListener("pointerover", (event) => light(sentenceOf(event.target)), { signal });
  root.addEventListener("pointerdown", (event) => light(sentenceOf(event.target)), { signal });
  // A finger leaves the page as it lifts: what it tapped stays lit until the next tap.
  root.addEventListener("pointerleave", (event) => event.pointerType === "mouse" && light(null), { signal });
  // The keyboard's focus on a term inside a sentence; focus on a whole pair (a tap gives
  // it) leaves the pointer's sentence lit.
  root.addEventListener(
    "focusin",
    (event) => {
      const sentence = sentenceOf(event.target);
      if (sentence) light(sentence);
    },
    { signal },
  );
  root.addEventListener("focusout", (event) => sentenceOf(event.target) && !sentenceOf(event.relatedTarget) && light(null), { signal });
  return () => {
    listeners.abort();
    light(null);
  };
}
