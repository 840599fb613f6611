"use server";

import { perform } from "@/lib/actions/perform";
import type { UNAVAILABLE } from "@/lib/core/outcome";
import { relinkSentences } from "@/lib/review/sentence-links";

// The workspace's sentence-link form, as a plain form post (it works without JavaScript,
// through useActionState). lib/review/sentence-links checks the role, validates and writes
// in one transaction.

export type RelinkState = Awaited<ReturnType<typeof relinkSentences>> | typeof UNAVAILABLE;

/** Every sentence's select is named "it" or "en", in the sentences' order. */
export async function relinkAction(_previous: RelinkState | null, form: FormData): Promise<RelinkState> {
  return perform(relinkSentences, {
    paragraphId: form.get("paragraphId"),
    baseVersion: form.get("baseVersion"),
    it: form.getAll("it"),
    en: form.getAll("en"),
  });
}
