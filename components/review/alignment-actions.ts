"use server";

import { revalidatePath } from "next/cache";
import { currentUser } from "@/lib/auth/session-cookie";
import { db } from "@/lib/db";
import { mergeWithNext, moveEnglish, splitPair, type AlignmentOutcome } from "@/lib/review/alignment";
import { UNAVAILABLE } from "@/lib/review/outcome";

// The workspace's alignment tools, as plain form posts (they work without JavaScript,
// through useActionState). Like actions.ts: who is asking comes from the session
// cookie, lib/review/alignment checks the role, validates and writes in one
// transaction, and every cached page is rendered afresh after a change. (A "use server"
// module may export only async functions, so actions.ts's helpers are not shared.)

/** What a form shows after a try; a refused split comes back with the reviewer's texts. */
export type AlignmentState = (AlignmentOutcome | typeof UNAVAILABLE) & { textIt?: string; textEn?: string };

async function realign(mutation: typeof mergeWithNext, form: FormData): Promise<AlignmentState> {
  let outcome: AlignmentState;
  try {
    outcome = await mutation(db, await currentUser(), Object.fromEntries(form));
  } catch (error) {
    console.error("An alignment action failed:", error);
    outcome = UNAVAILABLE;
  }
  if (outcome.ok) revalidatePath("/", "layout");
  return outcome;
}

export async function mergeAction(_previous: AlignmentState | null, form: FormData): Promise<AlignmentState> {
  return realign(mergeWithNext, form);
}

export async function moveEnglishAction(_previous: AlignmentState | null, form: FormData): Promise<AlignmentState> {
  return realign(moveEnglish, form);
}

export async function splitAction(_previous: AlignmentState | null, form: FormData): Promise<AlignmentState> {
  const outcome = await realign(splitPair, form);
  const typed = (name: string) => (typeof form.get(name) === "string" ? String(form.get(name)) : "");
  return outcome.ok ? outcome : { ...outcome, textIt: typed("textIt"), textEn: typed("textEn") };
}
