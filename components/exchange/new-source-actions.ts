"use server";

import { perform } from "@/lib/actions/perform";
import { replaceSource, type NewSourceOutcome } from "@/lib/import/new-source-form";

/**
 * The new-version page's form: a preview of what the new Italian would change, then
 * (with the preview's token) the change. lib/import checks the role again and writes all or nothing.
 */
export async function newSourceAction(_previous: NewSourceOutcome | null, form: FormData): Promise<NewSourceOutcome> {
  return perform(replaceSource, form);
}
