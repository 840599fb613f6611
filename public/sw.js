// The reader's service worker: the texts a reader opened, with what their pages need,
// stay readable offline. Pages always come from the network first, so that an
// approval is seen as soon as the reader is online; the copy kept is only used when
// the network fails. Only public pages are kept (the library, the reader, the
// glossary): nothing of the team's workspace ever is. Registered by the reader
// (components/reader/enhance/offline.ts), which then asks it to keep the page it was
// opened on, and the files that page loaded, before the worker was there.

const PAGES = "a-fronte-pages-v1";
const ASSETS = "a-fronte-assets-v1";
const PUBLIC_PAGE = /^\/(?:it|en)(?:\/?$|\/texts\/[^/]+(?:\/section\/\d+|\/contents)?\/?$|\/glossary(?:\/[^/]+(?:\/definition)?)?\/?$)/;

self.addEventListener("install", () => self.skipWaiting());

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((key) => key !== PAGES && key !== ASSETS).map((key) => caches.delete(key))))
      .then(() => self.clients.claim()),
  );
});

// The reader's "keep": { type: "keep", page, assets }, answered on the message's port
// with { kept }. Only a public page of this site and this site's built files are kept.
self.addEventListener("message", (event) => {
  if (event.data?.type !== "keep") return;
  const answer = (kept) => event.ports[0]?.postMessage({ kept });
  event.waitUntil(keepCopies(event.data.page, event.data.assets).then(answer, () => answer(false)));
});

async function keepCopies(page, assets) {
  const url = new URL(String(page), self.location.origin);
  if (url.origin !== self.location.origin || !PUBLIC_PAGE.test(url.pathname)) return false;
  const files = (Array.isArray(assets) ? assets : [])
    .map((asset) => new URL(String(asset), self.location.origin))
    .filter((file) => file.origin === self.location.origin && file.pathname.startsWith("/_next/static/"));
  const response = await fetch(url.href, { cache: "no-cache", credentials: "same-origin", redirect: "manual" });
  if (!response.ok) return false;
  await (await caches.open(PAGES)).put(url.href, response);
  await (await caches.open(ASSETS)).addAll([...new Set(files.map((file) => file.href))]);
  return true;
}

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  // Built files never change under their name: the copy kept is as good as the network's.
  if (url.pathname.startsWith("/_next/static/")) event.respondWith(cacheFirst(request));
  else if (PUBLIC_PAGE.test(url.pathname)) event.respondWith(networkFirst(request));
});

async function cacheFirst(request) {
  const kept = await caches.match(request);
  if (kept) return kept;
  const response = await fetch(request);
  if (response.ok) (await caches.open(ASSETS)).put(request, response.clone());
  return response;
}

async function networkFirst(request) {
  try {
    // Asked of the server every time: the browser's own cache would hand back a page
    // from before an approval (stale-while-revalidate), and a redirect goes back as one.
    const response = await fetch(new Request(request.url, { headers: request.headers, credentials: "same-origin", cache: "no-cache", redirect: "manual" }));
    if (response.ok) (await caches.open(PAGES)).put(request, response.clone());
    return response;
  } catch (error) {
    const kept = await caches.match(request);
    if (kept) return kept;
    throw error;
  }
}
