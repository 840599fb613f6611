"use server";

import { getLocale } from "next-intl/server";
import { redirect } from "@/i18n/navigation";
import { perform } from "@/lib/actions/perform";
import { decideBatch } from "@/lib/review/batch-decision";
import { batchResultQuery, tickedPairs } from "@/lib/review/batch-result";

/**
 * The batch page's form (works without JavaScript): the pairs ticked, each as
 * "id:version" as the page showed it, the decision and its reason. Back to the page,
 * with the same filters, saying what was decided and what was skipped.
 */
export async function decideBatchAction(form: FormData): Promise<void> {
  const slug = String(form.get("slug") ?? "");
  const pairs = tickedPairs(form);
  const answer = await perform(decideBatch, { slug, decision: form.get("decision"), reason: form.get("reason") ?? "", pairs });
  const filters = new URLSearchParams(String(form.get("filters") ?? ""));
  for (const [name, value] of Object.entries(batchResultQuery(answer, String(form.get("decision"))))) filters.set(name, value);
  redirect({ href: `/texts/${encodeURIComponent(slug)}/review/batch?${filters}`, locale: await getLocale() });
}
