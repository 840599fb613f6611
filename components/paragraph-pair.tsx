import { getTranslations } from "next-intl/server";
import type { LibraryDocument } from "@/lib/library";

type Paragraph = LibraryDocument["paragraphs"][number];

/** One aligned pair: the Italian and its English on one row, with its stable anchor. */
export async function ParagraphPair({ paragraph }: { paragraph: Paragraph }) {
  const t = await getTranslations("Document");
  const id = `p-${paragraph.position}`;
  return (
    <div className="pair" id={id} role="group" aria-label={t("pair", { number: paragraph.position })}>
      <p lang="it" className="half">
        {paragraph.textIt}
      </p>
      {paragraph.textEn ? (
        <p lang="en" className="half">
          {paragraph.textEn}
        </p>
      ) : (
        <p className="half missing">{t("noTranslation")}</p>
      )}
      {paragraph.translatorNote ? (
        <div className="translator-note" role="note" aria-label={t("translatorNote")}>
          <span className="note-label">{t("translatorNote")}: </span>
          <span lang="en">{paragraph.translatorNote}</span>
        </div>
      ) : null}
    </div>
  );
}
