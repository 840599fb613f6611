import { getFormatter, getTranslations } from "next-intl/server";
import type { CheckWarning } from "@/lib/review/checks";
import type { Ending } from "@/lib/review/checks/punctuation";

/** A message key for each ending (punctuation marks are not keys). */
const ENDING_KEYS = {
  ".": "fullStop",
  "?": "question",
  "!": "exclamation",
  ":": "colon",
  ";": "semicolon",
  "…": "ellipsis",
  none: "none",
} as const satisfies Record<Ending, string>;
const endingKey = (ending: Ending) => ENDING_KEYS[ending];
import { shortenQuote } from "@/lib/text/shorten-quote";

/** The checks' findings on one pair, worded for the reviewer. */
export async function CheckWarnings({
  warnings,
  termNames,
}: {
  warnings: readonly CheckWarning[];
  termNames: ReadonlyMap<string, string>;
}) {
  const [t, format] = await Promise.all([getTranslations("Review.checks"), getFormatter()]);
  if (warnings.length === 0) return null;
  const list = (items: readonly string[]) => format.list(items, { type: "conjunction" });

  const describe = (warning: CheckWarning): string => {
    switch (warning.code) {
      case "numbers":
        return [
          warning.missingInEnglish.length ? t("numbersMissing", { numbers: list(warning.missingInEnglish) }) : "",
          warning.extraInEnglish.length ? t("numbersExtra", { numbers: list(warning.extraInEnglish) }) : "",
        ]
          .filter(Boolean)
          .join(" ");
      case "missing-term":
        return t("missingTerm", { terms: list(warning.terms.map((slug) => termNames.get(slug) ?? slug)) });
      case "lone-sentence":
        return warning.sentences
          .map((sentence) => t("loneSentence", { language: sentence.language, sentence: shortenQuote(sentence.text, 120) }))
          .join(" ");
      case "length-ratio":
        return t("lengthRatio", {
          ratio: format.number(warning.ratio, { maximumFractionDigits: 2 }),
          expected: format.number(warning.expected, { maximumFractionDigits: 2 }),
        });
      case "brackets":
      case "quotes":
        return t(warning.code, { character: warning.character, language: warning.language });
      case "double-spaces":
        return t("doubleSpaces", { language: warning.language });
      case "end-punctuation":
        return t("endPunctuation", { it: t(`ending.${endingKey(warning.it)}`), en: t(`ending.${endingKey(warning.en)}`) });
      case "repeated-word":
        return t("repeatedWord", { word: warning.word, language: warning.language });
      case "consistency":
        return t("consistency", { count: warning.positions.length, positions: list(warning.positions.map(String)), more: warning.more });
      default:
        return t(warning.code);
    }
  };

  return (
    <ul className="check-warnings" aria-label={t("label")}>
      {warnings.map((warning, index) => (
        <li key={index} data-check={warning.code}>
          {describe(warning)}
        </li>
      ))}
    </ul>
  );
}
