import { NextResponse, type NextRequest } from "next/server";
import createMiddleware from "next-intl/middleware";
import { routing } from "./i18n/routing";
import {
  PREFERENCES_COOKIE,
  preferencesInQuery,
  readerMode,
  resolvePreferences,
  serializePreferences,
} from "./lib/reader/reading-preferences";

const handleLocale = createMiddleware(routing);
const READER_PATH = /^\/(it|en)\/texts\/([^/]+)\/?$/;

export default function proxy(request: NextRequest) {
  const reader = READER_PATH.exec(request.nextUrl.pathname);
  const response = reader ? rewriteToReaderMode(request, reader[1] ?? "", reader[2] ?? "") : handleLocale(request);

  // A view chosen in the URL is remembered for the next visit, without JavaScript;
  // a link the router merely prefetches was not chosen.
  const chosen = preferencesInQuery(request.nextUrl.searchParams);
  if (chosen && !isPrefetch(request)) {
    response.cookies.set(PREFERENCES_COOKIE, serializePreferences(chosen, request.cookies.get(PREFERENCES_COOKIE)?.value), {
      path: "/",
      maxAge: 60 * 60 * 24 * 365,
      sameSite: "lax",
      httpOnly: true,
    });
  }
  return response;
}

/**
 * The reader's public URL stays /en/texts/slug?view=...; inside, each view is its own
 * cacheable page (/en/texts/slug/view/side-it), chosen from the query or the cookie.
 */
function rewriteToReaderMode(request: NextRequest, locale: string, slug: string) {
  const preferences = resolvePreferences(
    Object.fromEntries(request.nextUrl.searchParams),
    request.cookies.get(PREFERENCES_COOKIE)?.value,
  );
  const target = request.nextUrl.clone();
  target.pathname = `/${locale}/texts/${slug}/view/${readerMode(preferences)}`;
  target.search = "";
  return NextResponse.rewrite(target);
}

function isPrefetch(request: NextRequest): boolean {
  const purpose = request.headers.get("sec-purpose") ?? request.headers.get("purpose") ?? "";
  return request.headers.has("next-router-prefetch") || purpose.includes("prefetch");
}

export const config = {
  // Everything but API routes, Next's internals and files with an extension.
  matcher: "/((?!api|_next|_vercel|.*\\..*).*)",
};
