import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { DocumentHeader } from "@/components/document-header";
import { ReaderEnhancer } from "@/components/reader/reader-enhancer";
import { ReaderPair } from "@/components/reader/reader-pair";
import { TermDefinitions } from "@/components/reader/term-definitions";
import { ViewSwitcher } from "@/components/reader/view-switcher";
import { getGlossaryMatchers, getTermsBySlugs } from "@/lib/glossary";
import { getDocument } from "@/lib/library";
import { documentPageMetadata } from "@/lib/seo/page-metadata";
import { buildReaderPairs } from "@/lib/reader/reader-pairs";
import { pageParams, parseParams, readerParams } from "@/lib/routing/route-params";

// Rewrites in next.config.mjs lead /[locale]/texts/[slug]?view=... here. Each view of each text is
// rendered on first request and served from Next's cache after that, refreshed at
// most a minute after the text or glossary changes.
export const revalidate = 60;

export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: PageProps<"/[locale]/texts/[slug]/view/[mode]">): Promise<Metadata> {
  const route = parseParams(readerParams, await params);
  return route ? documentPageMetadata(route.locale, route.slug) : {};
}

export default async function ReaderPage({ params }: PageProps<"/[locale]/texts/[slug]/view/[mode]">) {
  const { locale, slug, mode: preferences } = await pageParams(readerParams, params);
  setRequestLocale(locale);
  const [document, matchers] = await Promise.all([getDocument(slug), getGlossaryMatchers()]);
  if (!document) notFound();
  const t = await getTranslations("Document");
  const { pairs, terms } = buildReaderPairs(document.paragraphs, matchers);
  const definitions = await getTermsBySlugs(terms);

  return (
    <article className="document">
      <DocumentHeader document={document} />
      <ViewSwitcher slug={document.slug} preferences={preferences} />
      <section aria-label={t("paragraphs")} className={`pairs view-${preferences.view} first-${preferences.first}`}>
        {pairs.map((pair) => (
          <ReaderPair key={pair.position} slug={document.slug} pair={pair} preferences={preferences} />
        ))}
      </section>
      <TermDefinitions terms={definitions} />
      <ReaderEnhancer />
    </article>
  );
}
