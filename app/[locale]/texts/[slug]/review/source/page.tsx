import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ClientMessages } from "@/components/client-messages";
import { DocumentTitles } from "@/components/document-titles";
import { NewSourceForm } from "@/components/exchange/new-source-form";
import { Link } from "@/i18n/navigation";
import { requireSignedIn } from "@/lib/auth/session-cookie";
import { can } from "@/lib/core/roles";
import { getDocumentTitles } from "@/lib/review/workspace";
import { documentParams, pageParams, parseParams } from "@/lib/routing/route-params";

export async function generateMetadata({ params }: PageProps<"/[locale]/texts/[slug]/review/source">): Promise<Metadata> {
  const route = parseParams(documentParams, await params);
  if (!route) return {};
  const t = await getTranslations({ locale: route.locale, namespace: "NewSource" });
  return { title: t("metaTitle"), robots: { index: false } };
}

/** A corrected Italian replaces the text's, keeping the translations (lib/import/new-source.ts). */
export default async function NewSourcePage({ params }: PageProps<"/[locale]/texts/[slug]/review/source">) {
  const { locale, slug } = await pageParams(documentParams, params);
  setRequestLocale(locale);
  const user = await requireSignedIn(locale, `/texts/${slug}/review/source`);
  const [t, titles] = await Promise.all([getTranslations("NewSource"), getDocumentTitles(slug)]);
  if (!titles) notFound();
  return (
    <ClientMessages namespaces={["NewSource", "History"]}>
      <div className="review-workspace update-page">
        <header className="review-header">
          <p className="review-kicker">{t("kicker")}</p>
          <DocumentTitles titleIt={titles.titleIt} titleEn={titles.titleEn} />
          <p>
            <Link href={`/texts/${slug}/review`}>{t("backToWorkspace")}</Link>
          </p>
        </header>
        <p className="update-intro">{t("intro")}</p>
        {can(user, "import") ? (
          <NewSourceForm slug={slug} />
        ) : (
          <p role="alert" className="form-error">
            {t("errors.forbidden")}
          </p>
        )}
      </div>
    </ClientMessages>
  );
}
