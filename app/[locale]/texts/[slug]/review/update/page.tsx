import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ClientMessages } from "@/components/client-messages";
import { DocumentTitles } from "@/components/document-titles";
import { UpdateForm } from "@/components/exchange/update-form";
import { Link } from "@/i18n/navigation";
import { requireSignedIn } from "@/lib/auth/session-cookie";
import { can } from "@/lib/core/roles";
import { REVIEW_STATUSES } from "@/lib/core/statuses";
import { getDocumentTitles } from "@/lib/review/workspace";
import { documentParams, pageParams, parseParams } from "@/lib/routing/route-params";

export async function generateMetadata({ params }: PageProps<"/[locale]/texts/[slug]/review/update">): Promise<Metadata> {
  const route = parseParams(documentParams, await params);
  if (!route) return {};
  const t = await getTranslations({ locale: route.locale, namespace: "Update" });
  return { title: t("metaTitle"), robots: { index: false } };
}

/** The CAT round trip's way back in: a translated XLIFF or TMX previewed, then applied (lib/exchange/update-text.ts). */
export default async function UpdatePage({ params }: PageProps<"/[locale]/texts/[slug]/review/update">) {
  const { locale, slug } = await pageParams(documentParams, params);
  setRequestLocale(locale);
  const user = await requireSignedIn(locale, `/texts/${slug}/review/update`);
  const [t, review, titles] = await Promise.all([getTranslations("Update"), getTranslations("Review"), getDocumentTitles(slug)]);
  if (!titles) notFound();
  const statusNames = Object.fromEntries(REVIEW_STATUSES.map((status) => [status, review(`status.${status}`)])) as Record<
    (typeof REVIEW_STATUSES)[number],
    string
  >;
  return (
    <ClientMessages namespaces={["Update", "History"]}>
      <div className="review-workspace update-page">
        <header className="review-header">
          <p className="review-kicker">{t("kicker")}</p>
          <DocumentTitles titleIt={titles.titleIt} titleEn={titles.titleEn} />
          <p>
            <Link href={`/texts/${slug}/review`}>{t("backToWorkspace")}</Link>
          </p>
        </header>
        <p className="update-intro">{t("intro")}</p>
        {can(user, "edit-en") ? (
          <UpdateForm slug={slug} statusNames={statusNames} />
        ) : (
          <p role="alert" className="form-error">
            {t("errors.forbidden")}
          </p>
        )}
      </div>
    </ClientMessages>
  );
}
