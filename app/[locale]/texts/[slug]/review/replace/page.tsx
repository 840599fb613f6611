import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { DocumentTitles } from "@/components/document-titles";
import { ReplaceForm, ReplacePreview } from "@/components/review/replace-form";
import { Link } from "@/i18n/navigation";
import { requireSignedIn } from "@/lib/auth/session-cookie";
import { can } from "@/lib/core/roles";
import { MAX_BATCH } from "@/lib/review/batch-decision";
import { parseReplaceQuery } from "@/lib/review/replace-query";
import { getReplacementPreview } from "@/lib/review/workspace";
import { documentParams, pageParams, parseParams } from "@/lib/routing/route-params";

export async function generateMetadata({ params }: PageProps<"/[locale]/texts/[slug]/review/replace">): Promise<Metadata> {
  const route = parseParams(documentParams, await params);
  if (!route) return {};
  const t = await getTranslations({ locale: route.locale, namespace: "Replace" });
  return { title: t("metaTitle"), robots: { index: false } };
}

/**
 * Find and replace across a text's English (or, for reviewers, its Italian): a GET form,
 * then a preview of every change as a word diff, each ticked, applied together as one
 * versioned save per pair (lib/review/find-replace.ts).
 */
export default async function ReplacePage({ params, searchParams }: PageProps<"/[locale]/texts/[slug]/review/replace">) {
  const { locale, slug } = await pageParams(documentParams, params);
  setRequestLocale(locale);
  const user = await requireSignedIn(locale, `/texts/${slug}/review/replace`);
  const query = parseReplaceQuery(await searchParams);
  const side = query.side === "it" && can(user, "edit-it") ? "it" : "en";
  const [t, preview] = await Promise.all([getTranslations("Replace"), getReplacementPreview(slug, side, query, MAX_BATCH)]);
  if (!preview) notFound();

  return (
    <div className="review-workspace replace-page">
      <header className="review-header">
        <p className="review-kicker">{t("kicker")}</p>
        <DocumentTitles titleIt={preview.document.titleIt} titleEn={preview.document.titleEn} />
        <p>
          <Link href={`/texts/${slug}/review`}>{t("backToWorkspace")}</Link>
        </p>
      </header>
      <ReplaceForm query={{ ...query, side }} canEditItalian={can(user, "edit-it")} />
      {query.find ? <ReplacePreview slug={slug} query={{ ...query, side }} preview={preview} limit={MAX_BATCH} /> : null}
    </div>
  );
}
