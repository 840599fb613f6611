"use server";

import { perform } from "@/lib/actions/perform";
import type { UNAVAILABLE } from "@/lib/core/outcome";
import { mergeWithNext, moveEnglish, splitPair, type AlignmentOutcome } from "@/lib/review/alignment";
import { realignRun } from "@/lib/review/realign";

// The workspace's alignment tools, as plain form posts (they work without JavaScript,
// through useActionState). Like actions.ts: lib/review/alignment checks the role,
// validates and writes in one transaction; the re-aligned text's pages are then
// rendered afresh.

/** What a form shows after a try; a refused split comes back with the reviewer's texts. */
export type AlignmentState = (AlignmentOutcome | typeof UNAVAILABLE) & { textIt?: string; textEn?: string };

export async function mergeAction(_previous: AlignmentState | null, form: FormData): Promise<AlignmentState> {
  return perform(mergeWithNext, Object.fromEntries(form));
}

export async function moveEnglishAction(_previous: AlignmentState | null, form: FormData): Promise<AlignmentState> {
  return perform(moveEnglish, Object.fromEntries(form));
}

export async function splitAction(_previous: AlignmentState | null, form: FormData): Promise<AlignmentState> {
  const outcome = await perform(splitPair, Object.fromEntries(form));
  const typed = (name: string) => (typeof form.get(name) === "string" ? String(form.get(name)) : "");
  return outcome.ok ? outcome : { ...outcome, textIt: typed("textIt"), textEn: typed("textEn") };
}

export async function realignAction(_previous: AlignmentState | null, form: FormData): Promise<AlignmentState> {
  return perform(realignRun, Object.fromEntries(form));
}
