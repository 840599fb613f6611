/**
 * A paragraph's sentences, for sentence alignment: Intl.Segmenter's sentence breaks,
 * corrected where it is wrong in Italian and English prose. It breaks after every
 * abbreviation or initial followed by a capital ("il gen. | Xu", "la C.E.S.I. | Srl",
 * "the U.S. | Army"), inside quotations and parentheses ("«Andiamo. | Subito.»"),
 * between a full stop and the emphasis marker that closes it ("*Frase.|* Altra"), and
 * never after "…". Here a break stands only where a sentence ends outside any
 * quotation, parenthesis or editorial bracket, after no abbreviation.
 *
 * The text is the stored paragraph, inline Markdown included; sentences are given as
 * offsets into it, so that markup can be laid over the text as it is.
 */

export interface Sentence {
  /** Offsets into the paragraph: text.slice(start, end) is the sentence, without the spaces around it. */
  start: number;
  end: number;
}

export type SentenceLanguage = "it" | "en";

/**
 * Abbreviations that do not end a sentence, lower case, without their final full stop.
 * Titles and ranks come before a name (a capital), references before a number.
 */
const ABBREVIATIONS: Record<SentenceLanguage, ReadonlySet<string>> = {
  it: new Set(
    (
      "amm arch art artt avv cap capp cfr co col comma dott dott.ssa dr ecc es fig gen ing lett magg mons on pag pagg prof " +
      "prof.ssa rag sen sez sig sig.ra sigg tab ten vol voll vs"
    ).split(" "),
  ),
  en: new Set(
    (
      "adm art arts capt cf ch cmdr co col corp dept dr e.g eg etc fig figs gen gov i.e ie inc jr lt ltd maj mr mrs ms mt " +
      "para prof rep rev sec sen sgt sr st vol vols vs"
    ).split(" "),
  ),
};

/** Abbreviations that stand before a number only ("No. 5", "n. 3", "pp. 12"): elsewhere they may end a sentence ("said no."). */
const BEFORE_NUMBERS = new Set(["no", "nos", "n", "nn", "p", "pp", "v", "s"]);

const OPENERS = "«“‘([{";
const CLOSERS = "»”’)]}";
/** What may close a sentence after its full stop: quotation marks, brackets, emphasis markers. */
const TRAILING = /^[»”’")\]}*_]+/;

/** The sentences of `text` in `language`, in order; none for a text of spaces. */
export function splitSentences(text: string, language: SentenceLanguage): Sentence[] {
  const breaks = candidateBreaks(text, language).filter((position) => isSentenceEnd(text, position, language));
  const sentences: Sentence[] = [];
  let start = 0;
  for (const end of [...breaks, text.length]) {
    const sentence = trimmed(text, start, end);
    if (sentence) sentences.push(sentence);
    start = end;
  }
  return sentences;
}

/** Where Intl.Segmenter would break, with a break's closing marks moved to the sentence they close. */
function candidateBreaks(text: string, language: SentenceLanguage): number[] {
  const segmenter = new Intl.Segmenter(language, { granularity: "sentence" });
  const breaks: number[] = [];
  for (const { index } of segmenter.segment(text)) {
    if (index === 0) continue;
    // "*Frase.* Altra": the segmenter breaks before the marker that closes the emphasis.
    const closing = TRAILING.exec(text.slice(index))?.[0] ?? "";
    breaks.push(index + closing.length);
  }
  // "Fatto… Davvero.": an ellipsis before a capital ends a sentence, as "..." does.
  for (const match of text.matchAll(/…[»”’")\]*_]*\s+(?=[«“"(\[*_]*\p{Lu})/gu)) breaks.push(match.index + match[0].length);
  return [...new Set(breaks)].sort((a, b) => a - b);
}

/** Whether a break at `position` (the start of the next sentence, spaces included before it) ends a sentence. */
function isSentenceEnd(text: string, position: number, language: SentenceLanguage): boolean {
  if (nesting(text, position) > 0) return false;
  const before = text
    .slice(0, position)
    .trimEnd()
    .replace(/[»”’")\]}*_]+$/, "");
  const after = text
    .slice(position)
    .trimStart()
    .replace(/^[«“‘"([{*_]+/, "");
  if (!before.endsWith(".") || before.endsWith("..")) return true;
  const word = /(?:^|[\s(«“"'[\u2019*_])([\p{L}.]+)\.$/u.exec(before)?.[1] ?? "";
  const lower = word.toLowerCase();
  if (BEFORE_NUMBERS.has(lower)) return !/^\d/.test(after);
  if (ABBREVIATIONS[language].has(lower)) return false;
  // An initial ("G. Rossi", "J. R. R. Tolkien") or letters with stops ("C.E.S.I.", "U.S.", "S.p.A.").
  if (/^\p{Lu}$/u.test(word) || /^(\p{L}{1,3}\.)+\p{L}{1,3}$/u.test(word)) return !/^\p{Ll}/u.test(after) && !continuesName(after);
  return true;
}

/**
 * After letters with stops, whether the sentence goes on: a capitalised word that is
 * not a sentence's usual first word is taken as the rest of a name ("la C.E.S.I. Srl",
 * "the U.S. Army"); acronyms end sentences far less often than they stand inside them.
 */
function continuesName(after: string): boolean {
  return /^\p{Lu}/u.test(after) && !SENTENCE_STARTS.has(after.split(/[\s,;:]/, 1)[0]!.toLowerCase());
}

/** Words that commonly open a sentence, in either language (lower case). */
export const SENTENCE_STARTS: ReadonlySet<string> = new Set([
  "il",
  "lo",
  "la",
  "i",
  "gli",
  "le",
  "un",
  "una",
  "uno",
  "in",
  "nel",
  "nella",
  "per",
  "con",
  "da",
  "dal",
  "dalla",
  "questo",
  "questa",
  "questi",
  "queste",
  "ma",
  "e",
  "inoltre",
  "tuttavia",
  "già",
  "secondo",
  "a",
  "al",
  "alla",
  "non",
  "si",
  "è",
  "the",
  "a",
  "an",
  "in",
  "this",
  "these",
  "that",
  "those",
  "it",
  "its",
  "but",
  "and",
  "however",
  "moreover",
  "as",
  "at",
  "on",
  "for",
  "with",
  "by",
  "from",
  "there",
  "they",
  "he",
  "she",
  "we",
  "according",
  "since",
  "after",
  "before",
  "while",
]);

/** How many quotations, parentheses and brackets are open at `position`. */
function nesting(text: string, position: number): number {
  let depth = 0;
  let straightQuotes = 0;
  for (let index = 0; index < position; index++) {
    const char = text[index]!;
    if (OPENERS.includes(char)) depth++;
    else if (CLOSERS.includes(char)) {
      // An apostrophe (’ between letters) closes nothing.
      if (char === "’" && /\p{L}/u.test(text[index + 1] ?? "")) continue;
      depth = Math.max(0, depth - 1);
    } else if (char === '"') straightQuotes++;
  }
  return depth + (straightQuotes % 2);
}

function trimmed(text: string, start: number, end: number): Sentence | null {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return end > start ? { start, end } : null;
}
