import { getTranslations } from "next-intl/server";
import type { ReviewStatus } from "@/lib/generated/prisma/client";
import { STATUSES } from "@/lib/review/filters";

/** The document's progress: pairs per status, and the approved share as a bar. */
export async function ReviewProgress({ counts }: { counts: Record<ReviewStatus, number> }) {
  const t = await getTranslations("Review");
  const total = STATUSES.reduce((sum, status) => sum + counts[status], 0);
  return (
    <section className="review-progress" aria-labelledby="review-progress">
      <h2 id="review-progress">{t("progress", { approved: counts.approved, total })}</h2>
      <progress max={total} value={counts.approved} aria-labelledby="review-progress" />
      <ul className="status-counts">
        {STATUSES.map((status) => (
          <li key={status} data-status={status}>
            <span className={`status-badge status-${status}`}>{t(`status.${status}`)}</span> {counts[status]}
          </li>
        ))}
      </ul>
    </section>
  );
}
