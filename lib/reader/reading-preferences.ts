import { z } from "zod";

/** How the reader lays out a text. */
export const views = ["side", "it", "en", "interleaved", "reveal"] as const;
export type View = (typeof views)[number];
export type ContentLanguage = "it" | "en";

export interface ReadingPreferences {
  view: View;
  /** Which language comes first (left in side by side, on top when interleaved, shown in reveal). */
  first: ContentLanguage;
}

export const DEFAULT_PREFERENCES: ReadingPreferences = { view: "side", first: "it" };

/** The cookie that remembers the last chosen view for the next visit. */
export const PREFERENCES_COOKIE = "a-fronte-reading";

const preferenceFields = z.object({
  view: z.enum(views).optional().catch(undefined),
  first: z.enum(["it", "en"]).optional().catch(undefined),
});

/**
 * The preferences a request asks for: the URL wins (so a shared link shows what its
 * sender saw), then the remembered cookie, then the default. Unknown values are ignored.
 */
export function resolvePreferences(
  query: Record<string, string | string[] | undefined>,
  cookie: string | undefined,
): ReadingPreferences {
  const fromQuery = preferenceFields.parse({ view: single(query.view), first: single(query.first) });
  const fromCookie = parseCookie(cookie);
  return {
    view: fromQuery.view ?? fromCookie.view ?? DEFAULT_PREFERENCES.view,
    first: fromQuery.first ?? fromCookie.first ?? DEFAULT_PREFERENCES.first,
  };
}

/** The preferences named in a URL's query, if any: what the proxy remembers in the cookie. */
export function preferencesInQuery(params: URLSearchParams): Partial<ReadingPreferences> | null {
  const parsed = preferenceFields.parse({ view: params.get("view") ?? undefined, first: params.get("first") ?? undefined });
  return parsed.view || parsed.first ? parsed : null;
}

export function serializePreferences(preferences: Partial<ReadingPreferences>, previous: string | undefined): string {
  const merged = { ...parseCookie(previous), ...Object.fromEntries(Object.entries(preferences).filter(([, v]) => v)) };
  return new URLSearchParams(merged as Record<string, string>).toString();
}

export function otherLanguage(language: ContentLanguage): ContentLanguage {
  return language === "it" ? "en" : "it";
}

function parseCookie(cookie: string | undefined): Partial<ReadingPreferences> {
  if (!cookie) return {};
  const params = new URLSearchParams(cookie);
  return preferenceFields.parse({ view: params.get("view") ?? undefined, first: params.get("first") ?? undefined });
}

function single(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/**
 * The reader's internal route names its view in the path ("side-it"), so that each
 * view of a text is a page Next can cache; the proxy rewrites the public URL
 * (/en/texts/slug?view=side&first=it, or the remembered cookie) to it.
 */
export function readerMode(preferences: ReadingPreferences): string {
  return `${preferences.view}-${preferences.first}`;
}

export function parseReaderMode(mode: string): ReadingPreferences | null {
  const [view, first, ...rest] = mode.split("-");
  const parsed = preferenceFields.safeParse({ view, first });
  return parsed.success && parsed.data.view && parsed.data.first && rest.length === 0
    ? { view: parsed.data.view, first: parsed.data.first }
    : null;
}
