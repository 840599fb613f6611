// The reader's routing rules, run through Next's own matchers (the functions its router
// applies to next.config.mjs rewrites and headers): which page of which view a public
// address and the remembered cookies lead to, and what a chosen view remembers.
import { getPathMatch } from "next/dist/shared/lib/router/utils/path-match";
import { compileNonPath, matchHas, prepareDestination } from "next/dist/shared/lib/router/utils/prepare-destination";
import type { RouteHas } from "next/dist/lib/load-custom-routes";
import type { IncomingMessage } from "node:http";
import { describe, expect, it } from "vitest";
import { FIRST_COOKIE, VIEW_COOKIE, readerPreferenceHeaders, readerRewrites } from "@/lib/reader/reader-routes.mjs";
import { parseReaderMode, rememberedFirst } from "@/lib/reader/reading-preferences";

interface Visit {
  cookies?: Record<string, string>;
  headers?: Record<string, string>;
}

function request(url: string, { cookies = {}, headers = {} }: Visit) {
  const parsed = new URL(url, "http://localhost");
  const query: Record<string, string | string[]> = {};
  for (const key of new Set(parsed.searchParams.keys())) {
    const values = parsed.searchParams.getAll(key);
    query[key] = values.length === 1 ? values[0]! : values;
  }
  const cookie = Object.entries(cookies)
    .map(([name, value]) => `${name}=${value}`)
    .join("; ");
  const req = { headers: { ...headers, ...(cookie ? { cookie } : {}) } } as unknown as IncomingMessage;
  return { pathname: parsed.pathname, query, req };
}

/** The parameters a rule captures from the address and its conditions, or null when it does not apply. */
function match(rule: { source: string; has?: RouteHas[]; missing?: RouteHas[] }, url: string, visit: Visit) {
  const { pathname, query, req } = request(url, visit);
  const params = getPathMatch(rule.source)(pathname);
  const fromConditions = params && matchHas(req, query, rule.has, rule.missing);
  return params && fromConditions ? { params: { ...params, ...fromConditions }, query } : null;
}

/**
 * The internal page Next's router rewrites the address to, or null. The rules exclude
 * each other, so their order does not matter: exactly one applies to a reader address.
 */
function destination(url: string, visit: Visit = {}): string | null {
  const pages = readerRewrites().flatMap((rule) => {
    const matched = match(rule, url, visit);
    return matched
      ? [prepareDestination({ appendParamsToQuery: false, destination: rule.destination, ...matched }).parsedDestination.pathname]
      : [];
  });
  expect(pages.length, `rules matching ${url}`).toBeLessThanOrEqual(1);
  return pages[0] ?? null;
}

/** The Set-Cookie headers the router adds to the answer. */
function remembered(url: string, visit: Visit = {}): string[] {
  return readerPreferenceHeaders().flatMap((rule) => {
    const matched = match(rule, url, visit);
    return matched ? rule.headers.map((header) => compileNonPath(header.value, matched.params)) : [];
  });
}

describe("reader routes", () => {
  it("lead a plain address to side by side, Italian first", () => {
    expect(destination("/en/texts/cesi")).toBe("/en/texts/cesi/view/side-it/1");
    expect(destination("/it/texts/cesi")).toBe("/it/texts/cesi/view/side-it/1");
  });

  it("take each setting from the URL, then the remembered cookie, then the default", () => {
    expect(destination("/en/texts/cesi?view=interleaved&first=en")).toBe("/en/texts/cesi/view/interleaved-en/1");
    expect(destination("/en/texts/cesi", { cookies: { [VIEW_COOKIE]: "reveal", [FIRST_COOKIE]: "en" } })).toBe(
      "/en/texts/cesi/view/reveal-en/1",
    );
    expect(destination("/en/texts/cesi?view=it", { cookies: { [VIEW_COOKIE]: "reveal", [FIRST_COOKIE]: "en" } })).toBe(
      "/en/texts/cesi/view/it-en/1",
    );
    expect(destination("/en/texts/cesi?first=it", { cookies: { [VIEW_COOKIE]: "reveal" } })).toBe("/en/texts/cesi/view/reveal-it/1");
    expect(destination("/en/texts/cesi", { cookies: { [FIRST_COOKIE]: "en" } })).toBe("/en/texts/cesi/view/side-en/1");
  });

  it("ignore unknown values in the URL and the cookies instead of failing", () => {
    expect(destination("/en/texts/cesi?view=%3Cscript%3E&first=xx", { cookies: { [VIEW_COOKIE]: "en" } })).toBe(
      "/en/texts/cesi/view/en-it/1",
    );
    expect(destination("/en/texts/cesi?view=sideways", { cookies: { [VIEW_COOKIE]: "nonsense", [FIRST_COOKIE]: "de" } })).toBe(
      "/en/texts/cesi/view/side-it/1",
    );
  });

  it("lead a section's address to that section's page of the chosen view", () => {
    expect(destination("/en/texts/cesi/section/7")).toBe("/en/texts/cesi/view/side-it/7");
    expect(destination("/it/texts/cesi/section/12?view=interleaved", { cookies: { [FIRST_COOKIE]: "en" } })).toBe(
      "/it/texts/cesi/view/interleaved-en/12",
    );
    expect(destination("/en/texts/cesi/section/seven")).toBeNull();
    expect(destination("/en/texts/cesi/section/7/more")).toBeNull();
    expect(remembered("/en/texts/cesi/section/3?view=it").map((cookie) => cookie.split(";")[0])).toEqual([`${VIEW_COOKIE}=it`]);
  });

  it("leave every other address alone", () => {
    expect(destination("/en/texts/cesi/review")).toBeNull();
    expect(destination("/de/texts/cesi")).toBeNull();
    expect(destination("/en/glossary/sco?view=it")).toBeNull();
  });

  it("remember a view or language order chosen in the URL, each on its own, for a year", () => {
    expect(remembered("/en/texts/cesi")).toEqual([]);
    expect(remembered("/en/texts/cesi?view=interleaved")).toEqual([
      `${VIEW_COOKIE}=interleaved; Path=/; Max-Age=31536000; SameSite=Lax; HttpOnly`,
    ]);
    expect(remembered("/it/texts/cesi?view=en&first=en").map((cookie) => cookie.split(";")[0])).toEqual([
      `${VIEW_COOKIE}=en`,
      `${FIRST_COOKIE}=en`,
    ]);
    expect(remembered("/en/texts/cesi?view=bogus")).toEqual([]);
  });

  it("remember nothing for a link the router only prefetches", () => {
    expect(remembered("/en/texts/cesi?view=it", { headers: { "next-router-prefetch": "1" } })).toEqual([]);
    expect(remembered("/en/texts/cesi?view=it", { headers: { "sec-purpose": "prefetch;prerender" } })).toEqual([]);
  });
});

describe("reader modes", () => {
  it("name a view and a language order, and nothing else", () => {
    expect(parseReaderMode("interleaved-en")).toEqual({ view: "interleaved", first: "en" });
    expect(parseReaderMode("side-de")).toBeNull();
    expect(parseReaderMode("side-it-x")).toBeNull();
  });

  it("fall back to Italian first when the remembered order is unknown", () => {
    expect(rememberedFirst("en")).toBe("en");
    expect(rememberedFirst(undefined)).toBe("it");
    expect(rememberedFirst("<script>")).toBe("it");
  });
});
