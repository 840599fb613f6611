import { ClientMessages } from "@/components/client-messages";
import { pairInTextPath } from "@/lib/seo/urls";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ReportForm } from "@/components/review/report-form";
import { SharedPair } from "@/components/share/shared-pair";
import { findPair } from "@/lib/library";
import { pageParams, pairParams, parsePairParams } from "@/lib/routing/route-params";

export async function generateMetadata({ params }: PageProps<"/[locale]/texts/[slug]/p/[position]/report">): Promise<Metadata> {
  const route = parsePairParams(await params);
  if (!route) return {};
  const t = await getTranslations({ locale: route.locale, namespace: "Report" });
  return { title: t("metaTitle"), robots: { index: false } };
}

/** A reader, without an account, tells the team what is wrong with a pair. */
export default async function ReportPage({ params }: PageProps<"/[locale]/texts/[slug]/p/[position]/report">) {
  const route = await pageParams(pairParams, params);
  setRequestLocale(route.locale);
  const pair = await findPair(route.slug, route.position);
  if (!pair) notFound();
  const t = await getTranslations("Report");

  return (
    <ClientMessages namespaces={["Report", "Review"]}>
      <article className="report-page">
        <h1>{t("heading", { number: route.position })}</h1>
        <SharedPair slug={route.slug} paragraph={pair.paragraph} />
        <p>{t("intro")}</p>
        <ReportForm slug={route.slug} position={route.position} />
        <p>
          <a href={`/${route.locale}${pairInTextPath(route.slug, route.position)}`}>{t("back")}</a>
        </p>
      </article>
    </ClientMessages>
  );
}
