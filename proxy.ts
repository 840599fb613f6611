import createMiddleware from "next-intl/middleware";
import { NextResponse, type NextRequest } from "next/server";
import { UPLOAD_LIMIT_BYTES, refusalAddress } from "./components/import/upload-limit";
import { routing } from "./i18n/routing";
import { MEMBER_COOKIE, SESSION_COOKIE } from "./lib/auth/cookie-names";
import { DESK_LAYOUT_COOKIE, parseDeskLayout } from "./lib/review/desk-layout";

// Locale negotiation and prefixes. The reader's own address (/en/texts/slug) is routed
// by rewrites in next.config.mjs instead, so the most-read page skips the proxy.
const negotiateLocale = createMiddleware(routing);

const IMPORT_PAGE = new RegExp(`^/(?:${routing.locales.join("|")})/import/?$`);
const WORKSPACE_PAGE = new RegExp(`^/(?:${routing.locales.join("|")})/texts/[^/]+/review/?$`);

export default function proxy(request: NextRequest) {
  return refuseOversizedUpload(request) ?? rememberDeskLayout(request, forgetEndedMember(request, negotiateLocale(request)));
}

/** A workspace address choosing a layout (?layout=list) makes it the one shown next time (lib/review/desk-layout.ts). */
function rememberDeskLayout(request: NextRequest, response: NextResponse): NextResponse {
  const layout = parseDeskLayout(request.nextUrl.searchParams.get("layout"));
  if (layout && WORKSPACE_PAGE.test(request.nextUrl.pathname)) {
    response.cookies.set(DESK_LAYOUT_COOKIE, layout, { path: "/", sameSite: "lax", httpOnly: true, maxAge: 60 * 60 * 24 * 365 });
  }
  return response;
}

/** The header's name goes with the session: a member cookie left after the session cookie expired is dropped. */
function forgetEndedMember(request: NextRequest, response: NextResponse): NextResponse {
  if (request.cookies.has(MEMBER_COOKIE) && !request.cookies.has(SESSION_COOKIE)) response.cookies.delete(MEMBER_COOKIE);
  return response;
}

/**
 * An upload to the import page over the limit is answered here, from its declared
 * length and before its body is read, with the import page showing the refusal: Next
 * would pass the action the first 10 MB only, and the browser would get an error page
 * (see components/import/upload-limit.ts). Nothing reaches the action, so nothing is stored.
 */
function refuseOversizedUpload(request: NextRequest): NextResponse | null {
  const { pathname } = request.nextUrl;
  if (request.method !== "POST" || !IMPORT_PAGE.test(pathname)) return null;
  const bytes = Number(request.headers.get("content-length"));
  if (!(bytes > UPLOAD_LIMIT_BYTES)) return null;
  const refusal = refusalAddress(pathname, bytes);
  if (request.headers.has("next-action")) {
    // Sent by the form's script, whose fetch would follow a redirect itself: Next's
    // client navigates to this header's address, as after redirect() in an action.
    return new NextResponse(null, { status: 413, headers: { "x-action-redirect": `${refusal};replace` } });
  }
  // A plain form POST (no JavaScript): the browser loads the page with the refusal.
  return NextResponse.redirect(new URL(refusal, request.url), 303);
}

export const config = {
  // Everything but API routes, Next's internals, files with an extension and the reader's pages.
  matcher: "/((?!api|_next|_vercel|(?:it|en)/texts/[^/]+(?:/section/\\d+)?/?$|.*\\..*).*)",
};
