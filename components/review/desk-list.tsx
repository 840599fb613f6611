import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import type { CheckWarning } from "@/lib/review/checks";
import type { ReviewParagraph } from "@/lib/review/workspace";
import { plainText } from "@/lib/text/inline-markdown";
import { DeskListKeys } from "./desk-list-keys";
import { StatusBadge } from "./status-badge";

interface Row {
  pair: ReviewParagraph;
  warnings: readonly CheckWarning[];
  needsWork: boolean;
}

/**
 * The workspace as a compact list: each pair's two texts read-only with its status,
 * the checks it fails and its open comments, and a link to its own edit page (the
 * focus page). J/K or the arrows move along the list, Enter opens the pair.
 */
export async function DeskList({ slug, rows }: { slug: string; rows: readonly Row[] }) {
  const [t, focus] = await Promise.all([getTranslations("Review"), getTranslations("Focus")]);
  if (rows.length === 0) return null;
  return (
    <>
      <ol className="desk-list" aria-label={t("list.label")}>
        {rows.map(({ pair, warnings, needsWork }) => {
          const stateId = `desk-${pair.position}-state`;
          const codes = [...new Set(warnings.map((warning) => warning.code))];
          return (
            <li
              key={pair.id}
              className="desk-row"
              id={`p-${pair.position}`}
              data-needs-work={needsWork}
              data-position={pair.position}
              data-status={pair.status}
            >
              <p className="desk-row-head">
                <Link
                  className="desk-open"
                  href={`/texts/${slug}/review/${pair.position}/edit`}
                  prefetch={false}
                  aria-describedby={stateId}
                >
                  {t("pairHeading", { number: pair.position })}
                </Link>
                <span id={stateId} className="desk-state">
                  <StatusBadge status={pair.status} />
                  {codes.map((code) => (
                    <span key={code} className="desk-check">
                      {t(`checkNames.${code}`)}
                    </span>
                  ))}
                  {pair._count.comments > 0 ? (
                    <span className="desk-comments">{t("list.comments", { count: pair._count.comments })}</span>
                  ) : null}
                </span>
              </p>
              <div className="review-texts desk-texts">
                <p lang="it">{plainText(pair.textIt)}</p>
                <p lang="en">{pair.textEn ? plainText(pair.textEn) : <span className="desk-empty">{focus("noEnglish")}</span>}</p>
              </div>
            </li>
          );
        })}
      </ol>
      <DeskListKeys />
    </>
  );
}
