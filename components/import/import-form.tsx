"use client";

import { useLocale, useTranslations } from "next-intl";
import { useActionState, useEffect, useState, type FormEvent, type InputHTMLAttributes } from "react";
import { importAction } from "./actions";
import { CheckField, FileField } from "./file-field";
import { ImportRefusal } from "./import-refusal";
import { ImportSummary } from "./import-summary";
import { UPLOAD_LIMIT_BYTES, uploadBytes, uploadTooLarge, type UploadTooLarge } from "./upload-limit";
import { MAX_PARTIAL_DATE_LENGTH, PARTIAL_DATE_FORM_PATTERN } from "@/lib/core/dates";
import { MAX_SOURCE_NAME_LENGTH, MAX_TITLE_LENGTH, MAX_URL_LENGTH } from "@/lib/core/limits";
import { MAX_SLUG_LENGTH, SLUG_PATTERN } from "@/lib/core/slug";
import type { ImportOutcome } from "@/lib/import/import-form";
import "./import.css";

/**
 * Works without JavaScript too: a multipart POST to the server action. `refused` is the
 * refusal of an upload over the limit that the server sent back to this page (see
 * upload-limit.ts); with JavaScript such files are refused before they are sent.
 */
export function ImportForm({ refused }: { refused: UploadTooLarge | null }) {
  const t = useTranslations("Import");
  const [outcome, action, pending] = useActionState<ImportOutcome | null, FormData>(importAction, null);
  const [tooLarge, setTooLarge] = useState<UploadTooLarge | null>(null);
  // Names this form's import when asking the server how far it has got.
  const [token] = useState(() => crypto.randomUUID());
  const progress = useImportProgress(token, pending);
  // The newest first: files refused here, the action's outcome, the server's refusal.
  const shown = tooLarge ?? outcome ?? refused;

  function refuseOversizedFiles(event: FormEvent<HTMLFormElement>) {
    const bytes = uploadBytes(new FormData(event.currentTarget));
    // A prevented submit does not run the action.
    if (bytes > UPLOAD_LIMIT_BYTES) event.preventDefault();
    setTooLarge(bytes > UPLOAD_LIMIT_BYTES ? uploadTooLarge(bytes) : null);
  }

  return (
    <>
      <div aria-live="polite">{shown?.ok ? <ImportSummary result={shown.result} /> : null}</div>
      <form
        action={action}
        onSubmit={refuseOversizedFiles}
        className="import-form"
        aria-describedby={shown && !shown.ok ? "import-refusal" : undefined}
      >
        {shown && !shown.ok ? <ImportRefusal id="import-refusal" outcome={shown} /> : null}
        <FileField
          id="import-italian"
          name="italian"
          label={t("italianLabel")}
          hint={t("italianHint")}
          required
          accept=".txt,.md,.markdown,.tmx,.xlf,.xliff,.tbx,.csv,text/plain,text/markdown"
        />
        <FileField
          id="import-english"
          name="english"
          label={t("englishLabel")}
          hint={t("englishHint")}
          accept=".txt,.md,.markdown,text/plain,text/markdown"
        />
        <fieldset className="import-details">
          <legend>{t("detailsLegend")}</legend>
          <Field name="slug" label={t("slugLabel")} hint={t("slugHint")} maxLength={MAX_SLUG_LENGTH} pattern={SLUG_PATTERN} />
          <Field name="titleEn" label={t("titleEnLabel")} maxLength={MAX_TITLE_LENGTH} lang="en" />
          <Field name="source" label={t("sourceLabel")} hint={t("sourceHint")} maxLength={MAX_SOURCE_NAME_LENGTH} />
          <Field name="url" label={t("urlLabel")} type="url" maxLength={MAX_URL_LENGTH} />
          <Field
            name="published"
            label={t("publishedLabel")}
            hint={t("publishedHint")}
            maxLength={MAX_PARTIAL_DATE_LENGTH}
            pattern={PARTIAL_DATE_FORM_PATTERN}
          />
          <CheckField id="import-publish" name="publish" label={t("publishLabel")} hint={t("publishHint")} />
          <CheckField id="import-strip" name="stripInvisible" label={t("stripLabel")} hint={t("stripHint")} />
        </fieldset>
        <p className="import-hint">{t("sizeNote")}</p>
        <input type="hidden" name="progress" value={token} />
        <button type="submit" disabled={pending}>
          {pending ? t("submitting") : t("submit")}
        </button>
        {pending ? (
          <div className="import-progress" role="status">
            {progress ? (
              <>
                <progress max={progress.total} value={progress.stored} aria-label={t("progressLabel")} />
                <span>{t("progressStored", progress)}</span>
              </>
            ) : (
              <span>{t("progressReading")}</span>
            )}
          </div>
        ) : null}
      </form>
    </>
  );
}

/** While the import runs, what the server says of it every half second: paragraphs stored of the total, or null while it reads and aligns. */
function useImportProgress(token: string, running: boolean) {
  const locale = useLocale();
  const [progress, setProgress] = useState<{ stored: number; total: number } | null>(null);
  useEffect(() => {
    if (!running) return;
    let stopped = false;
    const ask = async () => {
      try {
        const response = await fetch(`/${locale}/import/progress/${token}`, { cache: "no-store" });
        const answer = response.ok ? ((await response.json()) as { stored: number | null; total?: number }) : null;
        if (!stopped) setProgress(answer?.stored != null && answer.total ? { stored: answer.stored, total: answer.total } : null);
      } catch {
        // The next tick asks again.
      }
    };
    const timer = setInterval(ask, 500);
    return () => {
      stopped = true;
      clearInterval(timer);
      setProgress(null);
    };
  }, [locale, running, token]);
  return progress;
}

function Field({ name, label, hint, ...input }: { name: string; label: string; hint?: string } & InputHTMLAttributes<HTMLInputElement>) {
  const id = `import-${name}`;
  return (
    <div className="import-field">
      <label htmlFor={id}>{label}</label>
      <input id={id} name={name} {...input} aria-describedby={hint ? `${id}-hint` : undefined} />
      {hint ? (
        <p id={`${id}-hint`} className="import-hint">
          {hint}
        </p>
      ) : null}
    </div>
  );
}
