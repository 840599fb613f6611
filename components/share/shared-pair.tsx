import { getTranslations } from "next-intl/server";
import { TranslatorNote } from "@/components/translator-note";

interface SharedParagraph {
  position: number;
  textIt: string;
  textEn: string;
  translatorNote: string | null;
}

/** One pair on its share page: both halves side by side as plain text, with the note. */
export async function SharedPair({ paragraph }: { paragraph: SharedParagraph }) {
  const t = await getTranslations("Reader");
  return (
    <div className="pairs view-side">
      <div className="pair" id={`p-${paragraph.position}`} role="group" aria-label={t("pair", { number: paragraph.position })}>
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
        {paragraph.translatorNote ? <TranslatorNote note={paragraph.translatorNote} /> : null}
      </div>
    </div>
  );
}
