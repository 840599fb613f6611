import { getLocale, getTranslations } from "next-intl/server";
import { editorNoteIn } from "@/lib/reader/editor-note";

/**
 * What the editors tell readers about the text as a whole (that the source is an
 * excerpt, how lost words are marked), after its last pair.
 */
export async function EditorNote({ document }: { document: { editorNoteIt: string | null; editorNoteEn: string | null } }) {
  const [t, locale] = await Promise.all([getTranslations("Document"), getLocale()]);
  const note = editorNoteIn(document, locale);
  if (!note) return null;
  return (
    <aside className="editor-note" aria-labelledby="editor-note">
      <h2 id="editor-note">{t("editorNote")}</h2>
      <p lang={note.language}>{note.text}</p>
    </aside>
  );
}
