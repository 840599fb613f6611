// `npm run bench`: the reader's performance goals, each a ratio of two measurements
// taken side by side in this one run (the machines are noisy; absolute times are not
// comparable between runs, ratios are). Uses its own database under data/bench/.
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import autocannon from "autocannon";
import { generateDocument, generateTerms } from "./bench/generate";
import { printResults } from "./bench/report";
import { alternate, alternateAsync, median, time } from "./bench/timing";

process.env.DATABASE_URL = "file:data/bench/bench.db";
process.env.NEXT_TELEMETRY_DISABLED = "1";
const PORT = Number(process.env.BENCH_PORT ?? 3300);
const BASE = `http://127.0.0.1:${PORT}`;
const STATIC_DIR = path.join("public", "bench-static");

fs.rmSync("data/bench", { recursive: true, force: true });
fs.rmSync(STATIC_DIR, { recursive: true, force: true });
const { prepareDatabase } = await import("./prepare-database");
const { buildIfNeeded } = await import("./build-if-needed");
await prepareDatabase();
const { db } = await import("../lib/db");
const { storeDocument } = await import("../lib/import/store-document");
const { createGlossaryMatchers } = await import("../lib/glossary/mark-paragraphs");
const { matchableTerms } = await import("../lib/glossary/new-term");
const { buildReaderPairs } = await import("../lib/reader/reader-pairs");
const { glossary } = await import("../prisma/seed/glossary");

const results: { name: string; value: number; goal: string; ok: boolean; detail: string }[] = [];

// 1. Glossary marking: 5,000 terms against 5, same 2,000-paragraph document.
const seedParagraphs = await db.paragraph.findMany({ orderBy: { position: "asc" }, select: { textIt: true, textEn: true } });
const italian = seedParagraphs.map((p) => p.textIt);
const english = seedParagraphs.map((p) => p.textEn);
const paragraphs = generateDocument("bench-2000", 2000, italian, english).paragraphs.map((p, index) => ({
  position: index + 1,
  textIt: p.textIt,
  textEn: p.textEn ?? "",
  translatorNote: null,
  published: "approved" as const,
  reviewedBy: null,
  reviewedAt: null,
}));
const fewTerms = matchableTerms(
  glossary.filter((term) => ["sco", "cina", "kazakhstan", "unione-sovietica", "asia-centrale"].includes(term.slug)),
);
const manyTerms = matchableTerms([...glossary, ...generateTerms(5000 - glossary.length)]);
const buildFew = time(() => createGlossaryMatchers(fewTerms));
const buildMany = time(() => createGlossaryMatchers(manyTerms));
const few = createGlossaryMatchers(fewTerms);
const many = createGlossaryMatchers(manyTerms);
const [markFew, markMany] = alternate(
  9,
  () => buildReaderPairs(paragraphs, few),
  () => buildReaderPairs(paragraphs, many),
);
results.push({
  name: "glossary marking, 2,000 paragraphs: 5,000 terms / 5 terms",
  value: markMany / markFew,
  goal: "≤ 1.5",
  ok: markMany / markFew <= 1.5,
  detail: `${ms(markMany)} vs ${ms(markFew)} (median of 9); building the matchers once: ${ms(buildMany)} vs ${ms(buildFew)}, cached between requests`,
});

// Sentences: segmenting and aligning a book's sentences against aligning its paragraphs; the marks' weight.
const { benchSentences } = await import("./bench/sentences");
results.push(...benchSentences(italian, english, createGlossaryMatchers(matchableTerms(glossary))));

// 7. Pathological inputs against ordinary inputs of the same size: unpaired Markdown
// markers, a billion-laughs TMX, a word diff of two texts worded differently throughout.
const { benchHostileInputs } = await import("./bench/hostile-input");
results.push(...benchHostileInputs(italian));

// 5. Import: parse, align and store a generated 2,000-paragraph text with its English.
const { benchImport } = await import("./bench/import");
const imported = await benchImport(db);
results.push({
  name: "import with alignment, time per 1,000 paragraphs",
  value: imported.msPerThousand,
  goal: "measured, ms",
  ok: true,
  detail: imported.detail,
});

// 5b. The aligner at a book's size: 10,000 pairs against 1,000, per pair.
const { benchAlign } = await import("./bench/align");
results.push(benchAlign(italian, english));

// 9. A 5 MB import, as the import page runs it, while this process reads and saves.
const { benchImportWhileReading } = await import("./bench/import-while-reading");
results.push(...(await benchImportWhileReading(db, italian, english)));

// 2-4 need the app served (scripts/serve.mjs, as by npm start) on the bench database. Each view of a text
// is cached after its first request, so every timed request asks for a text of its own.
const ROUNDS = 7;
for (let round = 0; round <= ROUNDS; round++) {
  for (const count of [200, 2000]) {
    await storeDocument(db, generateDocument(`bench-${count}-${round}`, count, italian, english), { origin: "import" });
  }
}
// The long-text goals: each round's 100- and 10,000-pair books, and a reviewer's session for the workspace.
const { storeLongTexts, benchLongTexts } = await import("./bench/long-texts");
await storeLongTexts(db, italian, english);
const { createUser, signIn } = await import("../lib/auth/accounts");
const password = "bench reviewer password";
const benchReviewer = await createUser(db, { username: "bench-reviewer", role: "reviewer", displayName: "Bench Reviewer", password });
const session = await signIn(db, { username: "bench-reviewer", password, address: "bench" });
if (!session.ok) throw new Error(`the bench reviewer could not sign in: ${session.reason}`);
await db.$disconnect();
await buildIfNeeded();

let server = await startServer();
try {
  // 2. Server rendering (first, uncached requests): 2,000 paragraphs / 200, alternated.
  let round = 0;
  const page = (count: number) => `${BASE}/en/texts/bench-${count}-${round}?view=side`;
  await fetchText(page(200));
  await fetchText(page(2000));
  round = 1;
  const [render200, render2000] = await alternateAsync(
    ROUNDS,
    () => fetchText(page(200)),
    () => fetchText(page(2000)).then(() => round++),
  );
  results.push({
    name: "server rendering: 2,000-paragraph reader / 200-paragraph reader",
    value: render2000 / render200,
    goal: "≤ 12",
    ok: render2000 / render200 <= 12,
    detail: `${ms(render2000)} vs ${ms(render200)} per first request of a text (median of ${ROUNDS})`,
  });

  // 3. Throughput: the seed text's reader, at the address the library links to, against
  // a static file of the same size; alternated in rounds so both see the same machine.
  const readerUrl = `${BASE}/en/texts/cesi-cina-kazakhstan`;
  const readerBytes = Buffer.byteLength(await (await fetch(readerUrl)).text());
  await stopServer(server);
  fs.mkdirSync(STATIC_DIR, { recursive: true });
  fs.writeFileSync(
    path.join(STATIC_DIR, "same-size.html"),
    `<!doctype html><title>x</title><p>${"x".repeat(Math.max(0, readerBytes - 31))}</p>`,
  );
  server = await startServer();
  const staticUrl = `${BASE}/bench-static/same-size.html`;
  await load(readerUrl, 2);
  await load(staticUrl, 2);
  const THROUGHPUT_ROUNDS = 5;
  const rates: [number[], number[]] = [[], []];
  for (let i = 0; i < THROUGHPUT_ROUNDS; i++) {
    rates[0].push(await load(readerUrl, 3));
    rates[1].push(await load(staticUrl, 3));
  }
  const [readerRps, staticRps] = rates.map(median) as [number, number];
  results.push({
    name: "requests/s, 20 connections: seed reader page / static file of its size",
    value: readerRps / staticRps,
    goal: "≥ 0.2",
    ok: readerRps / staticRps >= 0.2,
    detail: `${readerRps.toFixed(0)} vs ${staticRps.toFixed(0)} requests/s (medians of ${THROUGHPUT_ROUNDS} alternated 3-second runs: ${rates[0].map((rate) => rate.toFixed(0)).join(", ")} vs ${rates[1].map((rate) => rate.toFixed(0)).join(", ")}), ${readerBytes} bytes each`,
  });

  // 8. Long texts: a 10,000-pair book against a 100-pair text, reader and workspace.
  const { SESSION_COOKIE } = await import("../lib/auth/cookie-names");
  results.push(...(await benchLongTexts(BASE, `${SESSION_COOKIE}=${session.token}`)));
  const { benchEditions } = await import("./bench/editions");
  results.push(...(await benchEditions(BASE, server.pid!, `${SESSION_COOKIE}=${session.token}`)));

  // 4. First-load JavaScript: the reader against the app's blank page (not-found: the layout only).
  const readerJs = await firstLoadJs(readerUrl);
  const blankJs = await firstLoadJs(`${BASE}/en/blank-page-for-bench`);
  const extra = (readerJs - blankJs) / 1024;
  results.push({
    name: "first-load JavaScript: reader page − blank page (gzipped)",
    value: extra,
    goal: "≤ 15 KB",
    ok: extra <= 15,
    detail: `${(readerJs / 1024).toFixed(1)} KB vs ${(blankJs / 1024).toFixed(1)} KB`,
  });
} finally {
  await stopServer(server);
  fs.rmSync(STATIC_DIR, { recursive: true, force: true });
}

// 10. Batch decisions: 1,000 pairs approved in one batch against one by one. After the
// served goals: its 6,000 pairs would otherwise change the bench database they read.
const { benchBatchDecisions } = await import("./bench/batch");
results.push(...(await benchBatchDecisions(db, benchReviewer, italian, english)));

// 12. The CAT round trip: a 10,000-pair text updated from a translated XLIFF (preview and
// apply) against importing the same file as a new text.
const { benchUpdateFromFile } = await import("./bench/update");
results.push(...(await benchUpdateFromFile(db, benchReviewer, italian, english)));

// 14. A new version of a 10,000-pair Italian (preview and apply) against importing it as a new text.
const { benchNewSource } = await import("./bench/new-source");
const benchAdmin = await createUser(db, { username: "bench-admin", role: "admin", displayName: "Bench Admin", password });
results.push(...(await benchNewSource(db, benchAdmin, italian, english)));

// 6. Search over 100,000 paragraphs: the app's search call / the same FTS5 query run directly.
const { benchSearch } = await import("./bench/search");
const searched = await benchSearch();
results.push({
  name: "search, 100,000 paragraphs: app's search call / the same FTS5 query through better-sqlite3",
  value: searched.ratio,
  goal: "≤ 2",
  ok: searched.ratio <= 2,
  detail: searched.detail,
});

// 13. Fuzzy matches for one pair against the same 100,000 approved pairs (the search bench's database).
const { benchFuzzyMatches } = await import("./bench/fuzzy");
results.push(...(await benchFuzzyMatches()));

// 11. PostgreSQL (README, Running on PostgreSQL): concurrency, search and two instances,
// on databases of their own on the server npm test uses (scripts/test-postgres.mjs).
// `npm run bench:postgres` runs these alone.
const { benchPostgres } = await import("./bench/postgres");
results.push(...(await benchPostgres({ port: PORT, chromiumPath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium" })));

printResults(results);

async function fetchText(url: string): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  return response.text();
}

async function load(url: string, seconds: number): Promise<number> {
  const result = await autocannon({ url, connections: 20, duration: seconds });
  if (result.non2xx || result.errors) throw new Error(`${url}: ${result.non2xx} non-2xx answers, ${result.errors} errors under load`);
  return result.requests.average;
}

/** Every script chunk the page loads at once: its <script> tags and the client components its payload names. */
async function firstLoadJs(url: string): Promise<number> {
  const html = await (await fetch(url)).text();
  const scripts = [...new Set(html.match(/\/_next\/static\/chunks\/[\w.-]+\.js/g) ?? [])];
  let total = 0;
  for (const src of scripts) {
    const body = Buffer.from(await (await fetch(new URL(src, BASE))).arrayBuffer());
    total += zlib.gzipSync(body).length;
  }
  return total;
}

async function startServer(): Promise<ChildProcess> {
  // The server `npm start` runs (next start behind the client-address listener).
  const child = spawn(process.execPath, ["scripts/serve.mjs"], {
    env: { ...process.env, PORT: String(PORT) },
    stdio: "ignore",
    detached: true,
  });
  for (let attempt = 0; attempt < 100; attempt++) {
    try {
      if ((await fetch(`${BASE}/en`)).ok) return child;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error("the server did not answer within 20 s");
}

async function stopServer(child: ChildProcess): Promise<void> {
  // next start leaves next-server running unless the whole process group is stopped.
  if (child.pid && child.exitCode === null) {
    process.kill(-child.pid, "SIGTERM");
    await new Promise((resolve) => child.once("exit", resolve));
  }
}

function ms(value: number): string {
  return `${value.toFixed(1)} ms`;
}
