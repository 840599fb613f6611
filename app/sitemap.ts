import type { MetadataRoute } from "next";
import { routing } from "@/i18n/routing";
import { listDocumentSlugs } from "@/lib/library";
import { documentPath, languageAlternates, localizedUrl } from "@/lib/seo/urls";
import { siteUrl } from "@/lib/site-url";

// Read on request: texts are imported at any time, and SITE_URL is the server's, not the build's.
export const dynamic = "force-dynamic";

/** Each page in each interface language, with its hreflang alternates. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const base = siteUrl();
  const documents = await listDocumentSlugs();
  const latest = documents.reduce<Date | undefined>(
    (newest, { updatedAt }) => (newest && newest > updatedAt ? newest : updatedAt),
    undefined,
  );
  const pages = [
    { path: "", lastModified: latest },
    ...documents.map((document) => ({ path: documentPath(document.slug), lastModified: document.updatedAt })),
  ];
  return pages.flatMap(({ path, lastModified }) =>
    routing.locales.map((locale) => ({
      url: localizedUrl(base, locale, path),
      ...(lastModified ? { lastModified } : {}),
      alternates: { languages: languageAlternates(base, path) },
    })),
  );
}
