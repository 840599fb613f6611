// How the reader's public address (/en/texts/slug?view=interleaved&first=en) reaches
// the page that renders that view (/en/texts/slug/view/interleaved-en), and how a view
// chosen in the URL is remembered for the next visit (a cookie per choice).
//
// These are routing rules for next.config.mjs (rewrites and headers), not code in
// proxy.ts: Next's router matches them in place, while running the proxy costs about
// a fifth of the time Next spends serving the cached reader page (see `npm run bench`).
// Plain JavaScript because next.config.mjs imports it; typed by reader-routes.d.mts.

import { APPEARANCE_CHOICES } from "./appearance-choices.mjs";

export const VIEWS = ["side", "it", "en", "interleaved", "sentences", "reveal"];
export const LANGUAGES = ["it", "en"];
export const DEFAULT_VIEW = "side";
export const DEFAULT_FIRST = "it";

/** The cookies that remember each choice, field by field. */
export const VIEW_COOKIE = "a-fronte-view";
export const FIRST_COOKIE = "a-fronte-first";
const ONE_YEAR = 60 * 60 * 24 * 365;

// A text's first page is its own address; each further section of a long text is
// /section/N (see lib/reader/outline.ts). Both lead to the internal page /view/MODE/N.
const READER_SOURCE = "/:locale(it|en)/texts/:slug";
const SECTION_SOURCE = "/:locale(it|en)/texts/:slug/section/:section(\\d+)";
const READER_ADDRESSES = [
  { source: READER_SOURCE, section: "1" },
  { source: SECTION_SOURCE, section: ":section" },
];

/** Where each setting may come from, in order of precedence; unknown values count as absent. */
const settings = [
  { field: "view", values: VIEWS, cookie: VIEW_COOKIE, fallback: DEFAULT_VIEW },
  { field: "first", values: LANGUAGES, cookie: FIRST_COOKIE, fallback: DEFAULT_FIRST },
];

const valid = (setting) => `(?<${setting.field}>${setting.values.join("|")})`;
const inQuery = (setting) => ({ type: "query", key: setting.field, value: valid(setting) });

/** A setting taken from the URL, else the remembered cookie, else the default. */
function sources(setting) {
  const fromQuery = inQuery(setting);
  const inCookie = { type: "cookie", key: setting.cookie, value: valid(setting) };
  return [
    { has: [fromQuery], missing: [], value: `:${setting.field}` },
    { has: [inCookie], missing: [fromQuery], value: `:${setting.field}` },
    { has: [], missing: [fromQuery, inCookie], value: setting.fallback },
  ];
}

/** Rewrites from the public reader address to the page of the chosen view: one rule per combination of sources. */
export function readerRewrites() {
  const [view, first] = settings.map(sources);
  return READER_ADDRESSES.flatMap(({ source, section }) =>
    view.flatMap((viewSource) =>
      first.map((firstSource) => ({
        source,
        has: [...viewSource.has, ...firstSource.has],
        missing: [...viewSource.missing, ...firstSource.missing],
        destination: `/:locale/texts/:slug/view/${viewSource.value}-${firstSource.value}/${section}`,
      })),
    ),
  );
}

/** The first section has one address, the text's own: /section/1 leads there, keeping the query. */
export function readerRedirects() {
  return [{ source: "/:locale(it|en)/texts/:slug/section/1", destination: "/:locale/texts/:slug", permanent: true }];
}

// A link the router merely prefetches was not chosen by the reader.
const prefetches = [
  { type: "header", key: "next-router-prefetch" },
  { type: "header", key: "purpose", value: ".*prefetch.*" },
  { type: "header", key: "sec-purpose", value: ".*prefetch.*" },
];

/**
 * The appearance settings (lib/reader/appearance.ts): not part of the page's address,
 * the same page serves every choice; the cookie is readable by the page's own script,
 * which applies it before the page is drawn.
 */
const appearance = Object.entries(APPEARANCE_CHOICES).map(([field, { cookie, values }]) => ({ field, values, cookie, script: true }));

/** Headers that remember a view, language order or appearance chosen in the URL (without JavaScript). */
export function readerPreferenceHeaders() {
  return READER_ADDRESSES.flatMap(({ source }) =>
    [...settings, ...appearance].map((setting) => ({
      source,
      has: [inQuery(setting)],
      missing: prefetches,
      headers: [
        {
          key: "Set-Cookie",
          value: `${setting.cookie}=:${setting.field}; Path=/; Max-Age=${ONE_YEAR}; SameSite=Lax${setting.script ? "" : "; HttpOnly"}`,
        },
      ],
    })),
  );
}
