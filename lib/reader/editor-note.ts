import type { Language } from "../glossary/term-matcher";

/** A text's editor's note in the reader's language, or in the other when only that one was written; null when there is none. */
export function editorNoteIn(
  note: { editorNoteIt: string | null; editorNoteEn: string | null },
  locale: string,
): { text: string; language: Language } | null {
  const order: Language[] = locale === "it" ? ["it", "en"] : ["en", "it"];
  const text = (language: Language) => (language === "it" ? note.editorNoteIt : note.editorNoteEn);
  const language = order.find((candidate) => text(candidate));
  return language ? { text: text(language)!, language } : null;
}
