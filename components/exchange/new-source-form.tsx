"use client";

import { useLocale, useTranslations } from "next-intl";
import type { NewSourceOutcome } from "@/lib/import/new-source-form";
import type { SourcePreview, SourceRow } from "@/lib/import/new-source";
import { DiffText, diffMarkers } from "@/components/review/diff-text";
import { Link } from "@/i18n/navigation";
import { CheckField, FileField, FileRefusal } from "@/components/import/file-field";
import { newSourceAction } from "./new-source-actions";
import { megabytes, UPLOAD_LIMIT_BYTES } from "../import/upload-limit";
import { usePreviewApply } from "./use-preview-apply";
import "../import/import.css";
import "./exchange.css";

/**
 * Bring a new version of the Italian in: choose it, preview, apply. With JavaScript the
 * file stays chosen between the preview and the applying (the form is sent by hand, not
 * reset); without, the form posts to the same action and the file is chosen again.
 */
export function NewSourceForm({ slug }: { slug: string }) {
  const t = useTranslations("NewSource");
  const { outcome, action, pending, intent, tooLarge, send } = usePreviewApply<NewSourceOutcome>(newSourceAction);
  const preview = outcome?.ok ? outcome.preview : outcome && "preview" in outcome ? outcome.preview : null;
  const applicable = outcome?.ok ? !outcome.applied : outcome?.error === "changed-since-preview";
  const changes = preview ? preview.rows.length + Number(preview.titleAfter !== preview.titleBefore) : 0;

  return (
    <>
      <form
        action={action}
        onSubmit={send}
        className="import-form update-form"
        aria-describedby={tooLarge !== null || (outcome && !outcome.ok) ? "source-refusal" : undefined}
      >
        <input type="hidden" name="slug" value={slug} />
        <FileField id="source-file" name="file" label={t("fileLabel")} hint={t("fileHint")} required accept=".txt,.md,.markdown" />
        <CheckField id="source-strip" name="stripInvisible" label={t("stripLabel")} hint={t("stripHint")} />
        {preview && applicable ? <input type="hidden" name="expect" value={preview.token} /> : null}
        <div className="update-buttons">
          <button type="submit" name="intent" value="preview" disabled={pending}>
            {pending && intent === "preview" ? t("previewing") : t("preview")}
          </button>
          {preview && applicable ? (
            <button type="submit" name="intent" value="apply" disabled={pending || changes === 0}>
              {pending && intent === "apply" ? t("applying") : t("apply")}
            </button>
          ) : null}
        </div>
      </form>
      <div aria-live="polite">
        {tooLarge !== null ? (
          <FileRefusal
            id="source-refusal"
            message={t("errors.too-large", { megabytes: megabytes(tooLarge), limit: megabytes(UPLOAD_LIMIT_BYTES) })}
          />
        ) : outcome && !outcome.ok ? (
          <FileRefusal
            id="source-refusal"
            message={t(`errors.${outcome.error}`)}
            detail={outcome.error === "refused" ? outcome.detail : undefined}
          />
        ) : null}
        {outcome?.ok && outcome.applied ? (
          <div className="import-summary" role="status">
            <p>{t("applied", { count: outcome.pairs })}</p>
            <p>{t("stale", { count: outcome.preview.stale })}</p>
          </div>
        ) : null}
      </div>
      {/* Outside the live region: a list of hundreds of paragraphs is for reading, not for announcing. */}
      {preview && !(outcome?.ok && outcome.applied) ? <PreviewList slug={slug} preview={preview} /> : null}
    </>
  );
}

const KINDS = ["changed", "split", "joined", "added", "removed"] as const;

function PreviewList({ slug, preview }: { slug: string; preview: SourcePreview }) {
  const t = useTranslations("NewSource");
  const { counts } = preview;
  const listed = preview.rows.length;
  const total = counts.changed + counts.split + counts.joined + counts.added + counts.removed;
  return (
    <section className="update-preview" aria-labelledby="source-preview-heading">
      <h2 id="source-preview-heading">{t("summaryHeading")}</h2>
      <p>{t("summary", { file: preview.fileName, ...counts })}</p>
      {preview.titleAfter !== preview.titleBefore ? <p>{t("title", { before: preview.titleBefore, after: preview.titleAfter })}</p> : null}
      {total === 0 && preview.titleAfter === preview.titleBefore ? <p>{t("nothing")}</p> : null}
      {total > 0 ? <p>{t("stale", { count: preview.stale })}</p> : null}
      {preview.dropped ? <p>{t("dropped", { count: preview.dropped })}</p> : null}
      {preview.commentsDropped ? <p>{t("commentsDropped", { count: preview.commentsDropped })}</p> : null}
      {KINDS.map((kind) => {
        const rows = preview.rows.filter((row) => row.kind === kind);
        if (rows.length === 0) return null;
        return (
          <section key={kind} className={`update-kind source-${kind}`} aria-labelledby={`source-${kind}`}>
            <h3 id={`source-${kind}`}>
              {t(`kinds.${kind}`)} ({counts[kind]})
            </h3>
            <ol className="update-rows">
              {rows.map((row, index) => (
                <ChangeRow key={index} slug={slug} row={row} />
              ))}
            </ol>
          </section>
        );
      })}
      {total > listed ? <p>{t("more", { count: total - listed })}</p> : null}
    </section>
  );
}

function ChangeRow({ slug, row }: { slug: string; row: SourceRow }) {
  const t = useTranslations("NewSource");
  const markers = diffMarkers(useTranslations("History"), useLocale());
  return (
    <li className="update-row">
      <p className="update-where">
        <strong>
          {row.position !== null ? (
            <Link href={`/texts/${slug}/review/${row.position}`} prefetch={false}>
              {t("paragraph", { number: row.position })}
            </Link>
          ) : (
            t("newParagraph", { number: row.newPosition ?? 0 })
          )}
        </strong>
        {row.position !== null && row.newPosition !== null && row.newPosition !== row.position ? (
          <span className="import-hint"> {t("becomes", { number: row.newPosition })}</span>
        ) : null}
      </p>
      <DiffText parts={row.diff} markers={markers} language="it" className="diff-text" />
      {row.english ? (
        <>
          <p className="import-hint">{row.kind === "removed" ? t("droppedEnglish") : t("english")}</p>
          <p lang="en" className="update-english">
            {row.english}
          </p>
        </>
      ) : null}
    </li>
  );
}
