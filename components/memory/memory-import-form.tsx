"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import type { MemoryImportOutcome } from "@/lib/memory/memory-store";
import { CheckField, FileField, FileRefusal } from "@/components/import/file-field";
import { importMemoryAction } from "./actions";

/** Bring a TMX in as a translation memory; the outcome above the form says what came in or why nothing did. */
export function MemoryImportForm() {
  const t = useTranslations("Memory");
  const [outcome, action, pending] = useActionState<MemoryImportOutcome | null, FormData>(importMemoryAction, null);
  return (
    <form action={action} className="import-form memory-import" aria-describedby={outcome ? "memory-outcome" : undefined}>
      <div aria-live="polite" id="memory-outcome">
        {outcome?.ok ? (
          <p className="import-summary" role="status">
            {t("imported", { name: outcome.name, units: outcome.units, skipped: outcome.skipped })}
          </p>
        ) : outcome ? (
          <FileRefusal
            message={outcome.error === "name-taken" ? t("errors.name-taken", { name: outcome.name }) : t(`errors.${outcome.error}`)}
            detail={outcome.error === "refused" ? outcome.detail : undefined}
          />
        ) : null}
      </div>
      <FileField id="memory-file" name="file" label={t("fileLabel")} hint={t("fileHint")} required accept=".tmx" />
      <div className="import-field">
        <label htmlFor="memory-name">{t("nameLabel")}</label>
        <input id="memory-name" name="name" maxLength={120} aria-describedby="memory-name-hint" />
        <p id="memory-name-hint" className="import-hint">
          {t("nameHint")}
        </p>
      </div>
      <CheckField id="memory-strip" name="stripInvisible" label={t("stripLabel")} />
      <button type="submit" disabled={pending}>
        {pending ? t("importing") : t("import")}
      </button>
    </form>
  );
}
