import { getDocumentInfo } from "@/lib/library";
import { documentParams, parseParams } from "@/lib/routing/route-params";

/**
 * A text's running head for print: its title at the top of every page but the first
 * (the page numbers are in the stylesheets). A stylesheet of its own because no page
 * may carry inline styles (lib/security-headers.mjs); linked by the reader and the
 * printable edition.
 */
export async function GET(_request: Request, { params }: RouteContext<"/[locale]/texts/[slug]/running-head.css">) {
  const route = parseParams(documentParams, await params);
  const document = route ? await getDocumentInfo(route.slug) : null;
  if (!document) return new Response("", { status: 404, headers: { "Content-Type": "text/css; charset=utf-8" } });
  const css =
    `@page{@top-left{content:${cssString(document.titleIt)};font:8pt system-ui,sans-serif;color:#555}}` +
    "@page:first{@top-left{content:none}}";
  return new Response(css, { headers: { "Content-Type": "text/css; charset=utf-8", "Cache-Control": "public, max-age=300" } });
}

/** Any text as a CSS string: backslashes, quotes and line breaks escaped, nothing else read as CSS. */
function cssString(text: string): string {
  return `"${text.replace(/[\\"]/g, "\\$&").replace(/[\n\r\f]/g, " ")}"`;
}
