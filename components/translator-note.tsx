import { getTranslations } from "next-intl/server";

/** The translator's note on a pair, written in English whatever the interface language. */
export async function TranslatorNote({ note }: { note: string }) {
  const t = await getTranslations("Reader");
  return translatorNoteMarkup(note, t("translatorNote"));
}

/** The same as plain elements, `label` already in the interface language. */
export function translatorNoteMarkup(note: string, label: string) {
  return (
    <div className="translator-note" role="note" aria-label={label}>
      <span className="note-label">{label}: </span>
      <span lang="en">{note}</span>
    </div>
  );
}
