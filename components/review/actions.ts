"use server";

import { getLocale } from "next-intl/server";
import { redirect } from "@/i18n/navigation";
import { perform } from "@/lib/actions/perform";
import type { Outcome } from "@/lib/core/outcome";
import { addComment, fileReport, resolveComment } from "@/lib/review/comments";
import { revertToRevision } from "@/lib/review/edit-paragraph";
import { sendBack } from "@/lib/review/review-decision";
import { SIDES } from "@/lib/review/rebase-edits";
import { savePair } from "@/lib/review/save-pair";

// The review workspace's writes. Each hands its input, unparsed, to lib/review, which
// checks the role, validates and writes in one transaction (lib/core/mutation.ts);
// lib/actions/perform.ts says who is asking and renders afresh what readers see of it.

/**
 * Save and Approve without JavaScript: the editor's form as posted, each text with the
 * text it started from (what changed is what differs), then back to the pair's own edit
 * page, which says how it went.
 */
export async function savePairFormAction(form: FormData): Promise<void> {
  const field = (name: string) => {
    const value = form.get(name);
    // Browsers send a textarea's line breaks as CR LF.
    return typeof value === "string" ? value.replace(/\r\n?/g, "\n") : null;
  };
  const edits = Object.fromEntries(
    SIDES.flatMap((side) => {
      const text = field(side);
      const from = field(`from-${side}`) ?? "";
      return text !== null && text !== from ? [[side, { text, from }]] : [];
    }),
  );
  const approve = form.get("approve") === "1";
  const outcome = await perform(savePair, {
    paragraphId: form.get("paragraphId"),
    baseVersion: form.get("baseVersion"),
    ...edits,
    approve,
  });
  const answer = outcome.ok ? (outcome.published ? "approved" : Object.keys(edits).length ? "saved" : "unchanged") : outcome.error;
  const slug = encodeURIComponent(String(form.get("slug") ?? ""));
  const position = Number(form.get("position")) || 1;
  redirect({ href: `/texts/${slug}/review/${position}/edit?answer=${answer}`, locale: await getLocale() });
}

/** Save and Approve: the pair's changed texts, and the approval if asked, together. */
export async function savePairAction(input: unknown) {
  return perform(savePair, input);
}

export async function revertAction(input: unknown) {
  return perform(revertToRevision, input);
}

export async function sendBackAction(input: unknown) {
  return perform(sendBack, input);
}

export async function addCommentAction(input: unknown) {
  return perform(addComment, input, { refreshPage: true });
}

export async function resolveCommentAction(input: unknown) {
  return perform(resolveComment, input, { refreshPage: true });
}

/** What the report form shows after a try: a refusal comes back with the reader's text, to correct. */
export type ReportState = Outcome & { body?: string };

/** The reader's "report a problem" form; works without JavaScript (useActionState). */
export async function reportAction(_previous: ReportState | null, form: FormData): Promise<ReportState> {
  const report = { slug: form.get("slug"), position: form.get("position"), body: form.get("body") };
  const outcome = await perform(fileReport, report);
  return outcome.ok ? outcome : { ...outcome, body: typeof report.body === "string" ? report.body : "" };
}
