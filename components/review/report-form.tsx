"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { MAX_COMMENT_LENGTH } from "@/lib/core/limits";
import { reportAction, type ReportState } from "./actions";
import { useRefusalMessage } from "./refusal-message";

/** Works without JavaScript too: a plain POST to the server action. */
export function ReportForm({ slug, position }: { slug: string; position: number }) {
  const t = useTranslations("Report");
  const refusal = useRefusalMessage();
  const [outcome, action, pending] = useActionState<ReportState | null, FormData>(reportAction, null);
  if (outcome?.ok)
    return (
      <p role="status" className="review-message">
        {t("sent")}
      </p>
    );
  return (
    <form action={action} className="report-form">
      {outcome && !outcome.ok ? (
        <p role="alert" className="form-error">
          {refusal(outcome)}
        </p>
      ) : null}
      <input type="hidden" name="slug" value={slug} />
      <input type="hidden" name="position" value={position} />
      <label>
        <span>{t("label")}</span>
        {/* A refused report keeps its text (the form is reset after each try), so the reader can correct it. */}
        <textarea name="body" required rows={5} maxLength={MAX_COMMENT_LENGTH} defaultValue={outcome?.body} />
      </label>
      <button type="submit" disabled={pending}>
        {t("submit")}
      </button>
    </form>
  );
}
