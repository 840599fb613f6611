import type { MetadataRoute } from "next";
import { routing } from "@/i18n/routing";
import { listDocumentSlugs } from "@/lib/library";
import { countSections } from "@/lib/reader/sections";
import { languageAlternates, localizedUrl, sectionPath } from "@/lib/seo/urls";
import { siteUrl } from "@/lib/site-url";

// Read on request: texts are imported at any time, and SITE_URL is the server's, not the build's.
export const dynamic = "force-dynamic";

/** Each page in each interface language (every section of a long text), with its hreflang alternates. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const base = siteUrl();
  const documents = await listDocumentSlugs();
  const latest = documents.reduce<Date | undefined>(
    (newest, { updatedAt }) => (newest && newest > updatedAt ? newest : updatedAt),
    undefined,
  );
  const sections = await Promise.all(documents.map((document) => countSections(document.slug)));
  const pages = [
    { path: "", lastModified: latest },
    ...documents.flatMap((document, index) =>
      Array.from({ length: sections[index] ?? 1 }, (_, section) => ({
        path: sectionPath(document.slug, section + 1),
        lastModified: document.updatedAt,
      })),
    ),
  ];
  return pages.flatMap(({ path, lastModified }) =>
    routing.locales.map((locale) => ({
      url: localizedUrl(base, locale, path),
      ...(lastModified ? { lastModified } : {}),
      alternates: { languages: languageAlternates(base, path) },
    })),
  );
}
