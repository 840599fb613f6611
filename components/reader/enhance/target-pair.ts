/**
 * CSS :target misses anchors reached by client-side navigation (history.pushState),
 * as when a glossary occurrence links into the reader: mark the pair named by the
 * URL's hash with a class as well, now and whenever the hash changes.
 */
export function markTargetPair(root: HTMLElement): { mark: () => void; cleanup: () => void } {
  const mark = () => {
    for (const pair of root.querySelectorAll(".pair.is-target")) pair.classList.remove("is-target");
    const id = decodeURIComponent(window.location.hash.slice(1));
    if (id) root.querySelector(`#${CSS.escape(id)}`)?.classList.add("is-target");
  };
  mark();
  window.addEventListener("hashchange", mark);
  return { mark, cleanup: () => window.removeEventListener("hashchange", mark) };
}
