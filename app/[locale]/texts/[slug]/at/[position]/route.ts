import { getTranslations } from "next-intl/server";
import type { NextRequest } from "next/server";
import { routing } from "@/i18n/routing";
import { textResponse } from "@/lib/exchange/exchange-formats";
import { LANGUAGES, VIEWS } from "@/lib/reader/reader-routes.mjs";
import { sectionNumberOf } from "@/lib/reader/sections";
import { localeOf, pairParams, parseParams } from "@/lib/routing/route-params";
import { sectionPath } from "@/lib/seo/urls";

export const dynamic = "force-dynamic";

/**
 * A pair in its text: redirects to the reader page of the section that holds it,
 * scrolled to the pair (#p-N), keeping the view and language order asked for. Every
 * link to a pair from outside its page (search, glossary, share page) comes here, so
 * it stays right however the text is cut into sections, now or after an edit.
 */
export async function GET(request: NextRequest, { params }: RouteContext<"/[locale]/texts/[slug]/at/[position]">) {
  const raw = await params;
  const route = parseParams(pairParams, raw);
  const section = route && (await sectionNumberOf(route.slug, route.position));
  if (!route || !section) {
    const t = await getTranslations({ locale: localeOf(raw.locale) ?? routing.defaultLocale, namespace: "Reader" });
    return textResponse(t("pairNotFound"), 404);
  }
  const query = new URLSearchParams();
  const asked = request.nextUrl.searchParams;
  const view = asked.get("view");
  const first = asked.get("first");
  if (view && (VIEWS as readonly string[]).includes(view)) query.set("view", view);
  if (first && (LANGUAGES as readonly string[]).includes(first)) query.set("first", first);
  const search = query.size ? `?${query}` : "";
  // A relative Location: the client's own host and scheme, whatever proxy it came through.
  const target = `/${route.locale}${sectionPath(route.slug, section)}${search}#p-${route.position}`;
  return new Response(null, { status: 307, headers: { Location: target, "Cache-Control": "no-store" } });
}
