import { routing } from "../../i18n/routing";

const LOCALE_PATH = new RegExp(`^/(${routing.locales.join("|")})(/[\\w\\-.~%]+)*/?$`);

/**
 * Where to go after signing in: a page of this site in one of its locales, or null.
 * The address is resolved as a browser would resolve it and must come out as the same
 * path, so "//evil.example", "/.//evil.example", "/\\evil" and dot segments are refused.
 */
export function safeNextPath(next: string | null | undefined): string | null {
  if (!next || next.length > 500 || next.includes("\\")) return null;
  let url: URL;
  try {
    url = new URL(next, "http://this.site");
  } catch {
    return null;
  }
  if (url.origin !== "http://this.site") return null;
  const path = url.pathname + url.search + url.hash;
  // Anything the URL parser rewrote (dot segments, doubled slashes) is refused outright.
  if (path !== next || !LOCALE_PATH.test(url.pathname)) return null;
  return path;
}
