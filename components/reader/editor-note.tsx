import { getLocale, getTranslations } from "next-intl/server";

/**
 * What the editors tell readers about the text as a whole (that the source is an
 * excerpt, how lost words are marked), after its last pair: in the page's language,
 * or in the other when only that one was written.
 */
export async function EditorNote({ note }: { note: { it: string | null; en: string | null } }) {
  const [t, locale] = await Promise.all([getTranslations("Document"), getLocale()]);
  const language = note[locale === "it" ? "it" : "en"] ? (locale === "it" ? "it" : "en") : locale === "it" ? "en" : "it";
  const text = note[language];
  if (!text) return null;
  return (
    <aside className="editor-note" aria-labelledby="editor-note">
      <h2 id="editor-note">{t("editorNote")}</h2>
      <p lang={language}>{text}</p>
    </aside>
  );
}
