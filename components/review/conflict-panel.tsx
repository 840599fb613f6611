"use client";

import { useTranslations } from "next-intl";
import { useId } from "react";

export interface Conflict {
  /** Which field the newer text belongs to. */
  side: "it" | "en" | "note";
  /** The text someone else saved, and the version it made. */
  theirs: string;
  version: number;
}

/** The newer text beside the user's own (still in its field above), and the two ways on. */
export function ConflictPanel({
  conflict,
  pending,
  onTakeTheirs,
  onSaveMine,
}: {
  conflict: Conflict;
  pending: boolean;
  onTakeTheirs: () => void;
  onSaveMine: () => void;
}) {
  const t = useTranslations("Review.conflict");
  const headingId = useId();
  return (
    <section className="conflict" aria-labelledby={headingId}>
      <h3 id={headingId}>{t("heading", { version: conflict.version })}</h3>
      <p>{t("explain")}</p>
      <figure>
        <figcaption>{t("theirs")}</figcaption>
        <blockquote lang={conflict.side === "it" ? "it" : "en"} className="conflict-theirs">
          {conflict.theirs || t("empty")}
        </blockquote>
      </figure>
      <div className="review-actions">
        <button type="button" onClick={onTakeTheirs} disabled={pending}>
          {t("takeTheirs")}
        </button>
        <button type="button" onClick={onSaveMine} disabled={pending}>
          {t("saveMine", { version: conflict.version })}
        </button>
      </div>
    </section>
  );
}
