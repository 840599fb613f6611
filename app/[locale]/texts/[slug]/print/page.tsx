import type { Metadata } from "next";
import { cookies } from "next/headers";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { PrintEdition } from "@/components/print/print-edition";
import { getGlossaryMatchers } from "@/lib/glossary";
import { getDocumentInfo } from "@/lib/library";
import { FIRST_COOKIE, rememberedFirst } from "@/lib/reader/reading-preferences";
import { documentTitle } from "@/lib/seo/metadata";
import { documentParams, pageParams, parseDocumentParams } from "@/lib/routing/route-params";

// The printable bilingual edition: both languages in two columns and the glossary
// as an appendix, streamed part by part. It follows the reader's remembered language
// order, so it is rendered per request.
export async function generateMetadata({ params }: PageProps<"/[locale]/texts/[slug]/print">): Promise<Metadata> {
  const route = parseDocumentParams(await params);
  const document = route && (await getDocumentInfo(route.slug));
  if (!route || !document) return {};
  const t = await getTranslations({ locale: route.locale, namespace: "Print" });
  // The reader's page is the text's canonical address; this is a layout of it.
  return { title: t("metaTitle", { title: documentTitle(document, route.locale) }), robots: { index: false } };
}

export default async function PrintPage({ params }: PageProps<"/[locale]/texts/[slug]/print">) {
  const route = await pageParams(documentParams, params);
  setRequestLocale(route.locale);
  const [document, matchers, cookieStore] = await Promise.all([getDocumentInfo(route.slug), getGlossaryMatchers(route.slug), cookies()]);
  if (!document) notFound();
  const first = rememberedFirst(cookieStore.get(FIRST_COOKIE)?.value);
  return <PrintEdition document={document} matchers={matchers} first={first} />;
}
