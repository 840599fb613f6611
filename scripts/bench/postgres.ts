// The PostgreSQL goals (README, Running on PostgreSQL), each measured side by side in
// one run on a database of its own, dropped at the end:
// - concurrency: 8 writer processes saving the same pairs and a reader process reading
//   all along, on SQLite and on PostgreSQL: lost updates, and the reader's reads per
//   second under that write load, PostgreSQL / SQLite;
// - search over 100,000 paragraphs: the app's call / the same SQL through pg, and the
//   pairs found by stemming that SQLite's FTS5 does not find (the same 100,000 pairs);
// - two app servers on one database: from an approval on A to B serving it (median, worst).
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { randomBytes } from "node:crypto";
import Database from "better-sqlite3";
import pg from "pg";
import { chromium } from "@playwright/test";
import { createPrismaClient, type Database as Db } from "../../lib/prisma-client";
import { searchPairs, searchStatement } from "../../lib/search/search-paragraphs";
import { buildSearchQuery } from "../../lib/search/search-query";
import { seedLibrary } from "../../prisma/seed/seed-library";
import { startConcurrentProcess } from "../../tests/support/concurrent-process";
import type { ReaderLine, WriterLine } from "../../tests/support/concurrent-writer";
import { createDatabase, databaseOnServer, dropDatabase } from "../postgres-admin";
import { ensurePostgres } from "../test-postgres.mjs";
import type { BenchResult } from "./report";
import { alternate, generatedPairs, QUERIES, REPETITIONS, SEARCH_BENCH_FILE } from "./search";
import { median } from "./timing";

type Result = BenchResult;

const WRITERS = 8;
const ROUNDS = 20;
/** Queries whose words differ from the text's by inflection, where stemming finds what a prefix does not. */
const RECALL_QUERIES = ["cooperazioni", "militari", "relazioni", "accordi", "strategiche", "organizations", "countries", "agreements"];
const APPROVALS = 12;

/** Every PostgreSQL goal, or one failed result saying why PostgreSQL could not be had. */
export async function benchPostgres(base: { port: number; chromiumPath: string }): Promise<Result[]> {
  const server = ensurePostgres();
  if (!server.url)
    return [
      { name: "PostgreSQL goals", value: NaN, goal: "PostgreSQL available", ok: false, detail: server.skipped ?? server.failed ?? "" },
    ];
  const results: Result[] = [];
  results.push(...(await onThrowawayDatabase(server.url, "conc", (url) => benchConcurrency(url))));
  results.push(...(await onThrowawayDatabase(server.url, "search", (url) => benchPostgresSearch(url))));
  results.push(...(await onThrowawayDatabase(server.url, "twins", (url) => benchTwoInstances(url, base))));
  return results;
}

async function onThrowawayDatabase<T>(serverUrl: string, label: string, work: (url: string) => Promise<T>): Promise<T> {
  const name = `a_fronte_bench_${label}_${randomBytes(3).toString("hex")}`;
  await createDatabase(serverUrl, name);
  const url = databaseOnServer(serverUrl, name);
  try {
    migrate(url);
    return await work(url);
  } finally {
    await dropDatabase(serverUrl, name);
  }
}

function migrate(url: string) {
  const result = spawnSync(process.execPath, ["scripts/prisma.mjs", "migrate", "deploy"], {
    env: { ...process.env, DATABASE_URL: url },
    encoding: "utf8",
  });
  if (result.status !== 0) throw new Error(`prisma migrate deploy failed:\n${result.stdout}\n${result.stderr}`);
}

// ── Concurrency ─────────────────────────────────────────────────────────────────

interface ConcurrencyRun {
  lost: number;
  accepted: number;
  refused: number;
  errors: number;
  readsPerSecond: number;
}

async function benchConcurrency(postgresUrl: string): Promise<Result[]> {
  const file = path.resolve("data", "bench", "concurrency.db");
  for (const suffix of ["", "-wal", "-shm", "-journal"]) fs.rmSync(file + suffix, { force: true });
  fs.mkdirSync(path.dirname(file), { recursive: true });
  migrate(`file:${file}`);
  const sqlite = new Database(file);
  sqlite.pragma("journal_mode = WAL");
  sqlite.close();
  // Alternated, twice each, so both engines see the same machine.
  const runs: Record<"sqlite" | "postgresql", ConcurrencyRun[]> = { sqlite: [], postgresql: [] };
  const prepared = { sqlite: await prepareWriters(`file:${file}`), postgresql: await prepareWriters(postgresUrl) };
  for (let round = 0; round < 2; round++) {
    runs.sqlite.push(await writeWhileReading(`file:${file}`, prepared.sqlite));
    runs.postgresql.push(await writeWhileReading(postgresUrl, prepared.postgresql));
  }
  const reads = (engine: "sqlite" | "postgresql") => median(runs[engine].map((run) => run.readsPerSecond));
  const lost = runs.postgresql.reduce((sum, run) => sum + run.lost + run.errors, 0);
  const describe = (run: ConcurrencyRun) =>
    `${run.accepted} saves, ${run.refused} 409s, ${run.lost} lost, ${run.errors} errors, ${run.readsPerSecond.toFixed(0)} reads/s`;
  return [
    {
      name: `PostgreSQL: updates lost with ${WRITERS} writer processes × ${ROUNDS} saves on 3 pairs (two runs)`,
      value: lost,
      goal: "= 0",
      ok: lost === 0,
      detail: `PostgreSQL ${runs.postgresql.map(describe).join("; ")}; SQLite ${runs.sqlite.map(describe).join("; ")}`,
    },
    {
      name: "PostgreSQL: a reader process's reads/s under that write load / SQLite's",
      value: reads("postgresql") / reads("sqlite"),
      goal: "≥ 0.8",
      ok: reads("postgresql") / reads("sqlite") >= 0.8,
      detail: `${reads("postgresql").toFixed(0)} vs ${reads("sqlite").toFixed(0)} reads/s (median of two runs; each read: a text's 3 pairs, as tests/unit/review-concurrency.test.ts reads them)`,
    },
  ];
}

async function prepareWriters(url: string) {
  const db = createPrismaClient(url);
  try {
    await seedLibrary(db);
    const pairs = await db.paragraph.findMany({
      where: { position: { in: [1, 2, 3] } },
      orderBy: { position: "asc" },
      select: { id: true },
    });
    const writers = [];
    for (let writer = 0; writer < WRITERS; writer++) {
      writers.push(
        await db.user.create({
          data: { username: `bench-writer-${writer}`, displayName: `Writer ${writer}`, role: "translator", passwordHash: "not-used" },
          select: { id: true, username: true, displayName: true, role: true },
        }),
      );
    }
    return { paragraphIds: pairs.map((pair) => pair.id), writers };
  } finally {
    await db.$disconnect();
  }
}

async function writeWhileReading(
  url: string,
  { paragraphIds, writers }: Awaited<ReturnType<typeof prepareWriters>>,
): Promise<ConcurrencyRun> {
  const db = createPrismaClient(url);
  const revisionsBefore = await db.revision.count({ where: { paragraphId: { in: paragraphIds } } });
  const reader = startConcurrentProcess(url, "reader", { slug: "cesi-cina-kazakhstan", paragraphIds });
  const children = writers.map((actor, writer) =>
    startConcurrentProcess(url, "writer", { writer, actor, paragraphIds, rounds: ROUNDS, maxTries: 200 }),
  );
  await Promise.all([reader, ...children].map((child) => child.ready));
  const started = performance.now();
  for (const child of [reader, ...children]) child.stdin.write("go\n");
  await Promise.all(children.map((child) => child.exited));
  const seconds = (performance.now() - started) / 1000;
  reader.stdin.end();
  await reader.exited;
  const lines = children.flatMap((child) => child.lines) as WriterLine[];
  const accepted = lines.filter((line) => line.kind === "attempt" && line.ok);
  const revisions = await db.revision.findMany({
    where: { paragraphId: { in: paragraphIds } },
    orderBy: { id: "asc" },
    skip: revisionsBefore,
  });
  await db.$disconnect();
  // A save reported as accepted whose revision (its text, its version) is not stored is lost.
  const lost = accepted.filter(
    (save) =>
      save.kind === "attempt" &&
      save.ok &&
      !revisions.some((revision) => revision.after === save.text && revision.version === save.version),
  ).length;
  const reads = (reader.lines as ReaderLine[]).find((line) => line.kind === "reads");
  const errors =
    lines.filter((line) => line.kind === "error").length + (reader.lines as ReaderLine[]).filter((line) => line.kind === "error").length;
  return {
    lost: lost + Math.max(0, WRITERS * ROUNDS - accepted.length),
    accepted: accepted.length,
    refused: lines.filter((line) => line.kind === "attempt" && !line.ok).length,
    errors,
    readsPerSecond: (reads?.kind === "reads" ? reads.count : 0) / seconds,
  };
}

// ── Search ──────────────────────────────────────────────────────────────────────

async function benchPostgresSearch(url: string): Promise<Result[]> {
  const direct = new pg.Client({ connectionString: url });
  await direct.connect();
  const db = createPrismaClient(url);
  try {
    const started = performance.now();
    await storeGeneratedPairs(direct);
    // The statistics autovacuum would gather in a minute: without them the planner guesses.
    await direct.query("ANALYZE");
    const stored = performance.now() - started;
    const rows: string[] = [];
    let app = 0;
    let raw = 0;
    for (const input of QUERIES) {
      const query = buildSearchQuery(input)!;
      const statement = searchStatement(db, query, 1);
      const runApp = () => searchPairs(db, query, 1);
      const runDirect = () => direct.query(statement.text, statement.values as unknown[]);
      const [appMs, directMs] = await alternate(REPETITIONS, runApp, runDirect);
      const { total } = await runApp();
      app += appMs;
      raw += directMs;
      rows.push(`"${input}" (${total} pairs): ${appMs.toFixed(2)} vs ${directMs.toFixed(2)} ms (${(appMs / directMs).toFixed(2)})`);
    }
    const recall = await compareRecall(db);
    return [
      {
        name: "PostgreSQL search, 100,000 paragraphs: app's search call / the same SQL through pg",
        value: app / raw,
        goal: "≤ 2",
        ok: app / raw <= 2,
        detail: `medians of ${REPETITIONS}, first page of 20: ${rows.join("; ")}; stored (and indexed by the generated columns) in ${(stored / 1000).toFixed(1)} s`,
      },
      recall,
    ];
  } finally {
    await direct.end();
    await db.$disconnect();
  }
}

/** The generated pairs (the SQLite search bench's very pairs) in chunks of multi-row inserts. */
async function storeGeneratedPairs(client: pg.Client): Promise<void> {
  const documents = new Map<number, number>();
  let chunk: { document: number; position: number; textIt: string; textEn: string }[] = [];
  const flush = async () => {
    if (chunk.length === 0) return;
    await client.query(
      `INSERT INTO "Paragraph" ("documentId", "position", "textIt", "textEn", "approvedEn", "approvedIt", "status", "updatedAt")
       SELECT d, p, i, e, e, i, 'approved', now() FROM unnest($1::int[], $2::int[], $3::text[], $4::text[]) AS t(d, p, i, e)`,
      [
        chunk.map((pair) => documents.get(pair.document)),
        chunk.map((pair) => pair.position),
        chunk.map((pair) => pair.textIt),
        chunk.map((pair) => pair.textEn),
      ],
    );
    chunk = [];
  };
  for (const pair of generatedPairs()) {
    if (!documents.has(pair.document)) {
      await flush();
      const title = `Testo generato ${pair.document}`;
      const { rows } = await client.query<{ id: number }>(
        `INSERT INTO "Document" ("slug", "titleIt", "titleEn", "originalTitle", "sourceName", "attribution", "updatedAt") VALUES ($1, $2, $3, $2, 'Benchmark', 'Benchmark', now()) RETURNING "id"`,
        [`search-bench-${pair.document}`, title, `Generated text ${pair.document}`],
      );
      documents.set(pair.document, rows[0]!.id);
    }
    chunk.push(pair);
    if (chunk.length === 5000) await flush();
  }
  await flush();
}

/** Pairs found on PostgreSQL against SQLite's FTS5 on the same 100,000 pairs (the SQLite search bench's database). */
async function compareRecall(postgres: Db): Promise<Result> {
  const file = path.resolve(SEARCH_BENCH_FILE);
  if (!fs.existsSync(file)) {
    return {
      name: "PostgreSQL search recall",
      value: NaN,
      goal: "report",
      ok: true,
      detail: `${SEARCH_BENCH_FILE} missing: run the whole bench`,
    };
  }
  const sqlite = createPrismaClient(`file:${file}`);
  try {
    let gained = 0;
    let base = 0;
    const rows: string[] = [];
    for (const input of RECALL_QUERIES) {
      const query = buildSearchQuery(input)!;
      const [onSqlite, onPostgres] = [(await searchPairs(sqlite, query, 1)).total, (await searchPairs(postgres, query, 1)).total];
      base += onSqlite;
      gained += onPostgres - onSqlite;
      rows.push(`"${input}" ${onSqlite} → ${onPostgres}`);
    }
    return {
      name: "PostgreSQL search recall: pairs found with stemming / without (SQLite FTS5 prefixes), same pairs",
      value: (base + gained) / Math.max(1, base),
      goal: "report",
      ok: true,
      detail: rows.join("; "),
    };
  } finally {
    await sqlite.$disconnect();
  }
}

// ── Two instances ───────────────────────────────────────────────────────────────

async function benchTwoInstances(url: string, base: { port: number; chromiumPath: string }): Promise<Result[]> {
  const origins = [base.port + 11, base.port + 12].map((port) => `http://127.0.0.1:${port}`);
  const servers = [];
  const browser = await chromium.launch({ executablePath: base.chromiumPath, args: ["--no-sandbox", "--disable-gpu"] });
  try {
    for (const origin of origins) servers.push(await startServer(url, origin));
    const [a, b] = origins as [string, string];
    const slug = "bench-two-instances";
    const db = createPrismaClient(url);
    const { storeDocument } = await import("../../lib/import/store-document");
    const { createUser } = await import("../../lib/auth/accounts");
    const password = "bench-two-instances-2026";
    await createUser(db, { username: "bench-twins", displayName: "Bench Twins", role: "reviewer", password });
    const english = (n: number) => `Translated pair ${n}, waiting for review.`;
    await storeDocument(
      db,
      {
        slug,
        titleIt: "Due istanze",
        titleEn: "Two instances",
        originalTitle: "Due istanze",
        sourceName: "Benchmark",
        attribution: "Benchmark",
        paragraphs: Array.from({ length: APPROVALS }, (_, index) => ({
          textIt: `Paragrafo ${index + 1} da approvare.`,
          textEn: english(index + 1),
          status: "translated" as const,
        })),
      },
      { origin: "import" },
    );
    await db.$disconnect();

    const page = await browser.newPage();
    await page.goto(`${a}/en/sign-in`);
    await page.getByLabel("Username").fill("bench-twins");
    await page.getByLabel("Password").fill(password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL(/\/en\/review$/);
    const reader = `${b}/en/texts/${slug}?view=en`;
    const delays: number[] = [];
    for (let position = 1; position <= APPROVALS; position++) {
      // B has the page cached, without the pair's English.
      for (let load = 0; load < 2; load++) await fetch(reader).then((response) => response.text());
      await page.goto(`${a}/en/texts/${slug}/review/${position}/edit`);
      await page.getByRole("button", { name: "Approve" }).click();
      await page.getByRole("status").filter({ hasText: "approved" }).waitFor();
      const approved = performance.now();
      for (;;) {
        if ((await fetch(reader).then((response) => response.text())).includes(english(position))) break;
        if (performance.now() - approved > 120_000) throw new Error(`B never served pair ${position}'s approval`);
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      delays.push(performance.now() - approved);
    }
    const sorted = [...delays].sort((x, y) => x - y);
    return [
      {
        name: `two instances on PostgreSQL: approval on A → English served by B, median of ${APPROVALS} (ms)`,
        value: median(delays),
        goal: "report (≪ 60,000: B's cached copy would live 60 s)",
        ok: median(delays) < 60_000,
        detail: `each: ${delays.map((delay) => delay.toFixed(0)).join(", ")} ms; worst ${sorted.at(-1)!.toFixed(0)} ms (B polled every 10 ms, from the moment A's page said "approved")`,
      },
    ];
  } finally {
    await browser.close();
    for (const server of servers) server.stop();
    await Promise.all(servers.map((server) => server.stopped));
  }
}

async function startServer(url: string, origin: string) {
  // Its own process group: next start leaves next-server running unless the whole group is stopped.
  const server = spawn(process.execPath, ["scripts/serve.mjs"], {
    env: { ...process.env, DATABASE_URL: url, PORT: new URL(origin).port, SITE_URL: origin, NEXT_TELEMETRY_DISABLED: "1" },
    stdio: ["ignore", "ignore", "inherit"],
    detached: true,
  });
  const stopped = new Promise((resolve) => server.once("exit", resolve));
  for (let waited = 0; waited < 240; waited++) {
    if (server.exitCode !== null) throw new Error(`The server at ${origin} stopped`);
    if (
      await fetch(`${origin}/en`).then(
        (response) => response.ok,
        () => false,
      )
    )
      break;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return { stop: () => server.pid && process.kill(-server.pid, "SIGTERM"), stopped };
}
