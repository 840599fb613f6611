import type { Metadata } from "next";
import { cookies } from "next/headers";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { DocumentHeader } from "@/components/document-header";
import { ReaderEnhancer } from "@/components/reader/reader-enhancer";
import { ReaderPair } from "@/components/reader/reader-pair";
import { TermDefinitions } from "@/components/reader/term-definitions";
import { ViewSwitcher } from "@/components/reader/view-switcher";
import type { Locale } from "@/i18n/routing";
import { getGlossaryMatchers, getTermsBySlugs } from "@/lib/glossary";
import { getDocument } from "@/lib/library";
import { buildReaderPairs } from "@/lib/reader/reader-pairs";
import { PREFERENCES_COOKIE, resolvePreferences } from "@/lib/reader/reading-preferences";

// Texts change under review: always read from the database.
export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: PageProps<"/[locale]/texts/[slug]">): Promise<Metadata> {
  const { locale, slug } = await params;
  const document = await getDocument(slug);
  if (!document) return {};
  return { title: locale === "en" && document.titleEn ? document.titleEn : document.titleIt };
}

export default async function DocumentPage({ params, searchParams }: PageProps<"/[locale]/texts/[slug]">) {
  const { locale, slug } = await params;
  setRequestLocale(locale as Locale);
  const [document, matchers, query, cookieStore] = await Promise.all([getDocument(slug), getGlossaryMatchers(), searchParams, cookies()]);
  if (!document) notFound();
  const t = await getTranslations("Document");
  const preferences = resolvePreferences(query, cookieStore.get(PREFERENCES_COOKIE)?.value);
  const { pairs, terms } = buildReaderPairs(document.paragraphs, matchers);
  const definitions = await getTermsBySlugs(terms);

  return (
    <article className="document">
      <DocumentHeader document={document} />
      <ViewSwitcher slug={document.slug} preferences={preferences} />
      <section aria-label={t("paragraphs")} className={`pairs view-${preferences.view} first-${preferences.first}`}>
        {pairs.map((pair) => (
          <ReaderPair key={pair.position} pair={pair} preferences={preferences} />
        ))}
      </section>
      <TermDefinitions terms={definitions} />
      <ReaderEnhancer />
    </article>
  );
}
