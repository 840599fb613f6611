import createMiddleware from "next-intl/middleware";
import { routing } from "./i18n/routing";

// Locale negotiation and prefixes. The reader's own address (/en/texts/slug) is routed
// by rewrites in next.config.mjs instead, so the most-read page skips the proxy.
export default createMiddleware(routing);

export const config = {
  // Everything but API routes, Next's internals, files with an extension and the reader.
  matcher: "/((?!api|_next|_vercel|(?:it|en)/texts/[^/]+/?$|.*\\..*).*)",
};
