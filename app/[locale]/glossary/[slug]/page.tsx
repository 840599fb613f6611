import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { TermEntry } from "@/components/glossary/term-entry";
import { TermOccurrenceList } from "@/components/glossary/term-occurrence-list";
import { getGlossaryMatchers, getTerm } from "@/lib/glossary";
import { findTermInTexts } from "@/lib/glossary/term-occurrences";
import { listDocumentTexts } from "@/lib/library";
import { pageParams, parseParams, termParams } from "@/lib/routing/route-params";

export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: PageProps<"/[locale]/glossary/[slug]">): Promise<Metadata> {
  const route = parseParams(termParams, await params);
  const term = route && (await getTerm(route.slug));
  if (!route || !term) return {};
  return { title: route.locale === "it" ? term.termIt : term.termEn };
}

export default async function TermPage({ params }: PageProps<"/[locale]/glossary/[slug]">) {
  const { locale, slug } = await pageParams(termParams, params);
  setRequestLocale(locale);
  const [term, documents, t] = await Promise.all([getTerm(slug), listDocumentTexts(), getTranslations("Glossary")]);
  if (!term) notFound();
  // Matched with the whole glossary, as in the reader, so the longest term wins here too;
  // an entry of one text's own is looked for in that text only.
  const own = term.document?.slug;
  const matchers = await getGlossaryMatchers(own);
  const occurrences = findTermInTexts(slug, own ? documents.filter((document) => document.slug === own) : documents, matchers);

  return (
    <article className="term-page">
      <TermEntry term={term} />
      <section aria-labelledby="occurrences">
        <h2 id="occurrences">{t("occurrences")}</h2>
        <TermOccurrenceList occurrences={occurrences} />
      </section>
    </article>
  );
}
