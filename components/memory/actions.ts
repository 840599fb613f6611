"use server";

import { getLocale } from "next-intl/server";
import { redirect } from "@/i18n/navigation";
import { perform } from "@/lib/actions/perform";
import { importMemory, removeMemory, type MemoryImportOutcome } from "@/lib/memory/memory-store";

/** The memory page's import form: a TMX brought in as a memory, all or nothing (lib/memory/memory-store.ts). */
export async function importMemoryAction(_previous: MemoryImportOutcome | null, form: FormData): Promise<MemoryImportOutcome> {
  return perform(importMemory, form, { refreshPage: true });
}

/** Removes a memory (works without JavaScript): back to the page, which says so. */
export async function removeMemoryAction(form: FormData): Promise<void> {
  const answer = await perform(removeMemory, form);
  redirect({ href: `/memory?${new URLSearchParams(answer.ok ? { removed: "1" } : { error: answer.error })}`, locale: await getLocale() });
}
