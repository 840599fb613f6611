import { hasLocale } from "next-intl";
import { routing } from "@/i18n/routing";
import { requireRole } from "@/lib/auth/session-cookie";
import { getWorkingEdition } from "@/lib/exchange/editions";
import { fileResponse, formatNamed, notFoundResponse, TEAM_DOCUMENT_FORMATS } from "@/lib/exchange/exchange-formats";
import { TEAM } from "@/lib/review/permissions";

export const dynamic = "force-dynamic";

/** The team's export of a text (tmx, xliff-1.2, xliff-2.1): the working edition, with statuses and notes. */
export async function GET(_request: Request, { params }: { params: Promise<{ locale: string; slug: string; format: string }> }) {
  const permission = await requireRole(TEAM);
  if (!permission.ok) {
    const message = permission.status === 401 ? "Sign in as a member of the team to export texts." : "Exports are for the team.";
    return new Response(message, { status: permission.status, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  }
  const { locale, slug, format } = await params;
  const exported = formatNamed(TEAM_DOCUMENT_FORMATS, format);
  if (!hasLocale(routing.locales, locale) || !exported) return notFoundResponse();
  const document = await getWorkingEdition(slug);
  if (!document) return notFoundResponse();
  // Unpublished work: never kept by a shared cache.
  return fileResponse(exported.write(document), `${slug}${exported.suffix}`, exported.contentType, "private, no-store");
}
