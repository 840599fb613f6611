import { z } from "zod";
import { REVIEW_STATUSES } from "../core/statuses";
import type { ReviewStatus } from "../generated/prisma/client";
import { CHECK_CODES, type CheckCode, type CheckWarning } from "./checks";

/** The workspace's filters and page, from its URL; anything unknown means "all" (and page 1). */
export interface ReviewFilters {
  status: ReviewStatus | "all";
  /** A check's code, "any" warning, "none" (no warning), or "all" pairs. */
  check: CheckCode | "any" | "none" | "all";
  /** Words the Italian or the English contains (as typed, case aside for ASCII letters); "" for any. */
  query: string;
  page: number;
}

/** The longest search within a text the workspace takes; longer is cut. */
export const MAX_WORKSPACE_QUERY = 200;

const filterSchema = z.object({
  status: z.enum([...REVIEW_STATUSES, "all"]).catch("all"),
  check: z.custom<ReviewFilters["check"]>((code) => ["any", "none", "all", ...CHECK_CODES].includes(code as string)).catch("all"),
  query: z
    .string()
    .transform((query) => query.trim().slice(0, MAX_WORKSPACE_QUERY))
    .catch(""),
  page: z.coerce.number().int().min(1).max(1_000_000).catch(1),
});

export function parseReviewFilters(query: Record<string, string | string[] | undefined>): ReviewFilters {
  const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
  return filterSchema.parse({ status: first(query.status), check: first(query.check), query: first(query.q), page: first(query.page) });
}

/** The filters as a URL query (what the filter form submits), leaving out what is the default. */
export function filterQuery(filters: ReviewFilters, page = filters.page): Record<string, string> {
  return {
    ...(filters.status === "all" ? {} : { status: filters.status }),
    ...(filters.check === "all" ? {} : { check: filters.check }),
    ...(filters.query ? { q: filters.query } : {}),
    ...(page > 1 ? { page: String(page) } : {}),
  };
}

export function matchesFilters(pair: { status: ReviewStatus }, warnings: readonly CheckWarning[], filters: ReviewFilters): boolean {
  if (filters.status !== "all" && pair.status !== filters.status) return false;
  if (filters.check === "any") return warnings.length > 0;
  if (filters.check === "none") return warnings.length === 0;
  if (filters.check !== "all") return warnings.some((warning) => warning.code === filters.check);
  return true;
}

/**
 * A pair needs work until it is approved with no warning left. Consistency is the
 * exception: an approved pair translated otherwise than its twins was approved so (the
 * context may ask for it); the twins still under review carry the warning.
 */
export function needsWork(pair: { status: ReviewStatus }, warnings: readonly CheckWarning[]): boolean {
  if (pair.status !== "approved") return true;
  return warnings.some((warning) => warning.code !== "consistency");
}
