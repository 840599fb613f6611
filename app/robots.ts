import type { MetadataRoute } from "next";
import { siteUrl } from "@/lib/site-url";

// SITE_URL is the server's, not the build's.
export const dynamic = "force-dynamic";

export default function robots(): MetadataRoute.Robots {
  const base = siteUrl();
  return {
    rules: { userAgent: "*", allow: "/" },
    sitemap: new URL("/sitemap.xml", base).href,
  };
}
