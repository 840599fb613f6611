import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { z } from "zod";
import { ActivityList } from "@/components/review/activity-list";
import { OpenThreads } from "@/components/review/open-threads";
import { Link } from "@/i18n/navigation";
import { requireSignedIn } from "@/lib/auth/session-cookie";
import { can } from "@/lib/core/roles";
import { listDocuments } from "@/lib/library";
import { ACTIVITY_PAGES, getActivity, openThreads } from "@/lib/review/activity";
import { localeParams, pageParams, parseParams } from "@/lib/routing/route-params";

export async function generateMetadata({ params }: PageProps<"/[locale]/review">): Promise<Metadata> {
  const route = parseParams(localeParams, await params);
  if (!route) return {};
  const t = await getTranslations({ locale: route.locale, namespace: "Review" });
  return { title: t("indexTitle"), robots: { index: false } };
}

const activityPage = z.coerce.number().int().min(1).max(ACTIVITY_PAGES).catch(1);

/** Where the team starts: every text, how far its review has come and what is open in it, the way in, and what happened lately. */
export default async function ReviewIndexPage({ params, searchParams }: PageProps<"/[locale]/review">) {
  const { locale } = await pageParams(localeParams, params);
  setRequestLocale(locale);
  const user = await requireSignedIn(locale, "/review");
  const page = activityPage.parse((await searchParams).page);
  const [t, auth, documents, importing, activity, open, memory] = await Promise.all([
    getTranslations("Review"),
    getTranslations("Auth"),
    listDocuments(),
    getTranslations("Import"),
    getActivity(page),
    openThreads(),
    getTranslations("Memory"),
  ]);
  return (
    <div className="review-index">
      <h1>{t("indexTitle")}</h1>
      <p>{auth("signedInAs", { name: user.displayName, role: auth(`roles.${user.role}`) })}</p>
      {can(user, "import") ? (
        <p>
          <Link href="/import">{importing("indexLink")}</Link>
        </p>
      ) : null}
      <p>
        <Link href="/memory">{memory("indexLink")}</Link>
      </p>
      <ul className="review-documents">
        {documents.map((document) => (
          <li key={document.slug}>
            <Link href={`/texts/${document.slug}/review`}>
              <span lang="it">{document.titleIt}</span>
            </Link>{" "}
            <span>{t("progress", { approved: document.approvedCount, total: document.paragraphCount })}</span>
            <OpenThreads counts={open.get(document.slug)} />
          </li>
        ))}
      </ul>
      <ActivityList entries={activity.entries} page={page} more={activity.more && page < ACTIVITY_PAGES} />
    </div>
  );
}
