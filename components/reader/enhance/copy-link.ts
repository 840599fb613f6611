/**
 * The pair's link control: without JavaScript it is a plain link to the pair's
 * anchor; with it, a click copies the full link and says so to screen readers.
 */
export function enhanceCopyLinks(root: HTMLElement, announce: (pairNumber: number) => void): () => void {
  const onClick = async (event: MouseEvent) => {
    const link = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>("a[data-copy-link]") : null;
    if (!link) return;
    event.preventDefault();
    const url = new URL(link.getAttribute("href") ?? "", window.location.href);
    history.replaceState(null, "", url.hash);
    try {
      await navigator.clipboard.writeText(url.href);
    } catch {
      // Clipboard refused (permissions): the address bar now holds the link.
    }
    announce(Number(url.hash.replace("#p-", "")));
    // The pair's menu has done its work.
    const menu = link.closest("details");
    if (menu) menu.open = false;
  };
  root.addEventListener("click", onClick);
  return () => root.removeEventListener("click", onClick);
}
