import { requireAbility } from "@/lib/auth/session-cookie";
import { progressOf, progressToken } from "@/lib/import/import-progress";

export const dynamic = "force-dynamic";

/**
 * How far an import from the import page has got, for that page to show while it
 * waits: {"stored": N, "total": M} once paragraphs are being stored, {"stored": null}
 * while the texts are still read and aligned (or for a token this server does not know).
 * Admins only, like the import itself.
 */
export async function GET(_request: Request, { params }: RouteContext<"/[locale]/import/progress/[token]">) {
  const permission = await requireAbility("import");
  if (!permission.ok) return new Response(null, { status: permission.status });
  const token = progressToken.safeParse((await params).token);
  if (!token.success) return new Response(null, { status: 404 });
  return Response.json(progressOf(token.data) ?? { stored: null }, { headers: { "Cache-Control": "no-store" } });
}
