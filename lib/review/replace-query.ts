import { z } from "zod";
import { parseSkipped } from "./batch-result";
import type { ReplaceSkip } from "./find-replace";

const SKIPS = ["changed", "no-match", "invalid", "not-found"] as const satisfies readonly ReplaceSkip[];

const querySchema = z.object({
  find: z.string().trim().max(200).catch(""),
  replacement: z.string().max(200).catch(""),
  side: z.enum(["en", "it"]).catch("en"),
  wholeWord: z.literal("1").optional().catch(undefined),
  caseSensitive: z.literal("1").optional().catch(undefined),
  replaced: z.coerce.number().int().min(0).optional().catch(undefined),
  skipped: z.string().catch(""),
  error: z.string().max(40).optional().catch(undefined),
});

/** The replace page's address: the search (find, with, side, whole, case), and the last replacement's answer. */
export function parseReplaceQuery(query: Record<string, string | string[] | undefined>) {
  const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
  const parsed = querySchema.parse({
    find: first(query.find) ?? "",
    replacement: first(query.with) ?? "",
    side: first(query.side),
    wholeWord: first(query.whole),
    caseSensitive: first(query.case),
    replaced: first(query.replaced),
    skipped: first(query.skipped) ?? "",
    error: first(query.error),
  });
  return {
    find: parsed.find,
    replacement: parsed.replacement,
    side: parsed.side,
    wholeWord: parsed.wholeWord === "1",
    caseSensitive: parsed.caseSensitive === "1",
    result:
      parsed.replaced !== undefined || parsed.error
        ? { replaced: parsed.replaced ?? 0, skipped: parseSkipped(parsed.skipped, SKIPS), error: parsed.error ?? null }
        : null,
  };
}

export type ReplaceQuery = ReturnType<typeof parseReplaceQuery>;

/** The search as the page's address carries it. */
export function searchQuery(query: Pick<ReplaceQuery, "find" | "replacement" | "side" | "wholeWord" | "caseSensitive">): string {
  return new URLSearchParams({
    find: query.find,
    with: query.replacement,
    side: query.side,
    ...(query.wholeWord ? { whole: "1" } : {}),
    ...(query.caseSensitive ? { case: "1" } : {}),
  }).toString();
}
