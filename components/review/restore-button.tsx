"use client";

import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { revertAction } from "./actions";
import { answerOf, useRefusalMessage } from "./refusal-message";

/** Makes a revision's text the current one again, as a new revision. */
export function RestoreButton({ revisionId, baseVersion, isCurrent }: { revisionId: number; baseVersion: number; isCurrent: boolean }) {
  const t = useTranslations("History");
  const refusal = useRefusalMessage();
  const [message, setMessage] = useState("");
  const [pending, startTransition] = useTransition();
  const restore = () =>
    startTransition(async () => {
      const outcome = await answerOf(revertAction({ revisionId, baseVersion }));
      setMessage(outcome.ok ? t("restored", { id: revisionId }) : refusal(outcome));
    });
  return (
    <>
      <button
        type="button"
        onClick={restore}
        disabled={pending || isCurrent}
        aria-describedby={isCurrent ? `current-${revisionId}` : undefined}
      >
        {t("restore")}
      </button>{" "}
      {isCurrent ? (
        <span id={`current-${revisionId}`} className="history-current">
          {t("isCurrent")}
        </span>
      ) : null}{" "}
      <span role="status">{message}</span>
    </>
  );
}
