import { getTranslations } from "next-intl/server";
import { routing } from "@/i18n/routing";
import { getGlossaryTerms } from "@/lib/exchange/editions";
import { fileResponse, GLOSSARY_FORMATS, textResponse } from "@/lib/exchange/exchange-formats";
import { fileParams, localeOf, parseParams } from "@/lib/routing/route-params";

export const dynamic = "force-dynamic";

const glossaryFileParams = fileParams(GLOSSARY_FORMATS);

/** The whole glossary as TBX (TBX-Basic) or CSV; it is public, like the glossary pages. */
export async function GET(_request: Request, { params }: RouteContext<"/[locale]/glossary/export/[format]">) {
  const raw = await params;
  const route = parseParams(glossaryFileParams, raw);
  if (!route) {
    // In the language of the URL (the default language for a URL without one).
    const t = await getTranslations({ locale: localeOf(raw.locale) ?? routing.defaultLocale, namespace: "Exchange" });
    return textResponse(t("notFound"), 404);
  }
  const exported = GLOSSARY_FORMATS[route.format];
  return fileResponse(
    exported.write(await getGlossaryTerms()),
    `a-fronte-glossary${exported.suffix}`,
    exported.contentType,
    "public, max-age=60",
  );
}
