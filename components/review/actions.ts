"use server";

import { refresh, revalidatePath } from "next/cache";
import { clientAddress } from "@/lib/auth/client-address";
import { currentUser } from "@/lib/auth/session-cookie";
import { db } from "@/lib/db";
import { addComment, reportProblem, resolveComment } from "@/lib/review/comments";
import { revertToRevision, saveNote, saveText, type SaveOutcome } from "@/lib/review/edit-paragraph";
import { UNAVAILABLE, type Outcome } from "@/lib/review/outcome";
import { approvePair, sendBack } from "@/lib/review/review-decision";

// The review workspace's writes. Each asks who is calling (the session cookie) and
// hands the input, unparsed, to lib/review, which checks the role, validates with zod
// and writes in one transaction. Whatever readers see is then rendered afresh.

/**
 * Runs a mutation; an unexpected failure (the database busy past its timeout, a full
 * disk) is answered as a refusal the editor can show, not an error page that would
 * take every unsaved edit on the page with it. The transaction has rolled back.
 */
async function attempt<T extends Outcome>(mutation: () => Promise<T>): Promise<T | typeof UNAVAILABLE> {
  try {
    return await mutation();
  } catch (error) {
    console.error("A review action failed:", error);
    return UNAVAILABLE;
  }
}

/** After a change readers may see: every cached page is rendered afresh on its next request. */
function publish<T extends Outcome>(outcome: T): T {
  if (outcome.ok && !("unchanged" in outcome && outcome.unchanged)) revalidatePath("/", "layout");
  return outcome;
}

/** After a change only the team sees: the workspace the caller is on is re-rendered. */
function refreshWorkspace<T extends Outcome>(outcome: T): T {
  if (outcome.ok) refresh();
  return outcome;
}

export async function saveTextAction(input: unknown): Promise<SaveOutcome> {
  return publish(await attempt(async () => saveText(db, await currentUser(), input)));
}

export async function saveNoteAction(input: unknown): Promise<SaveOutcome> {
  return publish(await attempt(async () => saveNote(db, await currentUser(), input)));
}

export async function revertAction(input: unknown): Promise<SaveOutcome> {
  return publish(await attempt(async () => revertToRevision(db, await currentUser(), input)));
}

export async function approveAction(input: unknown): Promise<Outcome<{ version: number; published: "it" | "both" }>> {
  return publish(await attempt(async () => approvePair(db, await currentUser(), input)));
}

export async function sendBackAction(input: unknown): Promise<Outcome<{ version: number }>> {
  return publish(await attempt(async () => sendBack(db, await currentUser(), input)));
}

export async function addCommentAction(input: unknown): Promise<Outcome> {
  return refreshWorkspace(await attempt(async () => addComment(db, await currentUser(), input)));
}

export async function resolveCommentAction(input: unknown): Promise<Outcome> {
  return refreshWorkspace(await attempt(async () => resolveComment(db, await currentUser(), input)));
}

/** What the report form shows after a try: a refusal comes back with the reader's text, to correct. */
export type ReportState = Outcome & { body?: string };

/** The reader's "report a problem" form; works without JavaScript (useActionState). */
export async function reportAction(_previous: ReportState | null, form: FormData): Promise<ReportState> {
  const report = { slug: form.get("slug"), position: form.get("position"), body: form.get("body") };
  const outcome = await attempt(async () => reportProblem(db, await clientAddress(), report));
  return outcome.ok ? outcome : { ...outcome, body: typeof report.body === "string" ? report.body : "" };
}
