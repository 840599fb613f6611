import { getTranslations } from "next-intl/server";
import type { BatchResult } from "@/lib/review/batch-result";
import { SkippedPairs } from "./skipped-pairs";

const ERRORS = ["reason", "pairs", "signed-out", "forbidden", "unavailable"] as const;

/** What the last batch decision did: how many pairs it decided, and each it skipped with why. */
export async function BatchOutcome({ result, slug }: { result: BatchResult; slug: string }) {
  const t = await getTranslations("Batch");
  if (result.error) {
    const known = ERRORS.find((error) => error === result.error) ?? "other";
    return (
      <p role="alert" className="batch-outcome">
        {t(`errors.${known}`)}
      </p>
    );
  }
  return (
    <section className="batch-outcome" aria-labelledby="batch-outcome">
      <h2 id="batch-outcome" role="status">
        {t(result.decision === "approve" ? "approved" : "sentBack", { count: result.decided })}
      </h2>
      {result.skippedCount > 0 ? (
        <>
          <p>{t("skipped", { count: result.skippedCount })}</p>
          <SkippedPairs
            slug={slug}
            pairs={result.skipped.map((pair) => ({
              position: pair.position,
              label: pair.position ? t("paragraph", { number: pair.position }) : t("gone"),
              why: t(`why.${pair.why}`),
            }))}
          />
        </>
      ) : null}
    </section>
  );
}
