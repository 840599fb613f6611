import { getTranslations } from "next-intl/server";
import { ParagraphText } from "@/components/reader/paragraph-text";
import { TranslatorNote } from "@/components/translator-note";
import { getGlossaryMatchers } from "@/lib/glossary";
import { markText } from "@/lib/glossary/mark-paragraphs";
import { markLostWords, parseLostWords } from "@/lib/reader/lost-words";

interface SharedParagraph {
  position: number;
  textIt: string;
  textEn: string;
  translatorNote: string | null;
  lostWordsIt?: string | null;
}

/** One pair on its share page: both halves side by side with their emphasis and glossary terms, with the note. */
export async function SharedPair({ slug, paragraph }: { slug: string; paragraph: SharedParagraph }) {
  const [t, matchers] = await Promise.all([getTranslations("Reader"), getGlossaryMatchers(slug)]);
  return (
    <div className="pairs view-side">
      <div className="pair" id={`p-${paragraph.position}`} role="group" aria-label={t("pair", { number: paragraph.position })}>
        <p lang="it" className="half">
          <ParagraphText
            segments={markText(matchers, "it", markLostWords(paragraph.textIt, parseLostWords(paragraph.lostWordsIt)))}
            lostWord={t("lostWord")}
          />
        </p>
        {paragraph.textEn ? (
          <p lang="en" className="half">
            <ParagraphText segments={markText(matchers, "en", paragraph.textEn)} />
          </p>
        ) : (
          <p className="half missing">{t("noTranslation")}</p>
        )}
        {paragraph.translatorNote ? <TranslatorNote note={paragraph.translatorNote} /> : null}
      </div>
    </div>
  );
}
