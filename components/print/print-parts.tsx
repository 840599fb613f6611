import { getLocale, getTranslations } from "next-intl/server";
import { Suspense } from "react";
import { ServerMarkup } from "@/components/reader/server-markup";
import { getTermsBySlugs } from "@/lib/glossary";
import { usedTerms, type GlossaryMatchers } from "@/lib/glossary/mark-paragraphs";
import { getPublishedPairs } from "@/lib/library";
import { putServerMarkup } from "@/lib/reader/markup-channel";
import { buildReaderPairs, type ReaderPairData } from "@/lib/reader/reader-pairs";
import type { ContentLanguage } from "@/lib/reader/reading-preferences";
import { GlossaryAppendix } from "./glossary-appendix";
import { printPairMarkup } from "./print-pair";

/**
 * Pairs in the first part, sent with the page itself: a text this long prints whole
 * even without JavaScript, and a book's first page comes as fast as an article's.
 */
export const FIRST_PART = 100;
/** Pairs per later part: each is read, marked and sent before the next is read. */
const PART = 50;

/**
 * Where the glossary's terms occur, gathered part by part as the text is printed; the
 * appendix, after the last part, waits for it.
 */
export class TermsFound {
  readonly positions = new Map<string, number[]>();
  readonly complete: Promise<ReadonlyMap<string, readonly number[]>>;
  finish!: () => void;
  fail!: (error: unknown) => void;

  constructor() {
    this.complete = new Promise((resolve, reject) => {
      this.finish = () => resolve(this.positions);
      this.fail = reject;
    });
  }

  add(pairs: readonly ReaderPairData[]) {
    for (const pair of pairs) {
      for (const slug of usedTerms([pair.text.it, pair.text.en])) {
        const positions = this.positions.get(slug);
        if (positions) positions.push(pair.position);
        else this.positions.set(slug, [pair.position]);
      }
    }
  }
}

interface PartProps {
  documentId: number;
  pairCount: number;
  /** The part's first position. */
  from: number;
  first: ContentLanguage;
  matchers: GlossaryMatchers;
  found: TermsFound;
}

/**
 * The printed pairs from `from` on: this part's, sent as soon as they are ready, then
 * the rest behind a Suspense boundary, read only once this part is done (a browser
 * puts streamed parts in place with a script: without JavaScript, only the first part
 * shows, and the page says so). A book is
 * thus streamed part by part and never held whole, in the database's answers or in
 * the page (the pairs' markup goes through lib/reader/markup-channel.ts, not the page
 * data).
 */
export async function PrintParts({ documentId, pairCount, from, first, matchers, found }: PartProps) {
  // The database answers at once (SQLite, in this process), so without a pause the whole
  // book would render in one go: nothing sent until the end, and every other request
  // kept waiting. Between parts, the server sends what is ready and serves others.
  if (from > 1) await new Promise((resolve) => setImmediate(resolve));
  const last = Math.min(from + (from === 1 ? FIRST_PART : PART) - 1, pairCount);
  const [t, locale, pairs] = await Promise.all([
    getTranslations("Reader"),
    getLocale(),
    // A part that fails fails the appendix too, which would otherwise wait for ever.
    readPart(documentId, from, last, matchers).catch((error: unknown) => {
      found.fail(error);
      throw error;
    }),
  ]);
  found.add(pairs);
  if (last >= pairCount) found.finish();
  const labels = {
    locale,
    noTranslation: t("noTranslation"),
    translatorNote: t("translatorNote"),
    lostWord: t("lostWord"),
    pair: (number: number) => t("pair", { number }),
  };
  return (
    <>
      <ServerMarkup
        as="div"
        className="print-part"
        markup={putServerMarkup(pairs.map((pair) => printPairMarkup(pair, first, labels)))}
        reloadWhenMissing
      />
      {last < pairCount ? (
        <Suspense fallback={null}>
          <PrintParts documentId={documentId} pairCount={pairCount} from={last + 1} first={first} matchers={matchers} found={found} />
        </Suspense>
      ) : null}
    </>
  );
}

async function readPart(documentId: number, from: number, last: number, matchers: GlossaryMatchers) {
  return buildReaderPairs(await getPublishedPairs(documentId, from, last), matchers).pairs;
}

/** The glossary appendix, once every part has said which terms it holds. */
export async function PrintAppendix({ found }: { found: TermsFound }) {
  const positions = await found.complete;
  return <GlossaryAppendix terms={await getTermsBySlugs(positions.keys())} positions={positions} />;
}
