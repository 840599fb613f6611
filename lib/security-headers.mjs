// The headers every response carries (pages, cached pages, route handlers, files),
// set by next.config.mjs through Next's headers(). Next writes them into the build
// (routes-manifest.json), so they cost no code per request, and they are decided
// when the app is built: NODE_ENV and SITE_URL at build time count.
// Plain JavaScript because next.config.mjs imports it; typed by security-headers.d.mts.

/**
 * The Content Security Policy. Scripts may be inline because Next's App Router inlines
 * each page's payload (`<script>self.__next_f.push(...)</script>`) and the cached
 * pages (reader, glossary) are the same bytes for everyone, so they cannot carry a
 * per-request nonce (a nonce would make every page dynamic). Everything else comes
 * from this origin only; nothing may frame the app, plug-ins are off, forms post here.
 */
export function contentSecurityPolicy({ development = false } = {}) {
  const directives = {
    "default-src": ["'self'"],
    // next dev evaluates code for its error overlay and fast refresh; a build never does.
    "script-src": ["'self'", "'unsafe-inline'", ...(development ? ["'unsafe-eval'"] : [])],
    // Only the app's own stylesheets; no page carries inline styles.
    "style-src": ["'self'", ...(development ? ["'unsafe-inline'"] : [])],
    // Share images, the icon and fonts are served by the app itself.
    "img-src": ["'self'"],
    "font-src": ["'self'"],
    "connect-src": ["'self'"],
    "object-src": ["'none'"],
    "base-uri": ["'none'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'none'"],
  };
  return Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.join(" ")}`)
    .join("; ");
}

// Features the app never uses, denied to it and to anything it might embed. Copying a
// pair's link writes to the clipboard, so that stays allowed for the app's own pages;
// reading the clipboard too (the browser asks the user first), as checking a copied
// link needs it.
const PERMISSIONS = [
  "accelerometer=()",
  "autoplay=()",
  "camera=()",
  "clipboard-read=(self)",
  "clipboard-write=(self)",
  "display-capture=()",
  "encrypted-media=()",
  "fullscreen=()",
  "geolocation=()",
  "gyroscope=()",
  "hid=()",
  "magnetometer=()",
  "microphone=()",
  "midi=()",
  "payment=()",
  "publickey-credentials-get=()",
  "screen-wake-lock=()",
  "serial=()",
  "usb=()",
  "xr-spatial-tracking=()",
].join(", ");

/** Two years, subdomains included: what HSTS preload lists ask for. */
const STRICT_TRANSPORT_SECURITY = "max-age=63072000; includeSubDomains";

/**
 * The headers for every response. HSTS only when the public address (SITE_URL, see
 * lib/site-url.ts, which validates it) is https: a local or test server on plain http
 * must stay reachable over http.
 */
export function securityHeaders({ siteUrl = "", development = false } = {}) {
  const headers = [
    { key: "Content-Security-Policy", value: contentSecurityPolicy({ development }) },
    // For browsers that predate frame-ancestors.
    { key: "X-Frame-Options", value: "DENY" },
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    { key: "Permissions-Policy", value: PERMISSIONS },
  ];
  if (/^https:\/\//i.test(siteUrl.trim())) headers.push({ key: "Strict-Transport-Security", value: STRICT_TRANSPORT_SECURITY });
  return [{ source: "/:path*", headers }];
}
