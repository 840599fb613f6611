import { appearanceStyles } from "@/lib/reader/appearance";

// The same for everyone and for as long as the build: linked by every page with its
// version in the address (APPEARANCE_STYLES_VERSION), so it is kept a year.
export const dynamic = "force-static";

/** The styles of every appearance choice (lib/reader/appearance.ts), as a stylesheet of this site's own. */
export function GET() {
  return new Response(appearanceStyles(), {
    headers: { "Content-Type": "text/css; charset=utf-8", "Cache-Control": "public, max-age=31536000, immutable" },
  });
}
