"use server";

import { perform } from "@/lib/actions/perform";
import { importFromForm, type ImportOutcome } from "@/lib/import/import-form";

/**
 * The import page's form; works without JavaScript (useActionState). lib/import
 * checks the role again and stores all or nothing; the new text's pages (or, for
 * glossary terms, every text's) are then rendered afresh.
 */
export async function importAction(_previous: ImportOutcome | null, form: FormData): Promise<ImportOutcome> {
  return perform(importFromForm, form);
}
