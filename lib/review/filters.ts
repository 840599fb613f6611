import { z } from "zod";
import { REVIEW_STATUSES } from "../core/statuses";
import type { ReviewStatus } from "../generated/prisma/client";
import { CHECK_CODES, type CheckCode, type CheckWarning } from "./checks";

/** The workspace's filters, from its URL; anything unknown means "all". */
export interface ReviewFilters {
  status: ReviewStatus | "all";
  check: CheckCode | "any" | "all";
}

const filterSchema = z.object({
  status: z.enum([...REVIEW_STATUSES, "all"]).catch("all"),
  check: z
    .custom<CheckCode | "any" | "all">((code) => code === "any" || code === "all" || (CHECK_CODES as readonly unknown[]).includes(code))
    .catch("all"),
});

export function parseReviewFilters(query: Record<string, string | string[] | undefined>): ReviewFilters {
  const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
  return filterSchema.parse({ status: first(query.status), check: first(query.check) });
}

export function matchesFilters(pair: { status: ReviewStatus }, warnings: readonly CheckWarning[], filters: ReviewFilters): boolean {
  if (filters.status !== "all" && pair.status !== filters.status) return false;
  if (filters.check === "any") return warnings.length > 0;
  if (filters.check !== "all") return warnings.some((warning) => warning.code === filters.check);
  return true;
}

/** A pair needs work until it is approved with no warning left. */
export function needsWork(pair: { status: ReviewStatus }, warnings: readonly CheckWarning[]): boolean {
  return pair.status !== "approved" || warnings.length > 0;
}

/** How many pairs are in each status: the document's progress. */
export function statusCounts(pairs: readonly { status: ReviewStatus }[]): Record<ReviewStatus, number> {
  const counts = Object.fromEntries(REVIEW_STATUSES.map((status) => [status, 0])) as Record<ReviewStatus, number>;
  for (const pair of pairs) counts[pair.status] += 1;
  return counts;
}
