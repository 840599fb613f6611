import { getTranslations } from "next-intl/server";
import { DocumentTitles } from "@/components/document-titles";
import { PartialDate } from "@/components/partial-date";
import { Link } from "@/i18n/navigation";
import type { GlossaryEntry } from "@/lib/glossary";
import { usedTerms } from "@/lib/glossary/mark-paragraphs";
import type { LibraryDocument } from "@/lib/library";
import type { ReaderPairData } from "@/lib/reader/reader-pairs";
import type { ContentLanguage } from "@/lib/reader/reading-preferences";
import { GlossaryAppendix } from "./glossary-appendix";
import { PrintButton } from "./print-button";
import { PrintPair } from "./print-pair";
import "./print.css";

interface PrintEditionProps {
  document: LibraryDocument;
  pairs: readonly ReaderPairData[];
  terms: readonly GlossaryEntry[];
  first: ContentLanguage;
}

/** A text laid out for paper: titles and source, the pairs in two columns, the glossary appendix. */
export async function PrintEdition({ document, pairs, terms, first }: PrintEditionProps) {
  const [t, labels] = await Promise.all([getTranslations("Print"), getTranslations("Document")]);
  return (
    <article className="print-edition">
      <header className="print-header">
        <p className="print-kicker">{t("kicker")}</p>
        <DocumentTitles titleIt={document.titleIt} titleEn={document.titleEn} />
        <dl className="document-meta">
          <dt>{labels("source")}</dt>
          <dd>{document.sourceName}</dd>
          <dt>{labels("attribution")}</dt>
          <dd lang={document.originalLanguage}>{document.attribution}</dd>
          {document.publishedOn ? (
            <>
              <dt>{labels("published")}</dt>
              <dd>
                <PartialDate value={document.publishedOn} />
              </dd>
            </>
          ) : null}
          {document.sourceUrl ? (
            <>
              <dt>{t("sourceUrl")}</dt>
              <dd className="print-source-url">{document.sourceUrl}</dd>
            </>
          ) : null}
        </dl>
      </header>
      <div className="print-controls">
        <p id="print-instruction">{t("instruction")}</p>
        <PrintButton label={t("printButton")} />
        <Link href={`/texts/${document.slug}`} prefetch={false}>
          {t("backToReader")}
        </Link>
      </div>
      <section className="print-pairs" aria-label={t("columnsLabel")}>
        {pairs.map((pair) => (
          <PrintPair key={pair.position} pair={pair} first={first} />
        ))}
      </section>
      <GlossaryAppendix terms={terms} positions={termPositions(pairs)} />
    </article>
  );
}

/** Which pairs each glossary term occurs in, in either language. */
function termPositions(pairs: readonly ReaderPairData[]): Map<string, number[]> {
  const positions = new Map<string, number[]>();
  for (const pair of pairs) {
    for (const slug of usedTerms([pair.text.it, pair.text.en])) positions.set(slug, [...(positions.get(slug) ?? []), pair.position]);
  }
  return positions;
}
