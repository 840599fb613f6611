import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import type { DocumentSummary } from "@/lib/library";
import { PartialDate } from "./partial-date";

export async function DocumentCard({ document }: { document: DocumentSummary }) {
  const t = await getTranslations("Library");
  const reviewed = document.paragraphCount ? document.approvedCount / document.paragraphCount : 0;
  return (
    <article className="document-card" aria-labelledby={`title-${document.slug}`}>
      <h2 id={`title-${document.slug}`}>
        <Link href={`/texts/${document.slug}`}>
          <span lang="it">{document.titleIt}</span>
        </Link>
      </h2>
      {document.titleEn ? (
        <p className="title-translation" lang="en">
          {document.titleEn}
        </p>
      ) : null}
      <p className="meta">
        {t("source", { source: document.sourceName })}
        {document.publishedOn ? (
          <>
            {" · "}
            {t("published")} <PartialDate value={document.publishedOn} />
          </>
        ) : null}
      </p>
      <p className="progress">{t("progress", { paragraphs: document.paragraphCount, reviewed })}</p>
      <Link href={`/texts/${document.slug}`} className="read-link" aria-describedby={`title-${document.slug}`}>
        {t("read")}
      </Link>
    </article>
  );
}
