import { ClientMessages } from "@/components/client-messages";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { CommentThread } from "@/components/review/comment-thread";
import { HistoryList } from "@/components/review/history-list";
import { RevisionCompare } from "@/components/review/revision-compare";
import { StatusBadge } from "@/components/review/status-badge";
import { Link } from "@/i18n/navigation";
import { requireSignedIn } from "@/lib/auth/session-cookie";
import { can } from "@/lib/core/roles";
import { getPairRecord } from "@/lib/review/workspace";
import { pageParams, pairParams, parsePairParams } from "@/lib/routing/route-params";

const revisionId = (value: string | string[] | undefined) => {
  const number = Number(Array.isArray(value) ? value[0] : value);
  return Number.isSafeInteger(number) && number > 0 ? number : undefined;
};

export async function generateMetadata({ params }: PageProps<"/[locale]/texts/[slug]/review/[position]">): Promise<Metadata> {
  const route = parsePairParams(await params);
  if (!route) return {};
  const t = await getTranslations({ locale: route.locale, namespace: "History" });
  return { title: t("metaTitle", { number: route.position }), robots: { index: false } };
}

/** One pair's history (with word diffs and restore) and its comment thread. */
export default async function PairRecordPage({ params, searchParams }: PageProps<"/[locale]/texts/[slug]/review/[position]">) {
  const { locale, slug, position: number } = await pageParams(pairParams, params);
  setRequestLocale(locale);
  const user = await requireSignedIn(locale, `/texts/${slug}/review/${number}`);
  const pair = await getPairRecord(slug, number);
  if (!pair) notFound();
  const [t, query] = await Promise.all([getTranslations("History"), searchParams]);
  const total = pair.document._count.paragraphs;

  return (
    <ClientMessages namespaces={["Review", "Comments", "History"]}>
      <div className="pair-record">
        <nav className="pair-record-nav" aria-label={t("heading", { number })}>
          <Link href={`/texts/${slug}/review#p-${number}`}>{t("back")}</Link>
          {number > 1 ? <Link href={`/texts/${slug}/review/${number - 1}`}>{t("previousPair")}</Link> : null}
          {number < total ? <Link href={`/texts/${slug}/review/${number + 1}`}>{t("nextPair")}</Link> : null}
        </nav>
        <h1>{t("heading", { number })}</h1>
        <p>
          <StatusBadge status={pair.status} />
        </p>
        <div className="pair-now">
          <p lang="it">{pair.textIt}</p>
          <p lang="en">{pair.textEn}</p>
        </div>
        <section aria-labelledby="history">
          <h2 id="history">{t("historyHeading")}</h2>
          <RevisionCompare pair={pair} from={revisionId(query.from)} to={revisionId(query.to)} />
          <HistoryList pair={pair} canRestore={{ it: can(user, "edit-it"), en: can(user, "edit-en") }} />
        </section>
        <CommentThread pair={pair} />
      </div>
    </ClientMessages>
  );
}
