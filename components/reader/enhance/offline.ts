/** The caches public/sw.js keeps: pages, and the built files they need. */
const PAGES = "a-fronte-pages-v1";
const ASSETS = "a-fronte-assets-v1";
const SAVED_NOTICE_MS = 5000;

/**
 * Makes the text being read available offline: registers the service worker
 * (public/sw.js), which keeps every public page from then on, and stores this page and
 * the files it loaded before the worker was there. Then says so in the toolbar; read
 * offline, it says that this is the copy kept.
 */
export function keepForOffline(status: HTMLElement | null): () => void {
  if (!("serviceWorker" in navigator) || !("caches" in window)) return () => {};
  let stopped = false;
  let fade: number | undefined;
  // Offline, the notice stays; "saved" is said for a few seconds.
  const say = (key: "saved" | "offline") => {
    if (!status || stopped) return;
    window.clearTimeout(fade);
    status.textContent = status.dataset[key] ?? "";
    status.hidden = false;
    if (key === "saved") fade = window.setTimeout(() => (status.hidden = true), SAVED_NOTICE_MS);
  };
  if (!navigator.onLine) say("offline");
  // After the page has loaded: the copies it makes must not compete with the text for the network.
  const keep = () =>
    void navigator.serviceWorker
      .register("/sw.js")
      .then(async () => {
        if (!navigator.onLine) return;
        // A page the worker served is kept by the worker, with its files: nothing to copy.
        if (navigator.serviceWorker.controller) return say("saved");
        const built = performance
          .getEntriesByType("resource")
          .map((entry) => new URL(entry.name))
          .filter((url) => url.origin === location.origin && url.pathname.startsWith("/_next/static/"))
          .map((url) => url.href);
        const page = await fetch(location.href, { cache: "no-cache" });
        if (page.ok) await (await caches.open(PAGES)).put(location.href, page);
        await (await caches.open(ASSETS)).addAll([...new Set(built)]);
        say("saved");
      })
      .catch(() => {
        // No worker (a private window, storage refused): the text is read online as ever.
      });
  if (document.readyState === "complete") keep();
  else window.addEventListener("load", keep, { once: true });
  const offline = () => say("offline");
  window.addEventListener("offline", offline);
  return () => {
    window.removeEventListener("load", keep);
    stopped = true;
    window.clearTimeout(fade);
    window.removeEventListener("offline", offline);
  };
}
