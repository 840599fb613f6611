/**
 * A paragraph's sentences, for sentence alignment: Intl.Segmenter's sentence breaks,
 * corrected where it is wrong in Italian and English prose. It breaks after every
 * abbreviation or initial followed by a capital ("il gen. | Xu", "la C.E.S.I. | Srl",
 * "the U.S. | Army"), inside parentheses and quotations the sentence goes on after
 * ("disse «Andiamo. | Subito.» e uscì"), before a word in lower case ("— Ohi! | tu m’hai
 * fatto male!", "“A king!” | my readers will say"), between a full stop and the
 * emphasis marker that closes it ("*Frase.|* Altra"), and before the "…" that follows
 * "!" or "?"; it never breaks after "…", nor before the dash that opens a line of
 * Italian dialogue ("disse Geppetto. — Che cosa fate?"). Here a break stands only where
 * a sentence ends outside any parenthesis, editorial bracket or embedded quotation,
 * after no abbreviation, before no lower-case word.
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

/** The words that number a book's parts, before a roman numeral ("Capitolo I."). */
const HEADINGS =
  /(?:^|\s)(?:capitolo|chapter|parte|part|libro|book|canto|atto|act|scena|scene|sezione|section|titolo|title|tomo|volume)\s+I\.$/iu;

/** Abbreviations that stand before a number only ("No. 5", "n. 3", "pp. 12"): elsewhere they may end a sentence ("said no."). */
const BEFORE_NUMBERS = new Set(["no", "nos", "n", "nn", "p", "pp", "v", "s"]);

/** Each closing mark and the mark it closes. */
const PAIRS: Readonly<Record<string, string>> = { "»": "«", "”": "“", "’": "‘", ")": "(", "]": "[", "}": "{" };
const OPENERS = "«“‘([{";
/** What may close a sentence after its full stop: quotation marks, brackets, emphasis markers, the "…" after "!" or "?". */
const TRAILING = /^[»”’")\]}*_…]+/;

/** The sentences of `text` in `language`, in order; none for a text of spaces. */
export function splitSentences(text: string, language: SentenceLanguage): Sentence[] {
  const breaks = candidateBreaks(text, language).filter((position) => isSentenceEnd(text, position, language));
  const sentences: Sentence[] = [];
  let start = 0;
  for (const end of [...breaks, text.length]) {
    const sentence = trimmed(text, start, end);
    start = end;
    if (!sentence) continue;
    // Marks alone ("… —" closing a line of dialogue) belong to the sentence they follow.
    const previous = sentences.at(-1);
    if (previous && !/[\p{L}\p{N}]/u.test(text.slice(sentence.start, sentence.end))) previous.end = sentence.end;
    else sentences.push(sentence);
  }
  return sentences;
}

/** Where Intl.Segmenter would break, with a break's closing marks moved to the sentence they close. */
function candidateBreaks(text: string, language: SentenceLanguage): number[] {
  const segmenter = new Intl.Segmenter(language, { granularity: "sentence" });
  const breaks: number[] = [];
  for (const { index } of segmenter.segment(text)) {
    if (index === 0) continue;
    // "*Frase.* Altra": the segmenter breaks before the marker that closes the emphasis;
    // after a space ("Frase. *Altra*") a marker opens the next sentence.
    const closing = /\s/u.test(text[index - 1] ?? "") ? "" : (TRAILING.exec(text.slice(index))?.[0] ?? "");
    breaks.push(index + closing.length);
  }
  // "Fatto… Davvero.": an ellipsis before a capital ends a sentence, as "..." does.
  for (const match of text.matchAll(/…[»”’")\]*_]*\s+(?=[«“"(\[*_]*\p{Lu})/gu)) breaks.push(match.index + match[0].length);
  // "sul muro.Immaginatevi": a full stop a scraped or mistyped text left without its space.
  for (const match of text.matchAll(/(?<=\p{Ll}{2}[.!?])(?=\p{Lu}\p{Ll}{2})/gu)) breaks.push(match.index);
  // "disse Geppetto. — Che cosa fate?": the segmenter does not break before a dash that opens a line of dialogue.
  for (const match of text.matchAll(/[.!?…][»”’")\]*_]*\s+(?=[—–]\s*\p{Lu})/gu)) breaks.push(match.index + match[0].length);
  return [...new Set(breaks)].sort((a, b) => a - b);
}

/** Whether a break at `position` (the start of the next sentence, spaces included before it) ends a sentence. */
function isSentenceEnd(text: string, position: number, language: SentenceLanguage): boolean {
  if (enclosed(text, position)) return false;
  const before = text
    .slice(0, position)
    .trimEnd()
    .replace(/[»”’")\]}*_]+$/, "");
  const after = text
    .slice(position)
    .trimStart()
    .replace(/^[«“‘"([{*_…—–\s]+/, "");
  // "— Ohi! tu m’hai fatto male!", "“A king!” my little readers will say": the sentence goes on.
  if (/^\p{Ll}/u.test(after)) return false;
  if (!before.endsWith(".") || before.endsWith("..")) return true;
  const word = /(?:^|[\s(«“"'[\u2019*_])([\p{L}.]+)\.$/u.exec(before)?.[1] ?? "";
  const lower = word.toLowerCase();
  if (BEFORE_NUMBERS.has(lower)) return !/^\d/.test(after);
  if (ABBREVIATIONS[language].has(lower)) return false;
  // An initial ("G. Rossi", "J. R. R. Tolkien") or letters with stops ("C.E.S.I.", "U.S.", "S.p.A.").
  // "Capitolo I. Come andò…", "Chapter I. How…": a numeral, not an initial.
  if (word === "I" && HEADINGS.test(before)) return true;
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

/**
 * Whether `position` lies inside a parenthesis or editorial bracket, or inside a
 * quotation held whole: one opened inside a sentence ("Disse: «Andiamo. Subito.»"), or
 * one the sentence goes on after ("«Va bene. Domani» e uscì"). A quotation that opens
 * its sentence, as dialogue does, holds sentences of its own, and so does one that
 * never closes (dialogue running on to the next paragraph).
 */
function enclosed(text: string, position: number): boolean {
  const open: { char: string; index: number }[] = [];
  let straight = -1;
  for (let index = 0; index < position; index++) {
    const char = text[index]!;
    if (OPENERS.includes(char)) open.push({ char, index });
    else if (PAIRS[char] && open.at(-1)?.char === PAIRS[char]) open.pop();
    else if (char === '"') straight = straight < 0 ? index : -1;
  }
  if (open.some(({ char }) => "([{".includes(char))) return true;
  const quotations = [...open, ...(straight >= 0 ? [{ char: '"', index: straight }] : [])].sort((a, b) => a.index - b.index);
  const outer = quotations[0];
  if (!outer) return false;
  const closing =
    outer.char === '"'
      ? text.indexOf('"', position)
      : closingIndex(
          text,
          position,
          open.map(({ char }) => char),
        );
  if (closing < 0) return false;
  return (!opensSentence(text.slice(0, outer.index)) && !inDialogue(text.slice(0, outer.index))) || goesOn(text.slice(closing + 1));
}

/**
 * Whether the sentence a quotation is opened in is itself dialogue, opening with a
 * quotation mark or dash ("“He looks kind,” added another, “but he is a tyrant. If…”"):
 * the quotation resumes the speech rather than cites words inside narration.
 */
function inDialogue(before: string): boolean {
  const sentence = before.slice(before.search(/[^.!?…]*$/u));
  return /^[\s*_]*[«“‘"—–]/u.test(sentence);
}

/** Whether a quotation after `before` opens its sentence: at the paragraph's start, after a sentence's end or a dialogue dash. */
function opensSentence(before: string): boolean {
  return /(?:^|[.!?…][»”’")\]*_]*|[—–])[\s*_]*$/u.test(before);
}

/** Where the outermost of the `open` quotations closes after `position`, or -1. */
function closingIndex(text: string, position: number, open: readonly string[]): number {
  const stack = [...open];
  for (let index = position; index < text.length; index++) {
    const char = text[index]!;
    if (OPENERS.includes(char)) stack.push(char);
    else if (PAIRS[char] && stack.at(-1) === PAIRS[char]) {
      stack.pop();
      if (stack.length === 0) return index;
    }
  }
  return -1;
}

/** Whether the text after a closing quotation mark carries on its sentence: a word in lower case, or a comma, semicolon or colon. */
function goesOn(after: string): boolean {
  return /^[\s—–]*[\p{Ll},;:]/u.test(after);
}

function trimmed(text: string, start: number, end: number): Sentence | null {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return end > start ? { start, end } : null;
}
