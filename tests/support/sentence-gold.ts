// The hand-checked sentence alignments in tests/fixtures/sentence-gold (see its
// README), and how the automatic alignment scores against them: the test of
// sentence alignment and `npm run bench` both report it.
import fs from "node:fs";
import path from "node:path";
import { createGlossaryMatchers, markText } from "../../lib/glossary/mark-paragraphs";
import { matchableTerms } from "../../lib/glossary/new-term";
import { escapeInlineMarkdown } from "../../lib/import/source-text";
import { sentenceLinks } from "../../lib/reader/pair-sentences";
import { glossary } from "../../prisma/seed/glossary";

/** A pair of paragraphs and its sentence links, each as the Italian and the English sentences it joins. */
export interface GoldPair {
  /** The paragraph's line in the source (the seed: its number, 0 for the title). */
  line: number;
  it: string;
  en: string;
  links: [string[], string[]][];
}

export const GOLD_TEXTS = {
  pinocchio: "Collodi, Le avventure di Pinocchio, chapters I–V, and Carol Della Chiesa's English",
  seed: "the seed article, C.E.S.I.'s Cina e Kazakhstan, and its reviewed English",
} as const;

export function readGold(name: keyof typeof GOLD_TEXTS): GoldPair[] {
  const file = path.join(import.meta.dirname, "..", "fixtures", "sentence-gold", `${name}.json`);
  return JSON.parse(fs.readFileSync(file, "utf8")) as GoldPair[];
}

export interface Accuracy {
  /** All pairs, and those whose every link was found. */
  pairs: number;
  pairsRight: number;
  /** Pairs with more than one sentence on either side in the gold: the ones scored. */
  scored: number;
  goldLinks: number;
  foundLinks: number;
  /** Links found that the gold has: the same Italian joined with the same English. */
  right: number;
  precision: number;
  recall: number;
  /** The lines of the scored pairs with a link wrong or missed. */
  missed: number[];
  /** The confidence of each link found, right and wrong. */
  confidences: { right: number[]; wrong: number[] };
}

const matchers = createGlossaryMatchers(matchableTerms(glossary));

/**
 * The automatic links (lib/reader/pair-sentences.ts, with the seed glossary's terms as
 * anchors) against the gold's. A link counts as right when it joins exactly the same
 * stretch of Italian with exactly the same stretch of English, so a sentence cut
 * where the gold does not cut it is a miss only if it changes what is linked.
 */
export function scoreAlignment(gold: readonly GoldPair[]): Accuracy {
  let [scored, goldLinks, foundLinks, right, pairsRight] = [0, 0, 0, 0, 0];
  const missed: number[] = [];
  const confidences = { right: [] as number[], wrong: [] as number[] };
  for (const pair of gold) {
    const expected = new Set(goldStretches(pair));
    const found = foundStretches(pair);
    const all = found.length === expected.size && found.every((link) => expected.has(link.stretch));
    if (all) pairsRight++;
    if (!pair.links.some(([it, en]) => it.length > 1 || en.length > 1) && pair.links.length < 2) continue;
    scored++;
    goldLinks += expected.size;
    foundLinks += found.length;
    const hits = found.filter((link) => expected.has(link.stretch)).length;
    for (const link of found) (expected.has(link.stretch) ? confidences.right : confidences.wrong).push(link.confidence);
    right += hits;
    if (!all) missed.push(pair.line);
  }
  return {
    pairs: gold.length,
    pairsRight,
    scored,
    goldLinks,
    foundLinks,
    right,
    precision: right / foundLinks,
    recall: right / goldLinks,
    missed,
    confidences,
  };
}

/** Each gold link as "Italian stretch ⇄ English stretch". */
function goldStretches(pair: GoldPair): string[] {
  const cursors = { it: 0, en: 0 };
  const stretch = (language: "it" | "en", sentences: readonly string[]) => {
    if (sentences.length === 0) return "";
    const text = pair[language];
    const start = text.indexOf(sentences[0]!, cursors[language]);
    let end = start;
    for (const sentence of sentences) {
      const at = text.indexOf(sentence, end);
      if (at < 0) throw new Error(`Gold line ${pair.line}: "${sentence}" is not in its paragraph, in order.`);
      end = at + sentence.length;
    }
    cursors[language] = end;
    return text.slice(start, end);
  };
  return pair.links.map(([it, en]) => `${stretch("it", it)} ⇄ ${stretch("en", en)}`);
}

function foundStretches(pair: GoldPair): { stretch: string; confidence: number }[] {
  const text = { it: markText(matchers, "it", escapeInlineMarkdown(pair.it)), en: markText(matchers, "en", escapeInlineMarkdown(pair.en)) };
  const plain = { it: text.it.map((segment) => segment.text).join(""), en: text.en.map((segment) => segment.text).join("") };
  const links = sentenceLinks(text);
  if (!links) return [{ stretch: `${plain.it.trim()} ⇄ ${plain.en.trim()}`, confidence: 1 }];
  return links.confidence.map((confidence, link) => {
    const stretch = (language: "it" | "en") => {
      const sentences = links[language].filter((sentence) => sentence.link === link);
      return sentences.length ? plain[language].slice(sentences[0]!.start, sentences.at(-1)!.end) : "";
    };
    return { stretch: `${stretch("it")} ⇄ ${stretch("en")}`, confidence };
  });
}
