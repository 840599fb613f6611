import { hasLocale } from "next-intl";
import { getTranslations } from "next-intl/server";
import { routing } from "@/i18n/routing";
import { getGlossaryTerms } from "@/lib/exchange/editions";
import { fileResponse, formatNamed, GLOSSARY_FORMATS, textResponse } from "@/lib/exchange/exchange-formats";

export const dynamic = "force-dynamic";

/** The whole glossary as TBX (TBX-Basic) or CSV; it is public, like the glossary pages. */
export async function GET(_request: Request, { params }: { params: Promise<{ locale: string; format: string }> }) {
  const { locale, format } = await params;
  const exported = formatNamed(GLOSSARY_FORMATS, format);
  if (!hasLocale(routing.locales, locale) || !exported) {
    // In the language of the URL (the default language for a URL without one).
    const t = await getTranslations({ locale: hasLocale(routing.locales, locale) ? locale : routing.defaultLocale, namespace: "Exchange" });
    return textResponse(t("notFound"), 404);
  }
  return fileResponse(exported.write(await getGlossaryTerms()), `a-fronte-glossary${exported.suffix}`, exported.contentType, "public, max-age=60");
}
