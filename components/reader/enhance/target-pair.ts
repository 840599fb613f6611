/**
 * CSS :target misses anchors reached by client-side navigation (history.pushState),
 * as when a glossary occurrence links into the reader: mark the pair named by the
 * URL's hash with a class as well, now and whenever the hash changes.
 */
export function markTargetPair(root: HTMLElement): { mark: () => void; cleanup: () => void } {
  const mark = () => {
    for (const pair of root.querySelectorAll(".pair.is-target")) pair.classList.remove("is-target");
    const id = decodeURIComponent(window.location.hash.slice(1));
    const target = id ? root.querySelector(`#${CSS.escape(id)}`) : null;
    target?.classList.add("is-target");
    if (id && !target) findElsewhere(root, id);
  };
  mark();
  window.addEventListener("hashchange", mark);
  return { mark, cleanup: () => window.removeEventListener("hashchange", mark) };
}

/**
 * A #p-N the page does not hold: a link from before the text was cut into sections,
 * or from before an edit moved the pair to another. The fragment never reached the
 * server, so the page asks it where the pair is now (app/[locale]/texts/[slug]/at/[position]).
 */
function findElsewhere(root: HTMLElement, id: string) {
  const position = /^p-([1-9]\d*)$/.exec(id)?.[1];
  const locator = root.dataset.pairLocator;
  if (position && locator) window.location.replace(`${locator}${position}${window.location.search}`);
}
