// One of several processes working on the same SQLite file at once, each with its own
// Prisma client (its own connection), for tests/unit/review-concurrency.test.ts.
//
//   DATABASE_URL=file:/path.db node node_modules/tsx/dist/cli.mjs tests/support/concurrent-writer.ts writer '{"writer":1,...}'
//   DATABASE_URL=file:/path.db node node_modules/tsx/dist/cli.mjs tests/support/concurrent-writer.ts reader '{"slug":"...","paragraphIds":[...]}'
//
// It prints {"ready":true} once connected, waits for a line on standard input (so that
// every process starts at the same moment), and then reports as JSON lines on stdout:
// a writer one line per attempt, a reader what it saw. A reader reads until its
// standard input ends. Nothing thrown escapes: errors are reported as lines too.
import readline from "node:readline";
import type { SessionUser } from "../../lib/auth/accounts";
import { createPrismaClient } from "../../lib/prisma-client";
import { saveText } from "../../lib/review/edit-paragraph";

export interface WriterConfig {
  writer: number;
  actor: SessionUser;
  paragraphIds: number[];
  rounds: number;
  /** Attempts per save before giving up (each 409 is answered with a retry on the newer version). */
  maxTries: number;
}

export interface ReaderConfig {
  slug: string;
  paragraphIds: number[];
}

export type WriterLine =
  | {
      kind: "attempt";
      writer: number;
      round: number;
      paragraphId: number;
      text: string;
      baseVersion: number;
      ok: true;
      version: number;
      unchanged: boolean;
    }
  | {
      kind: "attempt";
      writer: number;
      round: number;
      paragraphId: number;
      text: string;
      baseVersion: number;
      ok: false;
      status: number;
      currentVersion?: number;
    }
  | { kind: "error"; writer: number; round: number; message: string; code?: string };

export type ReaderLine =
  | { kind: "reads"; count: number; seen: { paragraphId: number; version: number; textEn: string }[] }
  | { kind: "error"; message: string; code?: string };

const [mode, json] = process.argv.slice(2);
const db = createPrismaClient(process.env.DATABASE_URL!);
const lines = readline.createInterface({ input: process.stdin });
const print = (line: object) => process.stdout.write(`${JSON.stringify(line)}\n`);

function describeError(error: unknown) {
  const err = error as { message?: string; code?: string; cause?: unknown };
  return { message: String(err?.message ?? error), code: err?.code };
}

async function writer({ writer, actor, paragraphIds, rounds, maxTries }: WriterConfig) {
  for (let round = 0; round < rounds; round++) {
    const paragraphId = paragraphIds[(writer + round) % paragraphIds.length]!;
    const text = `Writer ${writer}, round ${round}: an English of its own.`;
    try {
      let { version: baseVersion } = await db.paragraph.findUniqueOrThrow({ where: { id: paragraphId }, select: { version: true } });
      for (let attempt = 1; attempt <= maxTries; attempt++) {
        const result = await saveText(db, actor, { paragraphId, language: "en", text, baseVersion });
        const common = { kind: "attempt", writer, round, paragraphId, text, baseVersion } as const;
        if (result.ok) {
          print({ ...common, ok: true, version: result.version, unchanged: result.unchanged });
          break;
        }
        print({ ...common, ok: false, status: result.status, currentVersion: result.status === 409 ? result.current.version : undefined });
        if (result.status !== 409) break;
        baseVersion = result.current.version;
      }
    } catch (error) {
      print({ kind: "error", writer, round, ...describeError(error) });
    }
  }
}

async function reader({ slug, paragraphIds }: ReaderConfig, stop: Promise<void>) {
  let stopped = false;
  void stop.then(() => (stopped = true));
  const seen = new Map<string, { paragraphId: number; version: number; textEn: string }>();
  let count = 0;
  while (!stopped) {
    try {
      const document = await db.document.findUnique({
        where: { slug },
        select: {
          paragraphs: { where: { id: { in: paragraphIds } }, select: { id: true, version: true, textEn: true, approvedEn: true } },
        },
      });
      if (!document || document.paragraphs.length !== paragraphIds.length) throw new Error(`the document or its pairs went missing`);
      for (const paragraph of document.paragraphs) {
        seen.set(`${paragraph.id}:${paragraph.version}`, {
          paragraphId: paragraph.id,
          version: paragraph.version,
          textEn: paragraph.textEn,
        });
      }
      count++;
    } catch (error) {
      print({ kind: "error", ...describeError(error) });
    }
    // Let the stop signal through between reads.
    await new Promise((resolve) => setImmediate(resolve));
  }
  print({ kind: "reads", count, seen: [...seen.values()] });
}

const go = new Promise<void>((resolve) => lines.once("line", () => resolve()));
const ended = new Promise<void>((resolve) => lines.once("close", () => resolve()));

try {
  await db.$connect();
  print({ ready: true });
  await go;
  if (mode === "writer") await writer(JSON.parse(json!) as WriterConfig);
  else if (mode === "reader") await reader(JSON.parse(json!) as ReaderConfig, ended);
  else throw new Error(`unknown mode ${mode}`);
} catch (error) {
  print({ kind: "error", ...describeError(error) });
} finally {
  lines.close();
  await db.$disconnect();
}
