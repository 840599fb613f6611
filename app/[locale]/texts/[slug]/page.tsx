import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { DocumentHeader } from "@/components/document-header";
import { ParagraphPair } from "@/components/paragraph-pair";
import type { Locale } from "@/i18n/routing";
import { getDocument } from "@/lib/library";
import { documentPageMetadata } from "@/lib/seo/page-metadata";

// Texts change under review: always read from the database.
export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: PageProps<"/[locale]/texts/[slug]">): Promise<Metadata> {
  const { locale, slug } = await params;
  return documentPageMetadata(locale as Locale, slug);
}

export default async function DocumentPage({ params }: PageProps<"/[locale]/texts/[slug]">) {
  const { locale, slug } = await params;
  setRequestLocale(locale as Locale);
  const document = await getDocument(slug);
  if (!document) notFound();
  const t = await getTranslations("Document");

  return (
    <article className="document">
      <DocumentHeader document={document} />
      <section aria-label={t("paragraphs")} className="pairs">
        {document.paragraphs.map((paragraph) => (
          <ParagraphPair key={paragraph.position} paragraph={paragraph} />
        ))}
      </section>
    </article>
  );
}
