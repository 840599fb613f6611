"use server";

import { getLocale } from "next-intl/server";
import { redirect } from "@/i18n/navigation";
import { perform } from "@/lib/actions/perform";
import { skippedQuery, tickedPairs } from "@/lib/review/batch-result";
import { replaceInText } from "@/lib/review/find-replace";

/**
 * The replace page's form (works without JavaScript): the search as previewed, and the
 * pairs ticked, each "id:version" as the preview showed it. Back to the preview, which
 * then lists what still matches, saying what was replaced and what was skipped.
 */
export async function replaceAction(form: FormData): Promise<void> {
  const slug = String(form.get("slug") ?? "");
  const input = {
    slug,
    side: form.get("side"),
    find: form.get("find") ?? "",
    replacement: form.get("with") ?? "",
    wholeWord: form.get("whole") === "1",
    caseSensitive: form.get("case") === "1",
    pairs: tickedPairs(form),
  };
  const answer = await perform(replaceInText, input);
  const query = new URLSearchParams(String(form.get("search") ?? ""));
  if (answer.ok) {
    query.set("replaced", String(answer.replaced));
    query.set("skipped", skippedQuery(answer.skipped));
  } else {
    query.set("error", answer.error === "invalid" && "field" in answer ? answer.field : answer.error);
  }
  redirect({ href: `/texts/${encodeURIComponent(slug)}/review/replace?${query}`, locale: await getLocale() });
}
