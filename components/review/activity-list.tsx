import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { isAlignmentEvent } from "@/lib/review/history";
import type { ActivityEntry } from "@/lib/review/activity";

/** The team's recent activity, newest first, each entry linked to its pair's history and comments. */
export async function ActivityList({ entries, page, more }: { entries: readonly ActivityEntry[]; page: number; more: boolean }) {
  const [t, history, alignment, format, locale] = await Promise.all([
    getTranslations("Activity"),
    getTranslations("History"),
    getTranslations("Alignment.history"),
    getFormatter(),
    getLocale(),
  ]);
  const what = (entry: ActivityEntry) => {
    if (entry.kind === "comment") return t(entry.origin === "reader" ? "reported" : "commented");
    if (isAlignmentEvent(entry.event)) return alignment(entry.event, { text: entry.language, partner: "none" });
    return history(`event.${entry.event}`, { language: entry.language, revision: entry.revision, reason: entry.reason ?? "" });
  };
  return (
    <section className="activity" aria-labelledby="activity-heading">
      <h2 id="activity-heading">{t("heading")}</h2>
      {entries.length === 0 ? <p>{t("none")}</p> : null}
      <ol className="activity-list">
        {entries.map((entry) => (
          <li key={entry.key}>
            <p>
              <strong>{what(entry)}</strong>
              {" · "}
              {entry.who ?? t(entry.kind === "comment" && entry.origin === "reader" ? "aReader" : "someone")}
              {" · "}
              <Link href={`/texts/${entry.document.slug}/review/${entry.position}${entry.kind === "comment" ? "#comments" : "#history"}`}>
                {t("where", {
                  number: entry.position,
                  title: locale === "it" ? entry.document.titleIt : entry.document.titleEn || entry.document.titleIt,
                })}
              </Link>
              {" · "}
              <time dateTime={entry.at.toISOString()}>{format.dateTime(entry.at, { dateStyle: "medium", timeStyle: "short" })}</time>
            </p>
            {entry.kind === "comment" ? (
              <blockquote className="activity-body" dir="auto">
                {entry.body.length > 160 ? `${entry.body.slice(0, 159)}…` : entry.body}
                {entry.resolved ? <span className="activity-resolved"> {t("resolved")}</span> : null}
              </blockquote>
            ) : null}
          </li>
        ))}
      </ol>
      <nav className="activity-pager" aria-label={t("pager")}>
        {page > 1 ? <Link href={{ pathname: "/review", query: page > 2 ? { page: page - 1 } : {} }}>{t("newer")}</Link> : null}
        {more ? <Link href={{ pathname: "/review", query: { page: page + 1 } }}>{t("older")}</Link> : null}
      </nav>
    </section>
  );
}
