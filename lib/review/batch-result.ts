import { z } from "zod";
import type { SkippedPair, SkipReason } from "./batch-decision";

const SKIP_REASONS = ["changed", "four-eyes", "nothing-to-approve", "not-found"] as const satisfies readonly SkipReason[];
/** How many skipped pairs the page's address names; the count says how many more. */
const NAMED = 200;

/** What a batch decision did, in the batch page's address (after the form's redirect). */
export interface BatchResult {
  decision: "approve" | "send-back";
  decided: number;
  skipped: { position: number | null; why: SkipReason }[];
  skippedCount: number;
  /** A refusal of the whole batch: "reason" (none given), "none" (nothing ticked), or the pipeline's error. */
  error: string | null;
}

type Answer = { ok: true; decided: number; skipped: SkippedPair[] } | { ok: false; error: string; field?: string };

/** The pairs a batch form ticked, each "id:version" as its page showed it (left unparsed: the mutation validates). */
export function tickedPairs(form: FormData): { paragraphId: string | undefined; baseVersion: string | undefined }[] {
  return form.getAll("pair").map((value) => {
    const [paragraphId, baseVersion] = String(value).split(":");
    return { paragraphId, baseVersion };
  });
}

/** Skipped pairs as the page's address names them: "position-why", comma-separated (0 for a pair no longer there). */
export function skippedQuery(skipped: readonly { position: number | null; why: string }[]): string {
  return skipped
    .slice(0, NAMED)
    .map((pair) => `${pair.position ?? 0}-${pair.why}`)
    .join(",");
}

/** The skipped pairs an address names, keeping only the reasons `known`. */
export function parseSkipped<Why extends string>(list: string, known: readonly Why[]): { position: number | null; why: Why }[] {
  return list
    .split(",")
    .filter(Boolean)
    .flatMap((entry) => {
      const [position, ...why] = entry.split("-");
      const reason = why.join("-") as Why;
      return known.includes(reason) ? [{ position: Number(position) || null, why: reason }] : [];
    });
}

/** The query that carries a batch decision's answer back to the page. */
export function batchResultQuery(answer: Answer, decision: string): Record<string, string> {
  const made = decision === "send-back" ? "send-back" : "approve";
  if (!answer.ok) {
    const error = answer.error === "invalid" && answer.field ? answer.field : answer.error;
    return { decision: made, error };
  }
  return {
    decision: made,
    decided: String(answer.decided),
    skipped: skippedQuery(answer.skipped),
    skippedCount: String(answer.skipped.length),
  };
}

const resultSchema = z.object({
  decision: z.enum(["approve", "send-back"]),
  decided: z.coerce.number().int().min(0).default(0),
  skipped: z
    .string()
    .default("")
    .transform((list) => parseSkipped(list, SKIP_REASONS)),
  skippedCount: z.coerce.number().int().min(0).default(0),
  error: z.string().max(40).nullable().default(null),
});

/** The answer named in the page's address, or null when the page was not reached from the form. */
export function parseBatchResult(query: Record<string, string | string[] | undefined>): BatchResult | null {
  const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
  const parsed = resultSchema.safeParse({
    decision: first(query.decision),
    decided: first(query.decided),
    skipped: first(query.skipped),
    skippedCount: first(query.skippedCount),
    error: first(query.error) ?? null,
  });
  return parsed.success ? parsed.data : null;
}
