// The long-texts goals of `npm run bench`: a 10,000-pair book against a 100-pair text,
// side by side in one run, on the served app.
import { performance } from "node:perf_hooks";
import type { PrismaClient } from "../../lib/generated/prisma/client";
import { storeDocument } from "../../lib/import/store-document";
import { generateBook } from "./generate";
import { median } from "./timing";

const SIZES = [100, 10_000] as const;
/** The first pair that needs work, at the same place in both texts. */
const NEEDS_WORK_AT = 75;

const slugOf = (count: number, round: number) => `book-${count}-${round}`;

export interface Goal {
  name: string;
  value: number;
  goal: string;
  ok: boolean;
  detail: string;
}

/** Stores the two books: chapters every 150 pairs, all approved but one pair waiting for review. */
export async function storeLongTexts(db: PrismaClient, italian: readonly string[], english: readonly string[]): Promise<void> {
  for (const count of SIZES) {
    const book = generateBook(slugOf(count, 0), count, italian, english);
    book.paragraphs[NEEDS_WORK_AT - 1] = { ...book.paragraphs[NEEDS_WORK_AT - 1]!, status: "translated" };
    await storeDocument(db, book, { origin: "import" });
  }
}

interface Fetched {
  firstByte: number;
  total: number;
  bytes: number;
  body: string;
}

/** One request: milliseconds to the first byte of the body and to its end, and the body. */
async function measure(url: string, init: RequestInit = {}): Promise<Fetched> {
  const start = performance.now();
  const response = await fetch(url, init);
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  const reader = response.body!.getReader();
  const chunks: Uint8Array[] = [];
  let firstByte = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (!firstByte) firstByte = performance.now() - start;
    if (done) break;
    chunks.push(value);
  }
  const body = Buffer.concat(chunks);
  return { firstByte, total: performance.now() - start, bytes: body.length, body: body.toString("utf8") };
}

/** The bytes of the reader page's pairs alone: its <section class="pairs …"> element. */
function pairsHtmlBytes(html: string): number {
  const start = html.indexOf('class="pairs ');
  const open = html.lastIndexOf("<section", start);
  const close = html.indexOf("</section>", start);
  if (start < 0 || open < 0 || close < 0) throw new Error("no pairs section in the page");
  return Buffer.byteLength(html.slice(open, close + "</section>".length));
}

function ratioGoal(name: string, long: number[], short: number[], unit: "ms" | "bytes", limit = 1.5): Goal {
  const [a, b] = [median(long), median(short)];
  const format = (value: number) => (unit === "ms" ? `${value.toFixed(1)} ms` : `${Math.round(value)} bytes`);
  return {
    name,
    value: a / b,
    goal: `≤ ${limit}`,
    ok: a / b <= limit,
    detail: `${format(a)} vs ${format(b)} (medians of ${long.length}: ${long.map(format).join(", ")} vs ${short.map(format).join(", ")})`,
  };
}

/**
 * Every long-text goal, measured against the served app at `base`; `cookie` is a
 * reviewer's session. Each interface language, view and language order of a section is
 * a page of its own in Next's cache, so each combination gives one uncached request
 * (its first) and then cached ones; the first page and the middle section get
 * different combinations, since a 100-pair text's middle is its first page.
 */
export async function benchLongTexts(base: string, cookie: string): Promise<Goal[]> {
  type Series = Record<(typeof SIZES)[number], number[]>;
  const series = (): Series => ({ 100: [], 10000: [] });
  const firstUncached = { time: series(), bytes: series() };
  const firstCached = { time: series() };
  const middleUncached = { time: series(), bytes: series() };
  const middleCached = { time: series() };
  const workspace = { time: series(), bytes: series() };
  const nextWork = { time: series() };
  const perPair: number[] = [];
  const team = { headers: { cookie } };
  const combinations = ["it", "en"].flatMap((locale) =>
    ["side", "it", "en", "interleaved", "reveal"].flatMap((view) =>
      ["it", "en"].map((first) => ({ locale, query: `view=${view}&first=${first}` })),
    ),
  );
  const half = combinations.length / 2;
  const reader = (count: number, locale: string) => `${base}/${locale}/texts/${slugOf(count, 0)}`;

  for (const [index, { locale, query }] of combinations.entries()) {
    for (const count of SIZES) {
      if (index < half) {
        const first = await measure(`${reader(count, locale)}?${query}`);
        firstUncached.time[count].push(first.firstByte);
        firstUncached.bytes[count].push(first.bytes);
        firstCached.time[count].push((await measure(`${reader(count, locale)}?${query}`)).firstByte);
      } else {
        // A pair in the middle, by its address: the server's redirect, then its section's page.
        const middle = `${reader(count, locale)}/at/${count / 2}?${query}`;
        const deep = await measure(middle);
        middleUncached.time[count].push(deep.firstByte);
        middleUncached.bytes[count].push(deep.bytes);
        middleCached.time[count].push((await measure(middle)).firstByte);
        if (count === 10_000) perPair.push(deep.bytes / pairsHtmlBytes(deep.body));
      }
    }
  }
  for (let round = 0; round < WORKSPACE_ROUNDS; round++) {
    for (const count of SIZES) {
      const desk = await measure(`${reader(count, "en")}/review`, team);
      workspace.time[count].push(desk.total);
      workspace.bytes[count].push(desk.bytes);
      const start = performance.now();
      const next = await fetch(`${reader(count, "en")}/review/next?from=1`, { ...team, redirect: "manual" });
      nextWork.time[count].push(performance.now() - start);
      if (!next.headers.get("location")?.endsWith(`#p-${NEEDS_WORK_AT}`)) {
        throw new Error(`next pair that needs work in ${slugOf(count, 0)}: ${next.status} ${next.headers.get("location")}`);
      }
    }
  }

  const goals = [
    ratioGoal("reader, first page, uncached, bytes: 10,000 pairs / 100", firstUncached.bytes[10_000], firstUncached.bytes[100], "bytes"),
    ratioGoal("reader, first page, uncached, time to first byte: 10,000 / 100", firstUncached.time[10_000], firstUncached.time[100], "ms"),
    ratioGoal("reader, first page, cached, time to first byte: 10,000 / 100", firstCached.time[10_000], firstCached.time[100], "ms"),
    ratioGoal(
      "reader, middle pair by its address (#p-N), uncached, bytes: 10,000 / 100",
      middleUncached.bytes[10_000],
      middleUncached.bytes[100],
      "bytes",
    ),
    ratioGoal(
      "reader, middle pair by its address, uncached, time to first byte: 10,000 / 100",
      middleUncached.time[10_000],
      middleUncached.time[100],
      "ms",
    ),
    ratioGoal(
      "reader, middle pair by its address, cached, time to first byte: 10,000 / 100",
      middleCached.time[10_000],
      middleCached.time[100],
      "ms",
    ),
    ratioGoal("workspace, first page, bytes: 10,000 / 100", workspace.bytes[10_000], workspace.bytes[100], "bytes"),
    ratioGoal("workspace, first page, time: 10,000 / 100", workspace.time[10_000], workspace.time[100], "ms"),
    ratioGoal("next pair that needs work: 10,000 / 100", nextWork.time[10_000], nextWork.time[100], "ms"),
  ];
  const bytesPerPair = median(perPair);
  goals.push({
    name: "reader page bytes / its pairs' HTML alone (a 10,000-pair book's middle section)",
    value: bytesPerPair,
    goal: "≤ 1.3",
    ok: bytesPerPair <= 1.3,
    detail: `whole page over the bytes of its <section class="pairs"> element (median of ${perPair.length}: ${perPair.map((ratio) => ratio.toFixed(2)).join(", ")})`,
  });
  return goals;
}

const WORKSPACE_ROUNDS = 7;
