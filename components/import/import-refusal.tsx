"use client";

import { useFormatter, useTranslations } from "next-intl";
import { megabytes, type UploadTooLarge } from "./upload-limit";
import type { ImportOutcome } from "@/lib/import/import-form";

type Refused = Extract<ImportOutcome, { ok: false }> | UploadTooLarge;

// Codes whose general message cannot carry the specifics (which unit, which field,
// how far apart the lengths are): the importer's own account follows it.
const WITH_DETAIL = new Set([
  "unalignable",
  "invalid-metadata",
  "unsupported-format",
  "not-xml",
  "unsafe-xml",
  "wrong-root",
  "missing-language",
  "missing-target",
  "invalid-unit",
  "invalid-csv",
  "invisible-characters",
]);

/** Why nothing was stored, naming the file and the problem. */
export function ImportRefusal({ id, outcome }: { id: string; outcome: Refused }) {
  const t = useTranslations("Import");
  const format = useFormatter();
  let message: string;
  let detail: string | null = null;
  switch (outcome.error) {
    case "invalid-field":
      message = t(`errors.invalid-field.${outcome.field}`);
      break;
    case "refused": {
      const name = outcome.fileName;
      const file =
        name === null ? t("files.none") : outcome.language ? t(`files.${outcome.language}`, { name }) : t("files.exchange", { name });
      message = t(`errors.codes.${outcome.code}`, { file });
      if (WITH_DETAIL.has(outcome.code)) detail = outcome.detail;
      break;
    }
    case "upload-too-large":
      message = t("errors.upload-too-large", {
        megabytes: format.number(megabytes(outcome.bytes), { minimumFractionDigits: 1, maximumFractionDigits: 1 }),
      });
      break;
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
