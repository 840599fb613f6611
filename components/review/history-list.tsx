import { getFormatter, getTranslations } from "next-intl/server";
import { changesText, isAlignmentEvent, latestAlignment, restorable, revisionEvent } from "@/lib/review/history";
import type { PairRecord } from "@/lib/review/workspace";
import { RestoreButton } from "./restore-button";
import { WordDiffView } from "./word-diff-view";

interface Props {
  pair: PairRecord;
  /** Which texts the signed-in user may restore. */
  canRestore: { it: boolean; en: boolean };
}

/** Every change and decision on a pair, newest first, each with its word diff. */
export async function HistoryList({ pair, canRestore }: Props) {
  const [t, tAlignment, format] = await Promise.all([getTranslations("History"), getTranslations("Alignment.history"), getFormatter()]);
  const current = { it: pair.textIt, en: pair.textEn, note: pair.translatorNote ?? "" };
  // Texts from before the pair's latest re-alignment belong to another pairing: not offered (the server refuses them too).
  const realigned = latestAlignment(pair.revisions);

  return (
    <ol className="history-list" reversed>
      {pair.revisions.map((revision) => {
        const event = revisionEvent(revision);
        const who = revision.author?.displayName ?? t(`origin.${originName(revision.origin)}`);
        // A decision's reason is in its label; a change's reason (the editorial pass's) follows it.
        const why = revision.reason && event !== "needs_changes" ? revision.reason : null;
        return (
          <li key={revision.id} id={`revision-${revision.id}`} data-event={event}>
            <p className="history-event">
              <span className="history-id">{t("revisionLabel", { id: revision.id })}</span>{" "}
              <strong>
                {isAlignmentEvent(event)
                  ? tAlignment(event, {
                      text: revision.field === "note" ? "note" : revision.language,
                      partner: revision.movedWith?.toString() ?? "none",
                    })
                  : t(`event.${event}`, { language: revision.language, revision: revision.revertOfId ?? 0, reason: revision.reason ?? "" })}
              </strong>
              {" · "}
              {who}
              {" · "}
              <time dateTime={revision.createdAt.toISOString()}>
                {format.dateTime(revision.createdAt, { dateStyle: "medium", timeStyle: "short" })}
              </time>
            </p>
            {why ? (
              <p className="history-reason">
                {t("why")} {/* The editorial pass gave its reasons in English; anyone else's are as typed. */}
                <span lang={revision.origin === "editorial" ? "en" : undefined} dir="auto">
                  {why}
                </span>
              </p>
            ) : null}
            {event === "links" ? (
              <details>
                <summary>{t("changes")}</summary>
                <WordDiffView before={revision.before} after={revision.after} language="en" />
              </details>
            ) : null}
            {changesText(revision) ? (
              <>
                <details>
                  <summary>{t("changes")}</summary>
                  <WordDiffView before={revision.before} after={revision.after} language={revision.language} />
                </details>
                {!canRestore[revision.language] ? null : restorable(revision, realigned) ? (
                  <RestoreButton
                    revisionId={revision.id}
                    baseVersion={pair.version}
                    isCurrent={revision.after === current[revision.field === "note" ? "note" : revision.language]}
                  />
                ) : (
                  <p className="history-realigned">{t("beforeRealignment")}</p>
                )}
              </>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}

/** Who made a change nobody signed in made: the first edition, an import, the editorial pass. */
function originName(origin: string): "seed" | "import" | "editorial" | "user" {
  if (origin === "seed" || origin === "import" || origin === "editorial") return origin;
  return origin.startsWith("import-token:") ? "import" : "user";
}
