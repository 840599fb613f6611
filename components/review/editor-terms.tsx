"use client";

import { useTranslations } from "next-intl";

/** A glossary term found in the pair's Italian, as the editor's panel offers it. */
export interface EditorTerm {
  slug: string;
  it: string;
  en: string;
  /** Every English form the glossary knows, the headword first. */
  forms: readonly string[];
  /** The definition's first sentence, in the interface language. */
  definition: string;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Whether the English draft holds one of a term's forms as words of their own, whatever the case. */
export function hasEnglishForm(draft: string, forms: readonly string[]): boolean {
  return forms.some((form) => new RegExp(`(?<![\\p{L}\\p{N}])${escape(form)}(?![\\p{L}\\p{N}])`, "iu").test(draft));
}

/**
 * The glossary terms of the pair's Italian beside the editor: each with its English
 * (a button that puts it in the English, also Alt+1 to Alt+9), a line of definition,
 * and, as the translator types, whether the English has it yet.
 */
export function EditorTerms({
  id,
  terms,
  missing,
  onInsert,
}: {
  id: string;
  terms: readonly EditorTerm[];
  missing: readonly string[];
  onInsert: ((words: string) => void) | null;
}) {
  const t = useTranslations("Review");
  // A group, not a landmark: every pair on the page has one.
  return (
    <div className="editor-terms" role="group" aria-labelledby={id}>
      <h3 id={id}>{t("termsPanel")}</h3>
      <ul>
        {terms.map((term, index) => (
          <li key={term.slug} data-missing={missing.includes(term.slug)}>
            <span lang="it">{term.it}</span>
            {" → "}
            {onInsert ? (
              <button
                type="button"
                lang="en"
                onClick={() => onInsert(term.en)}
                aria-keyshortcuts={index < 9 ? `Alt+${index + 1}` : undefined}
                title={t("insertTerm")}
              >
                {term.en}
              </button>
            ) : (
              <span lang="en">{term.en}</span>
            )}{" "}
            <span className={missing.includes(term.slug) ? "term-state missing" : "term-state"}>
              {missing.includes(term.slug) ? t("termMissing") : t("termPresent")}
            </span>
            <span className="term-line">{term.definition}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Characters and words of a text as it is typed, and for the English its length against the Italian and the text's norm. */
export function LiveCounts({ id, text, italian, norm }: { id: string; text: string; italian: string | null; norm: number }) {
  const t = useTranslations("Review");
  const trimmed = text.trim();
  const words = trimmed ? trimmed.split(/\s+/u).length : 0;
  const ratio = italian !== null && italian.trim() && trimmed ? trimmed.length / italian.trim().length : null;
  return (
    <span id={id} className="live-count">
      {t("liveCount", { characters: trimmed.length, words })}
      {ratio !== null ? ` · ${t("liveRatio", { ratio: ratio.toFixed(2), usual: norm.toFixed(2) })}` : null}
    </span>
  );
}
