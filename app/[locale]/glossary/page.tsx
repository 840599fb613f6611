import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { GlossaryExports } from "@/components/exchange/export-links";
import { GlossaryFilters } from "@/components/glossary/glossary-filters";
import { GlossaryIndex } from "@/components/glossary/glossary-index";
import { getGlossary } from "@/lib/glossary";
import { filterTerms } from "@/lib/glossary/filter-terms";
import { glossaryQuerySchema } from "@/lib/glossary/glossary-query";
import { localeParams, pageParams, parseParams } from "@/lib/routing/route-params";

export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: PageProps<"/[locale]/glossary">): Promise<Metadata> {
  const route = parseParams(localeParams, await params);
  if (!route) return {};
  const t = await getTranslations({ locale: route.locale, namespace: "Glossary" });
  return { title: t("metaTitle") };
}

export default async function GlossaryPage({ params, searchParams }: PageProps<"/[locale]/glossary">) {
  const { locale } = await pageParams(localeParams, params);
  setRequestLocale(locale);
  const [t, glossary, query] = await Promise.all([getTranslations("Glossary"), getGlossary(), searchParams]);
  const { q, kind } = glossaryQuerySchema.parse(query);
  const terms = filterTerms(glossary, q, kind);

  return (
    <div className="glossary">
      <h1>{t("heading")}</h1>
      <p className="lead">{t("intro")}</p>
      <GlossaryFilters query={q ?? ""} kind={kind} />
      <p role="status">{t("results", { count: terms.length })}</p>
      <GlossaryIndex terms={terms} />
      <GlossaryExports locale={locale} />
    </div>
  );
}
