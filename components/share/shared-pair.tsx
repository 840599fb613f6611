import { getTranslations } from "next-intl/server";
import { ParagraphText } from "@/components/reader/paragraph-text";
import { TranslatorNote } from "@/components/translator-note";
import { styledRuns } from "@/lib/text/inline-markdown";

interface SharedParagraph {
  position: number;
  textIt: string;
  textEn: string;
  translatorNote: string | null;
}

/** One pair on its share page: both halves side by side with their emphasis (no glossary links), with the note. */
export async function SharedPair({ paragraph }: { paragraph: SharedParagraph }) {
  const t = await getTranslations("Reader");
  return (
    <div className="pairs view-side">
      <div className="pair" id={`p-${paragraph.position}`} role="group" aria-label={t("pair", { number: paragraph.position })}>
        <p lang="it" className="half">
          <ParagraphText segments={styledRuns(paragraph.textIt)} />
        </p>
        {paragraph.textEn ? (
          <p lang="en" className="half">
            <ParagraphText segments={styledRuns(paragraph.textEn)} />
          </p>
        ) : (
          <p className="half missing">{t("noTranslation")}</p>
        )}
        {paragraph.translatorNote ? <TranslatorNote note={paragraph.translatorNote} /> : null}
      </div>
    </div>
  );
}
