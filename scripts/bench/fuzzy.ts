// The translation memory's goal of `npm run bench`: fuzzy matches for one pair's Italian
// (lib/memory/fuzzy-matches.ts) against the 100,000 approved pairs of the search bench's
// database (scripts/bench/search.ts builds it), side by side with one FTS5 query through
// the app's search call.
import path from "node:path";
import { fuzzyMatches } from "../../lib/memory/fuzzy-matches";
import { createPrismaClient } from "../../lib/prisma-client";
import { searchPairs } from "../../lib/search/search-paragraphs";
import { buildSearchQuery } from "../../lib/search/search-query";
import { random } from "./generate";
import type { Goal } from "./long-texts";
import { PARAGRAPHS, SEARCH_BENCH_FILE } from "./search";
import { alternateAsync } from "./timing";

/** Pairs looked up, each an approved pair with a word in ten changed, as a revised source would be. */
const LOOKUPS = 15;
const GOAL_MS = 100;

export async function benchFuzzyMatches(): Promise<Goal[]> {
  const db = createPrismaClient(`file:${path.resolve(SEARCH_BENCH_FILE)}`);
  try {
    const next = random(5);
    const ids = Array.from({ length: LOOKUPS }, () => 1 + Math.floor(next() * PARAGRAPHS));
    const sources = await db.paragraph.findMany({ where: { id: { in: ids } }, select: { id: true, approvedIt: true } });
    const lookups = sources.map((source) => {
      const words = (source.approvedIt ?? "").split(" ");
      const changed = words.map((word, index) => (index % 10 === 3 ? "ornitorinco" : word)).join(" ");
      return { id: source.id, text: changed };
    });
    const query = buildSearchQuery("cooperazione")!;
    const fuzzy: number[] = [];
    const search: number[] = [];
    let foundFirst = 0;
    for (const lookup of lookups) {
      const [fuzzyMs, searchMs] = await alternateAsync(
        3,
        () => fuzzyMatches(db, lookup.text),
        () => searchPairs(db, query, 1),
      );
      fuzzy.push(fuzzyMs);
      search.push(searchMs);
      const [best] = await fuzzyMatches(db, lookup.text);
      const source = sources.find((pair) => pair.id === lookup.id);
      if (best && best.textIt === source?.approvedIt) foundFirst += 1;
    }
    const [fuzzyMedian, searchMedian] = [
      fuzzy.sort((a, b) => a - b)[Math.floor(LOOKUPS / 2)]!,
      search.sort((a, b) => a - b)[Math.floor(LOOKUPS / 2)]!,
    ];
    return [
      {
        name: "fuzzy matches for one pair against 100,000 approved pairs (ms, median)",
        value: fuzzyMedian,
        goal: `≤ ${GOAL_MS}`,
        ok: fuzzyMedian <= GOAL_MS && foundFirst === lookups.length,
        detail: `${fuzzyMedian.toFixed(1)} ms, ${(fuzzyMedian / searchMedian).toFixed(2)}× one FTS5 query through the app's search ("cooperazione", first page: ${searchMedian.toFixed(1)} ms); ${LOOKUPS} pairs, each an approved pair of 20–80 words with one word in ten changed: the pair it was made from came first for ${foundFirst} of ${lookups.length}`,
      },
    ];
  } finally {
    await db.$disconnect();
  }
}
