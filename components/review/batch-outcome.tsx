import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import type { BatchResult } from "@/lib/review/batch-result";

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
          <ul>
            {result.skipped.map((pair, index) => (
              <li key={index}>
                {pair.position ? (
                  <Link href={`/texts/${slug}/review/${pair.position}`}>{t("paragraph", { number: pair.position })}</Link>
                ) : (
                  t("gone")
                )}
                : {t(`why.${pair.why}`)}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
