"use server";

import { revalidatePath } from "next/cache";
import { currentUser } from "@/lib/auth/session-cookie";
import { db } from "@/lib/db";
import { importFromForm, type ImportOutcome } from "@/lib/import/import-form";

/**
 * The import page's form; works without JavaScript (useActionState). lib/import
 * checks the role again and stores all or nothing; a new text is then in the library.
 */
export async function importAction(_previous: ImportOutcome | null, form: FormData): Promise<ImportOutcome> {
  let outcome: ImportOutcome;
  try {
    outcome = await importFromForm(db, await currentUser(), form);
  } catch (error) {
    // The transaction has rolled back: say so instead of showing an error page.
    console.error("An import failed:", error);
    return { ok: false, status: 503, error: "unavailable" };
  }
  if (outcome.ok) revalidatePath("/", "layout");
  return outcome;
}
