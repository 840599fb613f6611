"use server";

import { refresh, revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { currentUser } from "@/lib/auth/session-cookie";
import { db } from "@/lib/db";
import { addComment, reportProblem, resolveComment } from "@/lib/review/comments";
import { revertToRevision, saveNote, saveText, type SaveOutcome } from "@/lib/review/edit-paragraph";
import type { Outcome } from "@/lib/review/outcome";
import { approvePair, sendBack } from "@/lib/review/review-decision";

// The review workspace's writes. Each asks who is calling (the session cookie) and
// hands the input, unparsed, to lib/review, which checks the role, validates with zod
// and writes in one transaction. Whatever readers see is then rendered afresh.

/** After a change readers may see: every cached page is rendered afresh on its next request. */
function publish<T extends Outcome>(outcome: T): T {
  if (outcome.ok) revalidatePath("/", "layout");
  return outcome;
}

/** After a change only the team sees: the workspace the caller is on is re-rendered. */
function refreshWorkspace<T extends Outcome>(outcome: T): T {
  if (outcome.ok) refresh();
  return outcome;
}

export async function saveTextAction(input: unknown): Promise<SaveOutcome> {
  return publish(await saveText(db, await currentUser(), input));
}

export async function saveNoteAction(input: unknown): Promise<SaveOutcome> {
  return publish(await saveNote(db, await currentUser(), input));
}

export async function revertAction(input: unknown): Promise<SaveOutcome> {
  return publish(await revertToRevision(db, await currentUser(), input));
}

export async function approveAction(input: unknown): Promise<Outcome> {
  return publish(await approvePair(db, await currentUser(), input));
}

export async function sendBackAction(input: unknown): Promise<Outcome> {
  return publish(await sendBack(db, await currentUser(), input));
}

export async function addCommentAction(input: unknown): Promise<Outcome> {
  return refreshWorkspace(await addComment(db, await currentUser(), input));
}

export async function resolveCommentAction(input: unknown): Promise<Outcome> {
  return refreshWorkspace(await resolveComment(db, await currentUser(), input));
}

/** The reader's "report a problem" form; works without JavaScript (useActionState). */
export async function reportAction(_previous: Outcome | null, form: FormData): Promise<Outcome> {
  const address = (await headers()).get("x-forwarded-for")?.split(",")[0]?.trim() || "unknown";
  return reportProblem(db, address, { slug: form.get("slug"), position: form.get("position"), body: form.get("body") });
}
