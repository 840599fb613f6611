const SAVED_NOTICE_MS = 5000;
/** How long the registration may wait for the page to fall idle after it has loaded. */
const IDLE_WAIT_MS = 3000;

/**
 * Makes the text being read available offline: registers the service worker
 * (public/sw.js), which keeps every public page from then on, and asks it to store
 * this page and the files it loaded before the worker was there. Then says so in the
 * toolbar; read offline, it says that this is the copy kept.
 *
 * The copying is the worker's, on its own thread: done here, reading the page and
 * its dozen files back into the cache held the page's main thread for a fifth of a
 * second just as the reader starts to scroll. And it starts only once the page is
 * idle after loading, so the copies never compete with the text for the network.
 */
export function keepForOffline(status: HTMLElement | null): () => void {
  if (!("serviceWorker" in navigator) || !("caches" in window)) return () => {};
  let stopped = false;
  let fade: number | undefined;
  let idle: number | undefined;
  // Offline, the notice stays; "saved" is said for a few seconds.
  const say = (key: "saved" | "offline") => {
    if (!status || stopped) return;
    window.clearTimeout(fade);
    status.textContent = status.dataset[key] ?? "";
    status.hidden = false;
    if (key === "saved") fade = window.setTimeout(() => (status.hidden = true), SAVED_NOTICE_MS);
  };
  if (!navigator.onLine) say("offline");
  const keep = () =>
    void navigator.serviceWorker
      .register("/sw.js")
      .then(async () => {
        if (!navigator.onLine) return;
        // A page the worker served is kept by the worker, with its files: nothing to copy.
        if (navigator.serviceWorker.controller) return say("saved");
        const worker = (await navigator.serviceWorker.ready).active;
        const built = performance
          .getEntriesByType("resource")
          .map((entry) => new URL(entry.name))
          .filter((url) => url.origin === location.origin && url.pathname.startsWith("/_next/static/"))
          .map((url) => url.href);
        if (worker && (await askToKeep(worker, { type: "keep", page: location.href, assets: [...new Set(built)] }))) say("saved");
      })
      .catch(() => {
        // No worker (a private window, storage refused): the text is read online as ever.
      });
  const whenIdle = () => {
    if ("requestIdleCallback" in window) idle = window.requestIdleCallback(keep, { timeout: IDLE_WAIT_MS });
    else keep();
  };
  if (document.readyState === "complete") whenIdle();
  else window.addEventListener("load", whenIdle, { once: true });
  const offline = () => say("offline");
  window.addEventListener("offline", offline);
  return () => {
    window.removeEventListener("load", whenIdle);
    if (idle !== undefined) window.cancelIdleCallback(idle);
    stopped = true;
    window.clearTimeout(fade);
    window.removeEventListener("offline", offline);
  };
}

/** Asks the worker to keep a page and its files; whether it did (public/sw.js answers on the channel). */
function askToKeep(worker: ServiceWorker, request: { type: "keep"; page: string; assets: string[] }): Promise<boolean> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = (event: MessageEvent<{ kept?: boolean }>) => resolve(event.data?.kept === true);
    worker.postMessage(request, [channel.port2]);
  });
}
