import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ClientMessages } from "@/components/client-messages";
import { FocusContext } from "@/components/review/focus-context";
import { FocusKeys } from "@/components/review/focus-keys";
import { WorkspaceEditors } from "@/components/review/workspace-editors";
import { Link } from "@/i18n/navigation";
import { requireSignedIn } from "@/lib/auth/session-cookie";
import { getGlossaryMatchers } from "@/lib/glossary";
import { getFuzzyMatches } from "@/lib/memory";
import { getWorkspacePair, WORKSPACE_PAGE_SIZE } from "@/lib/review/workspace";
import { pageParams, pairParams, parsePairParams } from "@/lib/routing/route-params";

const ANSWERS = ["saved", "approved", "unchanged", "conflict"] as const;

export async function generateMetadata({ params }: PageProps<"/[locale]/texts/[slug]/review/[position]/edit">): Promise<Metadata> {
  const route = parsePairParams(await params);
  if (!route) return {};
  const t = await getTranslations({ locale: route.locale, namespace: "Focus" });
  return { title: t("metaTitle", { number: route.position }), robots: { index: false } };
}

/**
 * One pair in focus, on its own page: the pair before and after it as context, the
 * editor between them (saving without JavaScript too), and the keys to move on.
 */
export default async function FocusPage({ params, searchParams }: PageProps<"/[locale]/texts/[slug]/review/[position]/edit">) {
  const { locale, slug, position } = await pageParams(pairParams, params);
  setRequestLocale(locale);
  const user = await requireSignedIn(locale, `/texts/${slug}/review/${position}/edit`);
  const matchers = await getGlossaryMatchers(slug);
  const [focus, t, query] = await Promise.all([getWorkspacePair(slug, position, matchers), getTranslations("Focus"), searchParams]);
  if (!focus) notFound();
  const { pair, warnings, context, document } = focus;
  const matches = await getFuzzyMatches(pair);
  const total = document._count.paragraphs;
  const answer = ANSWERS.find((known) => known === query.answer) ?? (query.answer ? "other" : null);
  // Back to the unfiltered list's page that holds this pair, at the pair.
  const listPage = Math.ceil(position / WORKSPACE_PAGE_SIZE);
  const back = `/texts/${slug}/review${listPage > 1 ? `?page=${listPage}` : ""}#p-${position}`;

  return (
    <ClientMessages namespaces={["Review", "Alignment", "Sentences", "Comments", "Focus", "History"]}>
      <div className="review-workspace focus-page">
        <nav className="pair-record-nav" aria-label={t("navigation")}>
          <Link href={back} data-focus-key="back">
            {t("back")}
          </Link>
          {position > 1 ? (
            <Link href={`/texts/${slug}/review/${position - 1}/edit`} data-focus-key="previous" rel="prev">
              {t("previous")}
            </Link>
          ) : null}
          {position < total ? (
            <Link href={`/texts/${slug}/review/${position + 1}/edit`} data-focus-key="next" rel="next">
              {t("next")}
            </Link>
          ) : null}
        </nav>
        <h1>{t("heading", { number: position, total, title: document.titleEn || document.titleIt })}</h1>
        <p className="focus-keys-hint">{t("keys")}</p>
        {answer ? (
          <p role="status" className="review-message">
            {t(`answers.${answer}`, { number: position })}
          </p>
        ) : null}
        <FocusContext slug={slug} pair={context.previous} label={t("before")} />
        <WorkspaceEditors
          slug={slug}
          user={user}
          pairs={[{ pair, warnings, neighbours: { previous: context.previous, next: context.next }, matches }]}
          matchers={matchers}
          lengthNorm={focus.lengthNorm}
          focused
        />
        <FocusContext slug={slug} pair={context.next} label={t("after")} />
        <FocusKeys />
      </div>
    </ClientMessages>
  );
}
