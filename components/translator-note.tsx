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

/**
 * The reader's note: folded to its label beside the pair, opened on demand, so that
 * it takes no room from the text (and gives nothing away in the on-demand view).
 */
export function foldedNoteMarkup(note: string, label: string) {
  return (
    <details className="translator-note folded-note">
      <summary className="note-label">{label}</summary>
      <span lang="en" data-label={label}>
        {note}
      </span>
    </details>
  );
}
