import { hasLocale } from "next-intl";
import { getTranslations } from "next-intl/server";
import { routing } from "@/i18n/routing";
import { requireRole } from "@/lib/auth/session-cookie";
import { getWorkingEdition } from "@/lib/exchange/editions";
import { fileResponse, formatNamed, TEAM_DOCUMENT_FORMATS, textResponse } from "@/lib/exchange/exchange-formats";
import { TEAM } from "@/lib/review/permissions";

export const dynamic = "force-dynamic";

/** The team's export of a text (tmx, xliff-1.2, xliff-2.1): the working edition, with statuses and notes. */
export async function GET(_request: Request, { params }: { params: Promise<{ locale: string; slug: string; format: string }> }) {
  const { locale, slug, format } = await params;
  // Refusals in the language of the URL (the default language for a URL without one).
  const t = await getTranslations({ locale: hasLocale(routing.locales, locale) ? locale : routing.defaultLocale, namespace: "Exchange" });
  const permission = await requireRole(TEAM);
  if (!permission.ok) return textResponse(permission.status === 401 ? t("exportSignIn") : t("exportTeamOnly"), permission.status);
  const exported = formatNamed(TEAM_DOCUMENT_FORMATS, format);
  if (!hasLocale(routing.locales, locale) || !exported) return textResponse(t("notFound"), 404);
  const document = await getWorkingEdition(slug);
  if (!document) return textResponse(t("notFound"), 404);
  // Unpublished work: never kept by a shared cache.
  return fileResponse(exported.write(document), `${slug}${exported.suffix}`, exported.contentType, "private, no-store");
}
