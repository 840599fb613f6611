import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { getGlossaryMatchers } from "@/lib/glossary";
import { markText } from "@/lib/glossary/mark-paragraphs";
import type { DocumentInfo } from "@/lib/library";
import { PartialDate } from "./partial-date";
import { ParagraphText } from "./reader/paragraph-text";

/**
 * A text's source, attribution and date, then what the page adds (`children`: more dt/dd).
 * With `markTerms`, the source's name links its glossary entry, as terms in the text do.
 */
export async function DocumentMeta({
  document,
  markTerms = false,
  children,
}: {
  document: DocumentInfo;
  markTerms?: boolean;
  children?: ReactNode;
}) {
  const [t, matchers] = await Promise.all([getTranslations("Document"), markTerms ? getGlossaryMatchers(document.slug) : null]);
  return (
    <dl className="document-meta">
      <dt>{t("source")}</dt>
      <dd>{matchers ? <ParagraphText segments={markText(matchers, "it", document.sourceName)} /> : document.sourceName}</dd>
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
