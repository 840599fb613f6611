import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import type { DocumentInfo } from "@/lib/library";
import { PartialDate } from "./partial-date";

/** A text's source, attribution and date, then what the page adds (`children`: more dt/dd). */
export async function DocumentMeta({ document, children }: { document: DocumentInfo; children?: ReactNode }) {
  const t = await getTranslations("Document");
  return (
    <dl className="document-meta">
      <dt>{t("source")}</dt>
      <dd>{document.sourceName}</dd>
      <dt>{t("attribution")}</dt>
      <dd lang={document.originalLanguage}>{document.attribution}</dd>
      {document.publishedOn ? (
        <>
          <dt>{t("published")}</dt>
          <dd>
            <PartialDate value={document.publishedOn} />
          </dd>
        </>
      ) : null}
      {children}
    </dl>
  );
}
