// The sentence goals of `npm run bench`: segmenting and aligning the sentences of a
// 10,000-pair text against aligning its paragraphs, and the weight sentence marks add
// to the reader's pairs.
import { createElement, Fragment } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { paragraphMarkup } from "../../components/reader/paragraph-text";
import type { GlossaryMatchers } from "../../lib/glossary/mark-paragraphs";
import { SENTENCE_DOUBT } from "../../lib/core/limits";
import { markText } from "../../lib/glossary/mark-paragraphs";
import { pairBlocks } from "../../lib/import/pair-blocks";
import { pairSentences } from "../../lib/reader/pair-sentences";
import { readGold, scoreAlignment } from "../../tests/support/sentence-gold";
import type { Goal } from "./long-texts";
import { median, time } from "./timing";

const PAIRS = 10_000;
/** Seed paragraphs per generated paragraph: several sentences each. */
const JOINED = 3;
/** Every this many English paragraphs, one is cut in two, so the paragraph aligner has work to do. */
const SPLIT_EVERY = 40;
const ROUNDS = 3;

export function benchSentences(italian: readonly string[], english: readonly string[], matchers: GlossaryMatchers): Goal[] {
  const paragraph = (texts: readonly string[], index: number) =>
    Array.from({ length: JOINED }, (_, offset) => texts[(index * JOINED + offset) % texts.length]!).join(" ");
  const pairs = Array.from({ length: PAIRS }, (_, index) => ({ it: paragraph(italian, index), en: paragraph(english, index) }));
  const italianBlocks = pairs.map((pair) => ({ text: pair.it }));
  const englishBlocks = pairs.flatMap((pair, index) => {
    if (index % SPLIT_EVERY !== 1) return [{ text: pair.en }];
    const cut = pair.en.indexOf(". ") + 1;
    return cut > 0 ? [{ text: pair.en.slice(0, cut) }, { text: pair.en.slice(cut + 1) }] : [{ text: pair.en }];
  });
  const marked = pairs.map((pair) => ({ it: markText(matchers, "it", pair.it), en: markText(matchers, "en", pair.en) }));

  const paragraphTimes: number[] = [];
  const sentenceTimes: number[] = [];
  let linked = 0;
  for (let round = 0; round < ROUNDS; round++) {
    paragraphTimes.push(time(() => pairBlocks(italianBlocks, englishBlocks)));
    sentenceTimes.push(
      time(() => {
        linked = marked.filter((text) => pairSentences(text)).length;
      }),
    );
  }
  const [sentences, paragraphs] = [median(sentenceTimes), median(paragraphTimes)];

  // The reader's halves as HTML, with and without their sentence marks.
  const html = (withSentences: boolean) =>
    marked.reduce((bytes, text) => {
      const spans = withSentences ? pairSentences(text) : null;
      const halves = (["it", "en"] as const).map((language) =>
        createElement(Fragment, { key: language }, ...paragraphMarkup(text[language], "en", { sentences: spans?.[language] })),
      );
      return bytes + Buffer.byteLength(renderToStaticMarkup(createElement(Fragment, null, ...halves)));
    }, 0);
  const [marks, plain] = [html(true), html(false)];
  const [book, seed] = [scoreAlignment(readGold("pinocchio")), scoreAlignment(readGold("seed"))];
  const doubtful = (confidences: number[]) => confidences.filter((confidence) => confidence < SENTENCE_DOUBT).length;
  return [
    {
      name: "sentence links as the hand-checked gold has them, Pinocchio I–V: precision (links found right / found)",
      value: book.precision,
      goal: "≥ 0.95 (aim)",
      ok: book.precision >= 0.95,
      detail:
        `${book.right} of ${book.foundLinks} found right, recall ${book.recall.toFixed(3)} (${book.right} of ${book.goldLinks}) ` +
        `over the ${book.scored} pairs of several sentences; ${doubtful(book.confidences.wrong)} of the ${book.confidences.wrong.length} wrong ` +
        `links and ${doubtful(book.confidences.right)} of the right ones marked doubtful; seed article: ${seed.pairsRight} of ${seed.pairs} pairs right`,
    },
    {
      name: "segmenting and aligning the sentences of 10,000 pairs / aligning their paragraphs",
      value: sentences / paragraphs,
      goal: "≤ 2",
      ok: sentences / paragraphs <= 2,
      detail: `${sentences.toFixed(0)} ms vs ${paragraphs.toFixed(0)} ms (medians of ${ROUNDS}); ${linked} of ${PAIRS} pairs have more than one sentence link`,
    },
    {
      name: "reader pairs' HTML with sentence marks / without",
      value: marks / plain,
      goal: "≤ 1.15",
      ok: marks / plain <= 1.15,
      detail: `${(marks / 1e6).toFixed(2)} MB vs ${(plain / 1e6).toFixed(2)} MB for the halves of ${PAIRS} pairs of ${JOINED} seed paragraphs each`,
    },
  ];
}
