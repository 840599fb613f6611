import { fileURLToPath } from "node:url";
import createNextIntlPlugin from "next-intl/plugin";
import { readerPreferenceHeaders, readerRedirects, readerRewrites } from "./lib/reader/reader-routes.mjs";
import { securityHeaders } from "./lib/security-headers.mjs";

const withNextIntl = createNextIntlPlugin();

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // No ETag on pages: Next would hash every page's whole HTML on every request (about
  // a sixth of the time it takes to serve the cached reader). Compressed pages are
  // small and Next's own scripts and styles are immutable and cached for a year.
  generateEtags: false,
  // NEXT_DIST_DIR lets two builds side by side (a second test run) keep apart.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  // Next's own cache handler, which on PostgreSQL also tells the other app servers
  // what a change made stale (lib/cache/cluster-cache-handler.mjs).
  cacheHandler: fileURLToPath(new URL("./lib/cache/cluster-cache-handler.mjs", import.meta.url)),
  experimental: {
    // Cached reader pages live in memory only: each server starts with an empty cache,
    // so pages rendered from another database (tests, benchmark) never leak into it.
    isrFlushToDisk: false,
    // The import page uploads texts of up to 5 MiB each (Italian and English) through a
    // server action. 10 MB is also the most the proxy (proxy.ts) passes on whole. Larger
    // uploads get the import page's own refusal: UPLOAD_LIMIT_BYTES in
    // components/import/upload-limit.ts must stay equal to this.
    serverActions: { bodySizeLimit: "10mb" },
  },
  // The reader's public address shows the view chosen in its query or remembered in
  // a cookie; each view is a page of its own, cached (see lib/reader/reader-routes.mjs).
  async rewrites() {
    return { beforeFiles: readerRewrites(), afterFiles: [], fallback: [] };
  },
  async redirects() {
    return readerRedirects();
  },
  // Security headers on every response (lib/security-headers.mjs). Next writes these
  // rules into the build, so SITE_URL (https or not) counts as the build saw it.
  async headers() {
    const security = securityHeaders({ siteUrl: process.env.SITE_URL, development: process.env.NODE_ENV === "development" });
    return [...security, ...readerPreferenceHeaders()];
  },
};

export default withNextIntl(nextConfig);
