import { getTranslations } from "next-intl/server";
import { routing } from "@/i18n/routing";
import { requireAbility } from "@/lib/auth/session-cookie";
import { getWorkingEdition } from "@/lib/exchange/editions";
import { fileName, fileResponse, segmentation, TEAM_DOCUMENT_FORMATS, textResponse } from "@/lib/exchange/exchange-formats";
import { documentFileParams, localeOf, parseParams } from "@/lib/routing/route-params";

export const dynamic = "force-dynamic";

const exportParams = documentFileParams(TEAM_DOCUMENT_FORMATS);

/**
 * The team's export of a text (tmx, xliff-1.2, xliff-2.1): the working edition, with
 * statuses and notes, streamed as it is read; `?segments=sentences` cuts it
 * by sentence link.
 */
export async function GET(request: Request, { params }: RouteContext<"/[locale]/texts/[slug]/export/[format]">) {
  const raw = await params;
  // Refusals in the language of the URL (the default language for a URL without one).
  const t = await getTranslations({ locale: localeOf(raw.locale) ?? routing.defaultLocale, namespace: "Exchange" });
  const permission = await requireAbility("see-work");
  if (!permission.ok) return textResponse(permission.status === 401 ? t("exportSignIn") : t("exportTeamOnly"), permission.status);
  const route = parseParams(exportParams, raw);
  if (!route) return textResponse(t("notFound"), 404);
  const exported = TEAM_DOCUMENT_FORMATS[route.format];
  const segments = segmentation(request, exported.bySentence);
  if (!segments) return textResponse(t("segmentsRefused"), 400);
  const document = await getWorkingEdition(route.slug);
  if (!document) return textResponse(t("notFound"), 404);
  // Unpublished work: never kept by a shared cache.
  return fileResponse(
    exported.stream(document, segments),
    fileName(route.slug, exported.suffix, segments),
    exported.contentType,
    "private, no-store",
  );
}
