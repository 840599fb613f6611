/**
 * Sources often set titles in capitals ("CINA, SVILUPPO E LIMITI ..."). Italian
 * titles are written in sentence case: a capital on the first word and on proper
 * names only. `properNames` are the spellings to restore ("Kazakhstan", "Unione
 * Sovietica", "SCO"), typically the glossary's capitalised forms.
 */
export function sentenceCaseTitle(title: string, properNames: readonly string[], locale = "it"): string {
  let result = title.toLocaleLowerCase(locale);
  // Longest first, so that "Unione Sovietica" is restored before a shorter name inside it.
  const names = [...new Set(properNames)].sort((a, b) => b.length - a.length);
  for (const name of names) {
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(name.toLocaleLowerCase(locale))}(?![\\p{L}\\p{N}])`, "gu");
    result = result.replace(pattern, name);
  }
  return capitalizeFirstLetter(result, locale);
}

/** True when a title has letters and none of them is lower case. */
export function isShouted(title: string): boolean {
  return /\p{L}/u.test(title) && !/\p{Ll}/u.test(title);
}

function capitalizeFirstLetter(text: string, locale: string): string {
  return text.replace(/\p{L}/u, (letter) => letter.toLocaleUpperCase(locale));
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
