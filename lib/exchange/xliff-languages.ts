import { ImportError } from "../core/import-error";
import { pairLanguage } from "./exchange-document";

/**
 * Which side of an XLIFF file is the Italian. The source language is required; when
 * the target language is absent the source is taken to be the Italian original
 * (translate-toolkit's po2xliff writes source-language="en-US" whatever the PO holds,
 * and no target language).
 */
export function italianIsSource(sourceTag: string | undefined, targetTag: string | undefined, fileName: string): boolean {
  if (!sourceTag) throw new ImportError("missing-language", `${fileName} does not say its source language (source-language / srcLang).`);
  if (!targetTag) return true;
  const source = pairLanguage(sourceTag);
  const target = pairLanguage(targetTag);
  if (!source || !target || source === target) {
    throw new ImportError(
      "missing-language",
      `${fileName} pairs "${sourceTag}" with "${targetTag}"; A Fronte pairs Italian (it) with English (en).`,
    );
  }
  return source === "it";
}
