import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin();

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  experimental: {
    // Cached reader pages live in memory only: each server starts with an empty cache,
    // so pages rendered from another database (tests, benchmark) never leak into it.
    isrFlushToDisk: false,
  },
};

export default withNextIntl(nextConfig);
