import { z } from "zod";

// An origin only: the app is served at the root of its host (no basePath), so a
// path, query or fragment in SITE_URL would make every absolute link wrong.
const siteUrlSchema = z
  .url({ protocol: /^https?$/, error: "must be an http(s) URL such as https://afronte.example" })
  .transform((value) => new URL(value))
  .refine((url) => (url.pathname === "/" || url.pathname === "") && !url.search && !url.hash, {
    error: "must be the site's origin, without a path, query or fragment",
  });

/**
 * The public base URL that absolute links (canonical, hreflang, Open Graph, sitemap)
 * are built on: SITE_URL when set, otherwise the local server on PORT.
 */
export function siteUrl(env: Readonly<Record<string, string | undefined>> = process.env): URL {
  const raw = env.SITE_URL?.trim() || `http://localhost:${env.PORT?.trim() || "3000"}`;
  const result = siteUrlSchema.safeParse(raw);
  if (!result.success) {
    throw new Error(`SITE_URL ${result.error.issues[0]?.message ?? "is invalid"} (got "${raw}")`);
  }
  return new URL(result.data.origin);
}
