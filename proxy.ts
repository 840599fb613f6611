import type { NextRequest } from "next/server";
import createMiddleware from "next-intl/middleware";
import { routing } from "./i18n/routing";
import { PREFERENCES_COOKIE, preferencesInQuery, serializePreferences } from "./lib/reader/reading-preferences";

const handleLocale = createMiddleware(routing);

export default function proxy(request: NextRequest) {
  const response = handleLocale(request);
  // A view chosen in the URL is remembered for the next visit, without JavaScript.
  const chosen = preferencesInQuery(request.nextUrl.searchParams);
  if (chosen) {
    response.cookies.set(PREFERENCES_COOKIE, serializePreferences(chosen, request.cookies.get(PREFERENCES_COOKIE)?.value), {
      path: "/",
      maxAge: 60 * 60 * 24 * 365,
      sameSite: "lax",
      httpOnly: true,
    });
  }
  return response;
}

export const config = {
  // Everything but API routes, Next's internals and files with an extension.
  matcher: "/((?!api|_next|_vercel|.*\\..*).*)",
};
