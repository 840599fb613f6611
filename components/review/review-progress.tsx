import { getTranslations } from "next-intl/server";
import { REVIEW_STATUSES } from "@/lib/core/statuses";
import type { ReviewStatus } from "@/lib/generated/prisma/client";

/** The document's progress: pairs per status, and the approved share as a bar. */
export async function ReviewProgress({ counts }: { counts: Record<ReviewStatus, number> }) {
  const t = await getTranslations("Review");
  const total = REVIEW_STATUSES.reduce((sum, status) => sum + counts[status], 0);
  return (
    <section className="review-progress" aria-labelledby="review-progress">
      <h2 id="review-progress">{t("progress", { approved: counts.approved, total })}</h2>
      <progress max={total} value={counts.approved} aria-labelledby="review-progress" />
      <ul className="status-counts">
        {REVIEW_STATUSES.map((status) => (
          <li key={status} data-status={status}>
            <span className={`status-badge status-${status}`}>{t(`status.${status}`)}</span> {counts[status]}
          </li>
        ))}
      </ul>
    </section>
  );
}
