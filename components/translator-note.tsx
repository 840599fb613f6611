import { getTranslations } from "next-intl/server";

/** The translator's note on a pair, written in English whatever the interface language. */
export async function TranslatorNote({ note }: { note: string }) {
  const t = await getTranslations("Reader");
  return (
    <div className="translator-note" role="note" aria-label={t("translatorNote")}>
      <span className="note-label">{t("translatorNote")}: </span>
      <span lang="en">{note}</span>
    </div>
  );
}
