import { getTranslations } from "next-intl/server";
import { REVIEW_STATUSES } from "@/lib/core/statuses";
import { CHECK_CODES } from "@/lib/review/checks";
import { MAX_WORKSPACE_QUERY, type ReviewFilters as Filters } from "@/lib/review/filters";

/** A plain GET form, so filtered views are links and work without JavaScript. */
export async function ReviewFilters({ filters, shown, total }: { filters: Filters; shown: number; total: number }) {
  const t = await getTranslations("Review");
  return (
    <form className="review-filters" method="get" role="search" aria-label={t("filters")}>
      <label>
        <span>{t("statusFilter")}</span>
        <select name="status" defaultValue={filters.status}>
          <option value="all">{t("allStatuses")}</option>
          {REVIEW_STATUSES.map((status) => (
            <option key={status} value={status}>
              {t(`status.${status}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>{t("checkFilter")}</span>
        <select name="check" defaultValue={filters.check}>
          <option value="all">{t("allPairs")}</option>
          <option value="any">{t("anyWarning")}</option>
          <option value="none">{t("noWarning")}</option>
          {CHECK_CODES.map((code) => (
            <option key={code} value={code}>
              {t(`checkNames.${code}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>{t("searchFilter")}</span>
        <input type="search" name="q" defaultValue={filters.query} maxLength={MAX_WORKSPACE_QUERY} />
      </label>
      <button type="submit">{t("applyFilters")}</button>
      <p className="filter-count" role="status">
        {t("shownCount", { shown, total })}
      </p>
    </form>
  );
}
