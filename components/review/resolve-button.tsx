"use client";

import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { resolveCommentAction } from "./actions";
import { answerOf, useRefusalMessage } from "./refusal-message";

export function ResolveButton({ commentId, resolved }: { commentId: number; resolved: boolean }) {
  const t = useTranslations("Comments");
  const refusal = useRefusalMessage();
  const [error, setError] = useState("");
  const [pending, startTransition] = useTransition();
  const toggle = () =>
    startTransition(async () => {
      const outcome = await answerOf(resolveCommentAction({ commentId, resolved: !resolved }));
      setError(outcome.ok ? "" : refusal(outcome));
    });
  return (
    <>
      <button type="button" className="resolve" onClick={toggle} disabled={pending}>
        {resolved ? t("reopen") : t("resolve")}
      </button>
      {error ? <span role="alert">{error}</span> : null}
    </>
  );
}
