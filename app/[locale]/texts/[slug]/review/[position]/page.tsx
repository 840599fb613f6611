import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { CommentThread } from "@/components/review/comment-thread";
import { HistoryList } from "@/components/review/history-list";
import { RevisionCompare } from "@/components/review/revision-compare";
import { StatusBadge } from "@/components/review/status-badge";
import { Link } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";
import { requireSignedIn } from "@/lib/auth/session-cookie";
import { canEdit } from "@/lib/review/permissions";
import { getPairRecord } from "@/lib/review/workspace";

const revisionId = (value: string | string[] | undefined) => {
  const number = Number(Array.isArray(value) ? value[0] : value);
  return Number.isSafeInteger(number) && number > 0 ? number : undefined;
};

export async function generateMetadata({ params }: PageProps<"/[locale]/texts/[slug]/review/[position]">): Promise<Metadata> {
  const { locale, position } = await params;
  const t = await getTranslations({ locale: locale as Locale, namespace: "History" });
  return { title: t("metaTitle", { number: Number(position) || 0 }), robots: { index: false } };
}

/** One pair's history (with word diffs and restore) and its comment thread. */
export default async function PairRecordPage({ params, searchParams }: PageProps<"/[locale]/texts/[slug]/review/[position]">) {
  const { locale, slug, position } = await params;
  setRequestLocale(locale as Locale);
  const user = await requireSignedIn(locale as Locale, `/texts/${slug}/review/${position}`);
  const number = Number(position);
  const pair = Number.isSafeInteger(number) && number > 0 ? await getPairRecord(slug, number) : null;
  if (!pair) notFound();
  const [t, query] = await Promise.all([getTranslations("History"), searchParams]);
  const total = pair.document._count.paragraphs;

  return (
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
        <HistoryList pair={pair} canRestore={{ it: canEdit(user.role, "it"), en: canEdit(user.role, "en") }} />
      </section>
      <CommentThread pair={pair} />
    </div>
  );
}
