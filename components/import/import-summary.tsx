"use client";

import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import type { ImportResult } from "@/lib/import/import-file";

const KINDS = ["1:1", "1:2", "2:1", "1:0", "0:1"] as const;

/** What was stored, and the ways to it. */
export function ImportSummary({ result }: { result: ImportResult }) {
  const t = useTranslations("Import.summary");
  if (result.kind === "terms") {
    return (
      <section className="import-summary" aria-labelledby="import-summary-heading">
        <h2 id="import-summary-heading">{t("heading")}</h2>
        <p>{t("terms", { added: result.added, updated: result.updated, unchanged: result.unchanged })}</p>
        <p>
          <Link href="/glossary">{t("glossaryLink")}</Link>
        </p>
      </section>
    );
  }
  return (
    <section className="import-summary" aria-labelledby="import-summary-heading">
      <h2 id="import-summary-heading">{t("heading")}</h2>
      <p>
        {/* The Italian title is marked as Italian inside a sentence of either language. */}
        {t.rich("document", {
          title: result.titleIt,
          slug: result.slug,
          pairs: result.pairs,
          original: (title) => <span lang="it">{title}</span>,
        })}
      </p>
      <p>
        {result.pairedBy === "file"
          ? t("fromFile", { it: result.italianParagraphs, en: result.englishParagraphs ?? 0 })
          : result.englishParagraphs === null
            ? t("noEnglish", { it: result.italianParagraphs })
            : t("paragraphs", { it: result.italianParagraphs, en: result.englishParagraphs })}
      </p>
      {Object.keys(result.kinds).length ? (
        <>
          <h3>{t("kinds")}</h3>
          <ul className="import-kinds">
            {KINDS.map((kind) => (
              <li key={kind}>{t("kind", { kind, count: result.kinds[kind] ?? 0 })}</li>
            ))}
          </ul>
          <p>{t("lowConfidence", { count: result.lowConfidence })}</p>
        </>
      ) : null}
      <p>{t("headings", { count: result.headings })}</p>
      {result.englishParagraphs ? <p>{t("approved", { count: result.approved })}</p> : null}
      {result.discarded.length ? <p>{t("discarded", { count: result.discarded.length })}</p> : null}
      <p>{t("time", { seconds: (result.milliseconds / 1000).toFixed(2) })}</p>
      <ul className="import-links">
        <li>
          {/* Plain links: a prefetch would render and cache the reader before anyone asked. */}
          <Link href={`/texts/${result.slug}?view=side`} prefetch={false}>
            {t("readLink")}
          </Link>
        </li>
        <li>
          <Link href={`/texts/${result.slug}/review`} prefetch={false}>
            {t("reviewLink")}
          </Link>
        </li>
      </ul>
    </section>
  );
}
