import { getLocale, getTranslations } from "next-intl/server";
import { Suspense } from "react";
import { DocumentTitles } from "@/components/document-titles";
import { DocumentMeta } from "@/components/document-meta";
import { EditorNote } from "@/components/reader/editor-note";
import type { GlossaryMatchers } from "@/lib/glossary/mark-paragraphs";
import type { DocumentInfo } from "@/lib/library";
import type { ContentLanguage } from "@/lib/reader/reading-preferences";
import { documentPath } from "@/lib/seo/urls";
import { PrintButton } from "./print-button";
import { FIRST_PART, PrintAppendix, PrintParts, TermsFound } from "./print-parts";
import "./print.css";

interface PrintEditionProps {
  document: DocumentInfo;
  matchers: GlossaryMatchers;
  first: ContentLanguage;
}

/**
 * A text laid out for paper: titles and source, the pairs in two columns, the glossary
 * appendix. The pairs are read and sent part by part (./print-parts.tsx): a book's
 * first page arrives as soon as an article's.
 */
export async function PrintEdition({ document, matchers, first }: PrintEditionProps) {
  const [t, locale] = await Promise.all([getTranslations("Print"), getLocale()]);
  const found = new TermsFound();
  // Longer than its first part, the edition streams the rest (./print-parts.tsx).
  const streamed = document.pairCount > FIRST_PART;
  return (
    <article className="print-edition">
      {/* The title atop each printed page (app/[locale]/texts/[slug]/running-head.css). */}
      <link rel="stylesheet" media="print" href={`/${locale}/texts/${document.slug}/running-head.css`} />
      <header className="print-header">
        <p className="print-kicker">{t("kicker")}</p>
        <DocumentTitles titleIt={document.titleIt} titleEn={document.titleEn} />
        <DocumentMeta document={document}>
          {document.sourceUrl ? (
            <>
              <dt>{t("sourceUrl")}</dt>
              <dd className="print-source-url">{document.sourceUrl}</dd>
            </>
          ) : null}
        </DocumentMeta>
      </header>
      <div className="print-controls">
        <p id="print-instruction">{t("instruction")}</p>
        <PrintButton label={t("printButton")} />
        {/* A whole load: the reader's pairs come as HTML, which a client navigation would not bring. */}
        <a href={`/${locale}${documentPath(document.slug)}`}>{t("backToReader")}</a>
        {streamed ? (
          <noscript>
            <p className="print-no-script">{t("firstPartOnly", { count: FIRST_PART })}</p>
          </noscript>
        ) : null}
      </div>
      <section className="print-pairs" aria-label={t("columnsLabel")}>
        <PrintParts documentId={document.id} pairCount={document.pairCount} from={1} first={first} matchers={matchers} found={found} />
      </section>
      <EditorNote document={document} />
      {streamed ? (
        <Suspense fallback={null}>
          <PrintAppendix found={found} />
        </Suspense>
      ) : (
        <PrintAppendix found={found} />
      )}
    </article>
  );
}
