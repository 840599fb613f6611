import { ImportError } from "../core/import-error";
import { pairLanguage } from "./exchange-document";

/** Which language an XLIFF file's source and target are: one Italian, the other English. */
export interface XliffLanguages {
  source: "it" | "en";
  target: "it" | "en";
}

/**
 * The languages of an XLIFF file, as it declares them: its source and target language,
 * or, without a target language, the target named by the PO header that translate-toolkit's
 * po2xliff carries over ("Language: it"), the source then being the other language
 * (po2xliff writes source-language="en-US" whatever the PO holds). A file that says
 * neither is refused: which side is the Italian is never guessed.
 */
export function xliffLanguages(
  sourceTag: string | undefined,
  targetTag: string | undefined,
  fileName: string,
  headerLanguage?: string,
): XliffLanguages {
  if (!sourceTag) throw new ImportError("missing-language", `${fileName} does not say its source language (source-language / srcLang).`);
  if (!targetTag) {
    const target = pairLanguage(headerLanguage);
    if (!target) {
      throw new ImportError(
        "missing-language",
        `${fileName} says its source language is "${sourceTag}" but not its target language, and nothing else in it does; ` +
          "A Fronte does not guess which side is the Italian (po2xliff writes en-US whatever the PO holds). " +
          'Give the file a target-language (or the PO a "Language:" header) and import it again.',
      );
    }
    return { target, source: target === "it" ? "en" : "it" };
  }
  const source = pairLanguage(sourceTag);
  const target = pairLanguage(targetTag);
  if (!source || !target || source === target) {
    throw new ImportError(
      "missing-language",
      `${fileName} pairs "${sourceTag}" with "${targetTag}"; A Fronte pairs Italian (it) with English (en).`,
    );
  }
  return { source, target };
}

/** The target language a gettext header names ("Language: it"), as po2xliff carries the PO's header over. */
export function gettextLanguage(header: string | undefined): string | undefined {
  return header ? /^Language:\s*(\S+)/m.exec(header)?.[1] : undefined;
}
