import { getLocale, getTranslations } from "next-intl/server";
import { DocumentTitles } from "./document-titles";
import { Link } from "@/i18n/navigation";
import type { DocumentInfo } from "@/lib/library";
import { documentPath } from "@/lib/seo/urls";
import { DocumentMeta } from "./document-meta";
import "./reader/reader.css";

export async function DocumentHeader({ document }: { document: DocumentInfo }) {
  const [t, print, locale] = await Promise.all([getTranslations("Document"), getTranslations("Print"), getLocale()]);
  return (
    <header className="document-header">
      <p>
        <Link href="/">{t("backToLibrary")}</Link>
      </p>
      <DocumentTitles titleIt={document.titleIt} titleEn={document.titleEn} />
      {/* Folded, so that on a phone the text begins on the first screen. */}
      <details className="document-details">
        <summary>{t("about")}</summary>
        <DocumentMeta document={document} markTerms>
          <dt>{t("originalTitle")}</dt>
          <dd lang={document.originalLanguage}>{document.originalTitle}</dd>
        </DocumentMeta>
        <nav aria-label={print("actionsLabel")} className="document-actions">
          {/* A whole load: the edition streams its pairs as HTML, which a client navigation would not bring. */}
          <a href={`/${locale}${documentPath(document.slug)}/print`}>{print("printableEdition")}</a>
          {/* Files, not pages: plain links that the browser saves. */}
          <a href={`/${locale}${documentPath(document.slug)}/download/md`} download>
            {print("downloadMarkdown")}
          </a>
          <a href={`/${locale}${documentPath(document.slug)}/download/epub`} download>
            {print("downloadEpub")}
          </a>
          <a href={`/${locale}${documentPath(document.slug)}/download/tmx`} download>
            {print("downloadTmx")}
          </a>
        </nav>
      </details>
    </header>
  );
}
