"use client";

import { useLocale, useTranslations } from "next-intl";
import type { UpdateOutcome } from "@/lib/exchange/update-form";
import type { PreviewRow, UpdatePreview } from "@/lib/exchange/update-text";
import type { ReviewStatus } from "@/lib/generated/prisma/enums";
import { CheckField, FileField, FileRefusal } from "@/components/import/file-field";
import { DiffText, diffMarkers } from "@/components/review/diff-text";
import { Link } from "@/i18n/navigation";
import { updateAction } from "./update-actions";
import { megabytes, UPLOAD_LIMIT_BYTES } from "../import/upload-limit";
import { usePreviewApply } from "./use-preview-apply";
import "../import/import.css";
import "./exchange.css";

type StatusNames = Record<ReviewStatus, string>;

/**
 * Bring a translated file back: choose it, preview, apply. With JavaScript the file stays
 * chosen between the preview and the applying (the form is sent by hand, not reset);
 * without, the form posts to the same action and the file is chosen again to apply.
 */
export function UpdateForm({ slug, statusNames }: { slug: string; statusNames: StatusNames }) {
  const t = useTranslations("Update");
  const { outcome, action, pending, intent, tooLarge, send } = usePreviewApply<UpdateOutcome>(updateAction);
  const preview = outcome?.ok ? outcome.preview : outcome && "preview" in outcome ? outcome.preview : null;
  // A preview can be applied as it came, or as a refused apply showed it anew.
  const applicable = outcome?.ok ? !outcome.applied : outcome?.error === "changed-since-preview";

  return (
    <>
      <form
        action={action}
        onSubmit={send}
        className="import-form update-form"
        aria-describedby={tooLarge !== null || (outcome && !outcome.ok) ? "update-refusal" : undefined}
      >
        <input type="hidden" name="slug" value={slug} />
        <FileField id="update-file" name="file" label={t("fileLabel")} hint={t("fileHint")} required accept=".xlf,.xliff,.tmx" />
        <CheckField id="update-stripInvisible" name="stripInvisible" label={t("stripLabel")} hint={t("stripHint")} />
        <CheckField id="update-overwrite" name="overwrite" label={t("overwriteLabel")} hint={t("overwriteHint")} />
        {preview && applicable ? <input type="hidden" name="expect" value={preview.token} /> : null}
        <div className="update-buttons">
          <button type="submit" name="intent" value="preview" disabled={pending}>
            {pending && intent === "preview" ? t("previewing") : t("preview")}
          </button>
          {preview && applicable ? (
            <button type="submit" name="intent" value="apply" disabled={pending || preview.counts.changed + preview.counts.conflict === 0}>
              {pending && intent === "apply" ? t("applying") : t("apply", { count: preview.counts.changed + preview.counts.conflict })}
            </button>
          ) : null}
        </div>
      </form>
      <div aria-live="polite">
        {tooLarge !== null ? (
          <FileRefusal
            id="update-refusal"
            message={t("errors.too-large", { megabytes: megabytes(tooLarge), limit: megabytes(UPLOAD_LIMIT_BYTES) })}
          />
        ) : outcome && !outcome.ok ? (
          <Refusal outcome={outcome} />
        ) : null}
        {outcome?.ok && outcome.applied ? (
          <div className="import-summary" role="status">
            <p>{t("applied", { count: outcome.written })}</p>
            {outcome.conflictsSkipped ? <p>{t("conflictsSkipped", { count: outcome.conflictsSkipped })}</p> : null}
            {outcome.published ? <p>{t("published", { count: outcome.published })}</p> : null}
          </div>
        ) : null}
      </div>
      {/* Outside the live region: a list of hundreds of units is for reading, not for announcing. */}
      {preview && !(outcome?.ok && outcome.applied) ? <PreviewList slug={slug} preview={preview} statusNames={statusNames} /> : null}
    </>
  );
}

function Refusal({ outcome }: { outcome: Extract<UpdateOutcome, { ok: false }> }) {
  const t = useTranslations("Update");
  return (
    <FileRefusal
      id="update-refusal"
      message={t(`errors.${outcome.error}`)}
      detail={outcome.error === "refused" ? outcome.detail : undefined}
    />
  );
}

const KINDS = ["conflict", "changed", "unmatched"] as const;

function PreviewList({ slug, preview, statusNames }: { slug: string; preview: UpdatePreview; statusNames: StatusNames }) {
  const t = useTranslations("Update");
  const { counts } = preview;
  return (
    <section className="update-preview" aria-labelledby="update-preview-heading">
      <h2 id="update-preview-heading">{t("summaryHeading")}</h2>
      <p>{t("summary", { units: preview.units, file: preview.fileName, ...counts })}</p>
      {preview.untouched ? <p>{t("untouched", { count: preview.untouched })}</p> : null}
      {preview.unversioned ? <p>{t("unversioned", { count: preview.unversioned })}</p> : null}
      {preview.held ? <p>{t("held", { count: preview.held })}</p> : null}
      {KINDS.map((kind) => {
        const rows = preview.rows.filter((row) => row.kind === kind);
        if (rows.length === 0) return null;
        return (
          <section key={kind} className={`update-kind update-${kind}`} aria-labelledby={`update-${kind}`}>
            <h3 id={`update-${kind}`}>
              {t(`kinds.${kind}`)} ({counts[kind]})
            </h3>
            <ol className="update-rows">
              {rows.map((row, index) => (
                <UnitRow key={index} slug={slug} row={row} statusNames={statusNames} />
              ))}
            </ol>
            {counts[kind] > rows.length ? <p>{t("more", { count: counts[kind] - rows.length })}</p> : null}
          </section>
        );
      })}
    </section>
  );
}

function UnitRow({ slug, row, statusNames }: { slug: string; row: PreviewRow; statusNames: StatusNames }) {
  const t = useTranslations("Update");
  const markers = diffMarkers(useTranslations("History"), useLocale());
  return (
    <li className="update-row">
      <p className="update-where">
        <strong>
          {row.position !== null && row.kind !== "unmatched" ? (
            <Link href={`/texts/${slug}/review/${row.position}`} prefetch={false}>
              {t("paragraph", { number: row.position })}
            </Link>
          ) : (
            t("noParagraph")
          )}
        </strong>{" "}
        <span className="import-hint">
          {row.unitId ? t("unitWithId", { number: row.unit, id: row.unitId }) : t("unit", { number: row.unit })}
        </span>
        {row.matchedBy === "source" ? <span className="import-hint"> · {t("matchedBySource")}</span> : null}
      </p>
      <p lang="it" className="update-italian">
        {row.textIt}
      </p>
      {row.diff ? <DiffText parts={row.diff} markers={markers} language="en" className="diff-text" /> : <p lang="en">{row.after}</p>}
      {row.statusBefore && row.statusAfter && row.statusBefore !== row.statusAfter ? (
        <p className="import-hint">{t("statusChange", { before: statusNames[row.statusBefore], after: statusNames[row.statusAfter] })}</p>
      ) : null}
      {row.noteChanged ? <p className="import-hint">{t("noteChanged")}</p> : null}
      {row.held ? <p className="import-hint">{t("heldNote")}</p> : null}
    </li>
  );
}
