import { getTranslations } from "next-intl/server";
import { routing } from "@/i18n/routing";
import { textResponse } from "@/lib/exchange/exchange-formats";
import { getTerm } from "@/lib/glossary";
import { termDefinition } from "@/lib/glossary/term-definition";
import { localeOf, parseParams, termParams } from "@/lib/routing/route-params";

/**
 * What a reader's tooltip shows for a term, asked by components/reader/enhance/term-tooltip.ts
 * the first time the term is opened. The reader's page does not carry the definitions:
 * a long text's pages would otherwise spend a tenth of their weight on them.
 */
export async function GET(_request: Request, { params }: RouteContext<"/[locale]/glossary/[slug]/definition">) {
  const raw = await params;
  const route = parseParams(termParams, raw);
  const t = await getTranslations({ locale: route?.locale ?? localeOf(raw.locale) ?? routing.defaultLocale, namespace: "Glossary" });
  const term = route && (await getTerm(route.slug));
  if (!route || !term) return textResponse(t("definitionNotFound"), 404);
  const definition = termDefinition(term, route.locale, {
    formLabels: { it: t("otherForm.it"), en: t("otherForm.en") },
    openEntry: t("openEntry"),
  });
  // Refreshed within five minutes of a change to the glossary.
  return Response.json(definition, { headers: { "Cache-Control": "public, max-age=300" } });
}
