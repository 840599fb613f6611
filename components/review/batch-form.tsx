import { getTranslations } from "next-intl/server";
import { MAX_REASON_LENGTH } from "@/lib/core/limits";
import type { ReviewStatus } from "@/lib/generated/prisma/client";
import { plainText } from "@/lib/text/inline-markdown";
import { decideBatchAction } from "./batch-actions";
import { StatusBadge } from "./status-badge";

interface BatchPair {
  id: number;
  position: number;
  version: number;
  status: ReviewStatus;
  textIt: string;
  textEn: string;
}

/**
 * The pairs a batch decision will take, each ticked and carrying the version it is shown
 * at, then the two decisions: approve, or send back with one reason. A plain form.
 */
export async function BatchForm(props: { slug: string; filters: string; pairs: readonly BatchPair[]; total: number; limit: number }) {
  const { slug, filters, pairs, total, limit } = props;
  const t = await getTranslations("Batch");
  if (pairs.length === 0) return <p className="review-empty">{t("noneSelected")}</p>;
  return (
    <form action={decideBatchAction} className="batch-form">
      <input type="hidden" name="slug" value={slug} />
      <input type="hidden" name="filters" value={filters} />
      <p>
        {t("selected", { count: pairs.length })}
        {total > limit ? ` ${t("capped", { limit, total })}` : null}
      </p>
      <ol className="batch-pairs">
        {pairs.map((pair) => (
          <li key={pair.id}>
            <label className="batch-choice">
              <input type="checkbox" name="pair" value={`${pair.id}:${pair.version}`} defaultChecked />
              <span>{t("paragraph", { number: pair.position })}</span>
            </label>{" "}
            <StatusBadge status={pair.status} />
            <p lang="it" className="batch-text">
              {plainText(pair.textIt)}
            </p>
            <p lang="en" className="batch-text">
              {plainText(pair.textEn)}
            </p>
          </li>
        ))}
      </ol>
      <fieldset className="batch-decisions">
        <legend>{t("decide")}</legend>
        <button type="submit" name="decision" value="approve">
          {t("approve")}
        </button>
        <label>
          <span>{t("reason")}</span>
          <textarea name="reason" rows={2} maxLength={MAX_REASON_LENGTH} />
        </label>
        <button type="submit" name="decision" value="send-back">
          {t("sendBack")}
        </button>
      </fieldset>
    </form>
  );
}
