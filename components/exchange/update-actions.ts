"use server";

import { perform } from "@/lib/actions/perform";
import { updateTextFromFile, type UpdateOutcome } from "@/lib/exchange/update-form";

/**
 * The update page's form: a preview of what the file would change, then (with the
 * preview's token) the change. lib/exchange checks the role again and writes all or nothing.
 */
export async function updateAction(_previous: UpdateOutcome | null, form: FormData): Promise<UpdateOutcome> {
  return perform(updateTextFromFile, form);
}
