import type { NextRequest } from "next/server";
import { currentUser } from "@/lib/auth/session-cookie";
import { getGlossaryMatchers } from "@/lib/glossary";
import { filterQuery, parseReviewFilters } from "@/lib/review/filters";
import { findPairNeedingWork } from "@/lib/review/workspace";
import { documentParams, parseParams } from "@/lib/routing/route-params";

export const dynamic = "force-dynamic";

/**
 * "Next (or previous) pair that needs work" past the page the workspace shows
 * (Alt+N, Alt+P): redirects to the workspace page that holds it, at the pair, under
 * the same filters; or back where the search started, saying there is none.
 * ?from=POSITION&direction=next|previous, plus the workspace's filters.
 */
export async function GET(request: NextRequest, { params }: RouteContext<"/[locale]/texts/[slug]/review/next">) {
  const route = parseParams(documentParams, await params);
  if (!route) return new Response("Not Found", { status: 404 });
  const workspace = `/${route.locale}/texts/${route.slug}/review`;
  if (!(await currentUser())) return redirect(`/${route.locale}/sign-in?${new URLSearchParams({ next: workspace })}`);

  const asked = Object.fromEntries(request.nextUrl.searchParams);
  const filters = parseReviewFilters(asked);
  const from = Number.parseInt(asked.from ?? "", 10);
  const direction = asked.direction === "previous" ? -1 : 1;
  const start = Number.isSafeInteger(from) ? from : direction > 0 ? 0 : Number.MAX_SAFE_INTEGER;
  const found = await findPairNeedingWork(route.slug, filters, start, direction, await getGlossaryMatchers(route.slug));
  if (!found) {
    const query = new URLSearchParams({ ...filterQuery(filters), nothing: direction > 0 ? "next" : "previous" });
    return redirect(`${workspace}?${query}${Number.isSafeInteger(from) ? `#p-${from}` : ""}`);
  }
  return redirect(`${workspace}?${new URLSearchParams(filterQuery(filters, found.page))}#p-${found.position}`);
}

// A relative Location: the client's own host and scheme, whatever proxy it came through.
function redirect(location: string): Response {
  return new Response(null, { status: 303, headers: { Location: location, "Cache-Control": "no-store" } });
}
