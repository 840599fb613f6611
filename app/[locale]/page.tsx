import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ClientMessages } from "@/components/client-messages";
import { ContinueReading } from "@/components/continue-reading";
import { DocumentCard } from "@/components/document-card";
import { listDocuments } from "@/lib/library";
import { localeParams, pageParams, parseParams } from "@/lib/routing/route-params";
import { libraryPageMetadata } from "@/lib/seo/page-metadata";

// The library changes as texts are imported and reviewed: never prerendered.
export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: PageProps<"/[locale]">): Promise<Metadata> {
  const route = parseParams(localeParams, await params);
  return route ? libraryPageMetadata(route.locale) : {};
}

export default async function LibraryPage({ params }: PageProps<"/[locale]">) {
  const { locale } = await pageParams(localeParams, params);
  setRequestLocale(locale);
  const [t, documents] = await Promise.all([getTranslations("Library"), listDocuments()]);

  return (
    <div className="library">
      <h1>{t("heading")}</h1>
      <p className="lead">{t("intro")}</p>
      <ClientMessages namespaces={["Library"]}>
        <ContinueReading slugs={documents.map((document) => document.slug)} />
      </ClientMessages>
      {documents.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <ul className="document-list">
          {documents.map((document) => (
            <li key={document.slug}>
              <DocumentCard document={document} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
