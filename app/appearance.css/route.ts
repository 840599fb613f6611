import { cookies } from "next/headers";
import { APPEARANCE, APPEARANCE_SETTINGS, chosen, chosenStyles, type Appearance } from "@/lib/reader/appearance";

/**
 * The remembered theme, text size and glossary marks as a stylesheet, for pages read
 * without JavaScript (the page's head links it inside <noscript>). Per reader: never
 * stored by a shared cache, and asked again on every page.
 */
export async function GET() {
  const jar = await cookies();
  const appearance = Object.fromEntries(
    APPEARANCE_SETTINGS.map((setting) => [setting, chosen(setting, jar.get(APPEARANCE[setting].cookie)?.value)]),
  ) as Appearance;
  return new Response(chosenStyles(appearance), {
    headers: { "Content-Type": "text/css; charset=utf-8", "Cache-Control": "private, no-cache", Vary: "Cookie" },
  });
}
