"use client";

import { useTranslations } from "next-intl";
import type { ImportOutcome } from "@/lib/import/import-form";

type Refused = Extract<ImportOutcome, { ok: false }>;

// Codes whose general message cannot carry the specifics (which unit, which field,
// how far apart the lengths are): the importer's own account follows it.
const WITH_DETAIL = new Set(["unalignable", "invalid-metadata", "unsupported-format", "not-xml", "unsafe-xml", "wrong-root", "missing-language", "missing-target", "invalid-unit", "invalid-csv"]);

/** Why nothing was stored, naming the file and the problem. */
export function ImportRefusal({ id, outcome }: { id: string; outcome: Refused }) {
  const t = useTranslations("Import");
  let message: string;
  let detail: string | null = null;
  switch (outcome.error) {
    case "invalid-field":
      message = t(`errors.invalid-field.${outcome.field}`);
      break;
    case "refused": {
      const name = outcome.fileName;
      const file = name === null ? t("files.none") : outcome.language ? t(`files.${outcome.language}`, { name }) : t("files.exchange", { name });
      message = t(`errors.codes.${outcome.code}`, { file });
      if (WITH_DETAIL.has(outcome.code)) detail = outcome.detail;
      break;
    }
    default:
      message = t(`errors.${outcome.error}`);
  }
  return (
    <div id={id} role="alert" className="import-refusal">
      <p className="form-error">{message}</p>
      {detail ? (
        <p className="import-detail" lang="en">
          {t("errors.detail", { detail })}
        </p>
      ) : null}
    </div>
  );
}
