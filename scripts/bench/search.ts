// Search over 100,000 stored paragraphs: the app's search call (Prisma, the adapter,
// highlight splitting) against the very same FTS5 statement run directly through
// better-sqlite3, on a database of its own under data/bench/.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import Database from "better-sqlite3";
import { createPrismaClient } from "../../lib/prisma-client";
import { searchPairs, searchStatement } from "../../lib/search/search-paragraphs";
import { PAIR_INDEX, withInflections } from "../../lib/search/inflections";
import { buildSearchQuery } from "../../lib/search/search-query";
import { SEED_TEXT_FILE } from "../../prisma/seed/seed-library";
import { translation } from "../../prisma/seed/cesi-cina-kazakhstan.en";
import { random } from "./generate";
import { alternateAsync } from "./timing";

export const SEARCH_BENCH_FILE = path.join("data", "bench", "search.db");
const FILE = SEARCH_BENCH_FILE;
export const PARAGRAPHS = 100_000;
export const PER_DOCUMENT = 2_000;
export const REPETITIONS = 25;
/**
 * From very common to rare words, one and several, with elision and accents, and one
 * that finds nothing (where the app's fixed cost, not SQLite, is most of the time).
 */
export const QUERIES = [
  "cooperazione",
  "dell'Asia centrale",
  "sicurezza defence",
  "Kazakh",
  "instabilita",
  "Nazarbayev Astana giugno",
  "ornitorinco",
];

export async function benchSearch(): Promise<{ ratio: number; detail: string }> {
  const url = `file:${path.resolve(FILE)}`;
  for (const suffix of ["", "-wal", "-shm", "-journal"]) fs.rmSync(FILE + suffix, { force: true });
  fs.mkdirSync(path.dirname(FILE), { recursive: true });
  const migrated = spawnSync(process.execPath, ["scripts/prisma.mjs", "migrate", "deploy"], {
    env: { ...process.env, DATABASE_URL: url },
    encoding: "utf8",
  });
  if (migrated.status !== 0) throw new Error(`prisma migrate deploy failed:\n${migrated.stdout}\n${migrated.stderr}`);
  const direct = new Database(FILE);
  const db = createPrismaClient(url);
  try {
    direct.pragma("journal_mode = WAL");
    const started = performance.now();
    storeGeneratedText(direct);
    const stored = performance.now() - started;

    const rows: string[] = [];
    let app = 0;
    let raw = 0;
    for (const input of QUERIES) {
      const query = buildSearchQuery(input);
      if (!query) throw new Error(`"${input}" has no words`);
      // The statement the app runs: the query with the index's words of each word's stem (SQLite has no stemmer).
      const statement = searchStatement(db, await withInflections(db, query, PAIR_INDEX), 1);
      // Prepared on every call, as Prisma's adapter does: the same work, minus the app's (the stems' lookups included).
      const runDirect = () => direct.prepare(statement.sql).all(...statement.values);
      const runApp = () => searchPairs(db, query, 1);
      const [appMs, directMs] = await alternate(REPETITIONS, runApp, async () => runDirect());
      const { total } = await runApp();
      app += appMs;
      raw += directMs;
      rows.push(`"${input}" (${total} pairs): ${appMs.toFixed(2)} vs ${directMs.toFixed(2)} ms (${(appMs / directMs).toFixed(2)})`);
    }
    return {
      ratio: app / raw,
      detail: `medians of ${REPETITIONS}, app vs direct, first page of 20: ${rows.join("; ")}; ${PARAGRAPHS.toLocaleString("en")} paragraphs stored in ${(stored / 1000).toFixed(1)} s`,
    };
  } finally {
    direct.close();
    await db.$disconnect();
  }
}

function wordsOf(text: string): string[] {
  return text.match(/[\p{L}\p{N}’']+/gu) ?? [];
}

/**
 * Approved pairs of 20 to 80 words drawn from the seed text, so words keep their
 * frequencies: the same pairs on every call (a fixed seed), for SQLite and PostgreSQL.
 */
export function* generatedPairs(): Generator<{ document: number; position: number; textIt: string; textEn: string }> {
  const next = random(11);
  const italian = wordsOf(fs.readFileSync(SEED_TEXT_FILE, "utf8"));
  const english = wordsOf(translation.paragraphs.map((p) => p.en).join(" "));
  const sentence = (words: readonly string[]) =>
    Array.from({ length: 20 + Math.floor(next() * 60) }, () => words[Math.floor(next() * words.length)]).join(" ") + ".";
  for (let document = 1; document <= PARAGRAPHS / PER_DOCUMENT; document++) {
    for (let position = 1; position <= PER_DOCUMENT; position++)
      yield { document, position, textIt: sentence(italian), textEn: sentence(english) };
  }
}

/**
 * The generated pairs, written in one transaction straight into the tables (storing them
 * through the importer takes minutes and is not what is measured); the migration's
 * triggers index them exactly as they index the app's own writes.
 */
function storeGeneratedText(sqlite: Database.Database): void {
  const now = new Date().toISOString();
  const insertDocument = sqlite.prepare(
    `INSERT INTO "Document" ("slug", "titleIt", "titleEn", "originalTitle", "sourceName", "attribution", "updatedAt") VALUES (?, ?, ?, ?, 'Benchmark', 'Benchmark', ?)`,
  );
  const insertParagraph = sqlite.prepare(
    `INSERT INTO "Paragraph" ("documentId", "position", "textIt", "textEn", "approvedEn", "approvedIt", "status", "updatedAt") VALUES (?, ?, ?, ?, ?, ?, 'approved', ?)`,
  );
  sqlite.transaction(() => {
    const ids = new Map<number, number | bigint>();
    for (const pair of generatedPairs()) {
      if (!ids.has(pair.document)) {
        const title = `Testo generato ${pair.document}`;
        ids.set(
          pair.document,
          insertDocument.run(`search-bench-${pair.document}`, title, `Generated text ${pair.document}`, title, now).lastInsertRowid,
        );
      }
      insertParagraph.run(ids.get(pair.document), pair.position, pair.textIt, pair.textEn, pair.textEn, pair.textIt, now);
    }
  })();
}

/** Runs a and b once each to warm up, then alternately n times; returns their medians. */
export async function alternate(n: number, a: () => Promise<unknown>, b: () => Promise<unknown>): Promise<[number, number]> {
  await a();
  await b();
  return alternateAsync(n, a, b);
}
