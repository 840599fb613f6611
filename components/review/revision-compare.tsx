import { getFormatter, getTranslations } from "next-intl/server";
import { changesText, revisionsToCompare } from "@/lib/review/history";
import type { PairRecord } from "@/lib/review/workspace";
import { WordDiffView } from "./word-diff-view";

/**
 * Any two revisions of the same text side by side as one word diff. A GET form, so a
 * comparison is a link. By default: the latest change of a text against the one before
 * it (lib/review/history.ts).
 */
export async function RevisionCompare({ pair, from, to }: { pair: PairRecord; from?: number; to?: number }) {
  const [t, format] = await Promise.all([getTranslations("History"), getFormatter()]);
  const texts = pair.revisions.filter(changesText);
  const [fromRevision, toRevision] = revisionsToCompare(texts, from, to) ?? [];
  const label = (revision: (typeof texts)[number]) =>
    `${t("revisionLabel", { id: revision.id })} · ${revision.field === "note" ? t("noteName") : t("languageName", { language: revision.language })} · ${format.dateTime(revision.createdAt, { dateStyle: "short", timeStyle: "short" })}`;
  const select = (name: "from" | "to", chosen: number | undefined) => (
    <label>
      <span>{t(name)}</span>
      <select name={name} defaultValue={chosen}>
        {texts.map((revision) => (
          <option key={revision.id} value={revision.id}>
            {label(revision)}
          </option>
        ))}
      </select>
    </label>
  );

  if (!fromRevision || !toRevision) return null;
  return (
    <section className="revision-compare" aria-labelledby="compare-heading">
      <h3 id="compare-heading">{t("compareHeading")}</h3>
      <form method="get" action="#compare-heading" className="compare-form">
        {select("from", fromRevision.id)}
        {select("to", toRevision.id)}
        <button type="submit">{t("compare")}</button>
      </form>
      <p className="compare-caption">{t("comparing", { from: fromRevision.id, to: toRevision.id })}</p>
      {fromRevision.language !== toRevision.language || fromRevision.field !== toRevision.field ? (
        <p role="alert">{t("sameLanguage")}</p>
      ) : fromRevision.after === toRevision.after ? (
        <p>{t("noDifference")}</p>
      ) : (
        <WordDiffView before={fromRevision.after} after={toRevision.after} language={toRevision.language} />
      )}
    </section>
  );
}
