import { alignSentences, sentenceFacts } from "../text/align-sentences";
import { markedSpans } from "../text/inline-markdown";
import { splitSentences, type Sentence } from "../text/sentences";
import type { ExchangeParagraph } from "./exchange-document";

/** One link group of a pair as an exchange unit: its sentences in each language, and the spaces before them. */
export interface SentenceUnit {
  textIt: string;
  textEn: string;
  /** The text between this unit and the one before it in the pair (usually a space); "" for the first. */
  spaceIt: string;
  spaceEn: string;
}

/**
 * A pair cut into units by its sentence links (lib/text/align-sentences.ts), for
 * exports that CAT tools reuse sentence by sentence. The units' texts and the spaces
 * between them make the pair's texts again exactly; a sentence with no counterpart is a
 * unit with an empty other side. A pair whose halves make one link is one unit, and
 * sentences that emphasis or strong runs across stay in one unit, so that no unit's
 * inline codes are cut in half.
 */
export function sentenceUnits(pair: Pick<ExchangeParagraph, "textIt" | "textEn" | "headingLevel">): SentenceUnit[] {
  const whole = [{ textIt: pair.textIt, textEn: pair.textEn, spaceIt: "", spaceEn: "" }];
  if (pair.headingLevel || !pair.textIt.trim() || !pair.textEn.trim()) return whole;
  const sentences = { it: splitSentences(pair.textIt, "it"), en: splitSentences(pair.textEn, "en") };
  const facts = (text: string, list: Sentence[]) => list.map(({ start, end }) => sentenceFacts(text.slice(start, end)));
  const links = alignSentences(facts(pair.textIt, sentences.it), facts(pair.textEn, sentences.en));
  if (links.length < 2) return whole;
  const cut = (text: string, list: Sentence[], indexes: number[], after: number): Side => {
    if (indexes.length === 0) return { text: "", space: "", start: after, end: after };
    const start = list[indexes[0]!]!.start;
    const end = list[indexes.at(-1)!]!.end;
    return { text: text.slice(start, end), space: text.slice(after, start), start, end };
  };
  const spans = { it: markedSpans(pair.textIt), en: markedSpans(pair.textEn) };
  // Whether a cut between two sides would part a span's markers (emphasis running across sentences).
  const parts = (language: "it" | "en", before: Side, after: Side) =>
    Boolean(before.text && after.text) && spans[language].some((span) => span.start < after.start && span.end > before.end);
  const join = (text: string, before: Side, after: Side): Side =>
    !after.text
      ? before
      : !before.text
        ? after
        : { text: text.slice(before.start, after.end), space: before.space, start: before.start, end: after.end };
  const sides: { it: Side; en: Side }[] = [];
  let afterIt = 0;
  let afterEn = 0;
  for (const link of links) {
    const it = cut(pair.textIt, sentences.it, link.it, afterIt);
    const en = cut(pair.textEn, sentences.en, link.en, afterEn);
    const last = sides.at(-1);
    if (last && (parts("it", last.it, it) || parts("en", last.en, en))) {
      // A span crosses the cut: the two links make one unit, so that each unit's codes are whole.
      last.it = join(pair.textIt, last.it, it);
      last.en = join(pair.textEn, last.en, en);
    } else {
      sides.push({ it, en });
    }
    afterIt = it.end;
    afterEn = en.end;
  }
  if (sides.length < 2) return whole;
  const units = sides.map(({ it, en }) => ({ textIt: it.text, textEn: en.text, spaceIt: it.space, spaceEn: en.space }));
  // Whatever follows the last sentence (spaces the stored text never has) stays with the last unit.
  units.at(-1)!.textIt += pair.textIt.slice(afterIt);
  units.at(-1)!.textEn += pair.textEn.slice(afterEn);
  return units;
}

/** One side of a unit: its text, the space before it, and where the text lies in the pair's. */
interface Side {
  text: string;
  space: string;
  start: number;
  end: number;
}

/** A unit as read from a file that may be cut by sentence: which pair it names, the spaces before it, its texts and notes. */
export interface ReadUnit {
  /** The pair it belongs to, when the file was cut by sentence; undefined for a unit that is a pair. */
  pair: string | undefined;
  spaces: Partial<Record<"it" | "en", string>>;
  texts: Partial<Record<"it" | "en", string>>;
  notes: string[];
}

/**
 * Units cut by sentence joined back into their pairs: consecutive units naming the same
 * pair, their texts with the spaces that stood between them (one, unless the unit says
 * otherwise), their notes once each. The first unit of a pair keeps its other fields.
 */
export function joinSentenceUnits<Unit extends ReadUnit>(units: readonly Unit[]): Unit[] {
  const joined: Unit[] = [];
  for (const unit of units) {
    const last = joined.at(-1);
    if (!last || unit.pair === undefined || last.pair !== unit.pair) {
      joined.push({ ...unit, texts: { ...unit.texts }, notes: [...unit.notes] });
      continue;
    }
    for (const language of ["it", "en"] as const) {
      const text = unit.texts[language] ?? "";
      const before = last.texts[language] ?? "";
      if (text) last.texts[language] = before ? `${before}${unit.spaces[language] ?? " "}${text}` : text;
    }
    for (const note of unit.notes) if (!last.notes.includes(note)) last.notes.push(note);
  }
  return joined;
}
