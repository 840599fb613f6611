"use client";

import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { useTypedEarly } from "@/components/typed-early";
import { MAX_COMMENT_LENGTH } from "@/lib/core/limits";
import { addCommentAction } from "./actions";
import { answerOf, useRefusalMessage } from "./refusal-message";

export function CommentForm({ paragraphId }: { paragraphId: number }) {
  const t = useTranslations("Comments");
  const refusal = useRefusalMessage();
  const [body, setBody] = useState("");
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);
  const [pending, startTransition] = useTransition();
  const formId = `comment-${paragraphId}-form`;
  useTypedEarly(formId, (_, typed) => setBody(typed));
  const submit = () =>
    startTransition(async () => {
      const outcome = await answerOf(addCommentAction({ paragraphId, body }));
      if (!outcome.ok) return setMessage({ error: true, text: refusal(outcome) });
      setBody("");
      setMessage({ error: false, text: t("added") });
    });
  return (
    <form
      id={formId}
      className="comment-form"
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <label>
        <span>{t("addLabel")}</span>
        <textarea name="body" value={body} onChange={(event) => setBody(event.target.value)} rows={3} maxLength={MAX_COMMENT_LENGTH} />
      </label>
      <button type="submit" disabled={pending}>
        {t("submit")}
      </button>
      <p role="status" className={message?.error ? "review-message error" : "review-message"}>
        {message?.text}
      </p>
    </form>
  );
}
