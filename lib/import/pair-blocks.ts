import { LOW_CONFIDENCE } from "../core/limits";
import type { NewParagraph } from "../core/new-document";
import { alignParagraphs } from "../align/paragraphs";
import type { AnchorTerm } from "../align/anchors";
import type { TextBlock } from "./source-text";

/** How many Italian and English paragraphs a pair took: "1:1", "1:2", "2:1", "2:2", "1:3", "3:1", "1:0", "0:1". */
export type PairKind = `${number}:${number}`;

/** A pair ready to store, with how it was made. */
export interface BlockPair {
  textIt: string;
  textEn: string;
  headingLevel?: number;
  kind: PairKind;
  /** The aligner's confidence (headings paired by their place have none). */
  confidence?: number;
}

/**
 * Pairs the Italian blocks with the English ones. Without an English every block is
 * a pair of its own. Headings pair with headings: when both texts have the same
 * headings (count and levels), the body between each two headings is paired
 * section by section; otherwise the bodies are aligned as a whole and each heading
 * is put back where it stood, paired with a heading of the other text that stands
 * at the same place, or alone. Gale and Church's aligner pairs the body paragraphs,
 * even where two runs are as long (the pairs then carry its confidence too).
 * Glossary terms, where given, anchor the pairs whose two sides name them.
 * Throws ImportError("unalignable") when the English cannot be aligned.
 */
export function pairBlocks(
  italian: readonly TextBlock[],
  english: readonly TextBlock[] | null,
  terms: readonly AnchorTerm[] = [],
): BlockPair[] {
  if (!english) return italian.map((block) => ({ ...headingOf(block), textIt: block.text, textEn: "", kind: "1:0" }));
  const itSections = sections(italian);
  const enSections = sections(english);
  const sameHeadings =
    itSections.length === enSections.length &&
    itSections.every((section, index) => section.heading?.headingLevel === enSections[index]?.heading?.headingLevel);
  if (!sameHeadings) return alignAround(italian, english, terms);

  return itSections.flatMap((section, index) => {
    const other = enSections[index]!;
    const heading = section.heading && other.heading ? [headingPair([section.heading], [other.heading])] : [];
    return [
      ...heading,
      ...alignRun(section.body, other.body, terms).map(({ it, en, confidence }) =>
        bodyPair(
          it.map((i) => section.body[i]!),
          en.map((j) => other.body[j]!),
          confidence,
        ),
      ),
    ];
  });
}

/** Aligns the two bodies, then puts each heading back before the body that followed it. */
function alignAround(italian: readonly TextBlock[], english: readonly TextBlock[], terms: readonly AnchorTerm[]): BlockPair[] {
  const itBody = italian.flatMap((block, at) => (block.headingLevel ? [] : [at]));
  const enBody = english.flatMap((block, at) => (block.headingLevel ? [] : [at]));
  const beads = alignRun(
    itBody.map((at) => italian[at]!),
    enBody.map((at) => english[at]!),
    terms,
  );
  const pairs: BlockPair[] = [];
  let itNext = 0;
  let enNext = 0;
  const headingsBefore = (itEnd: number, enEnd: number) => {
    const itHeadings = italian.slice(itNext, itEnd).filter((block) => block.headingLevel);
    const enHeadings = english.slice(enNext, enEnd).filter((block) => block.headingLevel);
    for (let k = 0; k < Math.max(itHeadings.length, enHeadings.length); k++) {
      pairs.push(headingPair(itHeadings.slice(k, k + 1), enHeadings.slice(k, k + 1)));
    }
  };
  for (const { it, en, confidence } of beads) {
    const itStart = it.length ? itBody[it[0]!]! : itNext;
    const enStart = en.length ? enBody[en[0]!]! : enNext;
    headingsBefore(itStart, enStart);
    pairs.push(
      bodyPair(
        it.map((i) => italian[itBody[i]!]!),
        en.map((j) => english[enBody[j]!]!),
        confidence,
      ),
    );
    itNext = it.length ? itBody[it.at(-1)!]! + 1 : itStart;
    enNext = en.length ? enBody[en.at(-1)!]! + 1 : enStart;
  }
  headingsBefore(italian.length, english.length);
  return pairs;
}

interface Link {
  it: number[];
  en: number[];
  confidence?: number;
}

/**
 * Pairs two runs of body paragraphs by the aligner, whose confidence every pair then
 * carries. Runs as long as each other are aligned too: two paragraphs merged in the
 * English and one split elsewhere make the counts equal while every pair between is
 * wrong, which pairing one to one would never notice.
 */
function alignRun(italian: readonly TextBlock[], english: readonly TextBlock[], terms: readonly AnchorTerm[]): Link[] {
  // A section present on one side only: its paragraphs have no counterpart to align with.
  if (italian.length === 0) return english.map((_, index) => ({ it: [], en: [index], confidence: 0 }));
  if (english.length === 0) return italian.map((_, index) => ({ it: [index], en: [], confidence: 0 }));
  return alignParagraphs(
    italian.map((block) => block.text),
    english.map((block) => block.text),
    { refuseDoubtful: italian.length !== english.length, terms },
  );
}

function bodyPair(it: readonly TextBlock[], en: readonly TextBlock[], confidence: number | undefined): BlockPair {
  return { textIt: join(it), textEn: join(en), kind: `${it.length}:${en.length}`, ...(confidence !== undefined ? { confidence } : {}) };
}

/** Two headings, or a heading the other text lacks (the aligner had no say: confidence 0 when alone). */
function headingPair(it: readonly TextBlock[], en: readonly TextBlock[]): BlockPair {
  const level = (it[0] ?? en[0])?.headingLevel;
  return {
    textIt: join(it),
    textEn: join(en),
    ...(level ? { headingLevel: level } : {}),
    kind: `${it.length}:${en.length}`,
    ...(it.length && en.length ? {} : { confidence: 0 }),
  };
}

function headingOf(block: TextBlock): { headingLevel?: number } {
  return block.headingLevel ? { headingLevel: block.headingLevel } : {};
}

function join(blocks: readonly TextBlock[]): string {
  return blocks.map((block) => block.text).join(" ");
}

interface Section {
  heading: TextBlock | null;
  body: TextBlock[];
}

/** The body before the first heading, then each heading with the body under it. */
function sections(blocks: readonly TextBlock[]): Section[] {
  const result: Section[] = [{ heading: null, body: [] }];
  for (const block of blocks) {
    if (block.headingLevel) result.push({ heading: block, body: [] });
    else result.at(-1)!.body.push(block);
  }
  return result;
}

/** The pairs as the store takes them, with the status their English earns. */
export function toNewParagraphs(pairs: readonly BlockPair[], publish: boolean): NewParagraph[] {
  return pairs.map(({ textIt, textEn, headingLevel, confidence }) => ({
    textIt,
    textEn,
    ...(headingLevel ? { headingLevel } : {}),
    ...(confidence !== undefined ? { alignmentConfidence: confidence } : {}),
    status: !textEn ? "draft" : publish && !isLowConfidence({ confidence }) ? "approved" : "translated",
  }));
}

/** A pair a reviewer should check before it is published. */
export function isLowConfidence(pair: { confidence?: number }): boolean {
  return pair.confidence !== undefined && pair.confidence < LOW_CONFIDENCE;
}
