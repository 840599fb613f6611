"use client";

import { useTranslations } from "next-intl";
import { errorDigest } from "@/components/errors/error-details";
import { Link } from "@/i18n/navigation";

/**
 * What a reader sees when a page fails unexpectedly, inside the site's layout and in its
 * language: what happened, a way to try again and a way home. Never the error's message
 * or stack; the reference lets the team find the error in the server's log.
 */
export default function ErrorPage({ error, retry }: { error: unknown; retry: () => void }) {
  const t = useTranslations("Errors");
  const layout = useTranslations("Layout");
  const digest = errorDigest(error);
  return (
    <div className="error-page">
      {/* The page's own metadata failed with it; React puts this title in the head. */}
      <title>{`${t("title")} · ${layout("siteName")}`}</title>
      <h1>{t("title")}</h1>
      <p>{t("description")}</p>
      {digest ? <p className="error-reference">{t("reference", { digest })}</p> : null}
      <p className="error-actions">
        {/* Fetches the page from the server again: a server error may have been passing. */}
        <button type="button" onClick={retry}>
          {t("tryAgain")}
        </button>{" "}
        <Link href="/">{t("backToLibrary")}</Link>
      </p>
    </div>
  );
}
