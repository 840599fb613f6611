import Database from "better-sqlite3";
import { beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/accounts";
import { db } from "@/lib/db";
import { addComment, reportProblem } from "@/lib/review/comments";
import { REPORTS_PER_ADDRESS } from "@/lib/review/rate-limit";
import { seedLibrary } from "@/prisma/seed/seed-library";
import { startConcurrentProcess } from "../support/concurrent-process";
import type { ReaderConfig, ReaderLine, WriterConfig, WriterLine } from "../support/concurrent-writer";

// Many writers saving the same pairs at once: separate OS processes, each with its
// own Prisma client and so its own connection (SQLite or PostgreSQL), on this test file's database,
// with a reader process reading the document all the while.

const SLUG = "cesi-cina-kazakhstan";
const WRITERS = 8;
const ROUNDS = 20;
const POSITIONS = [1, 2, 3];
const MAX_TRIES = 200;

// On PostgreSQL (vitest.postgres.config.ts) the same processes share one server instead.
const onSqlite = process.env.DATABASE_URL!.startsWith("file:");
const file = process.env.DATABASE_URL!.slice("file:".length);

const start = (mode: "writer" | "reader", config: WriterConfig | ReaderConfig) =>
  startConcurrentProcess(process.env.DATABASE_URL!, mode, config);

let paragraphIds: number[];
let seededVersions: Map<number, number>;
let writers: SessionUser[];

beforeAll(async () => {
  // As scripts/prepare-database.ts does for the app: WAL, so readers never wait for a writer.
  if (onSqlite) {
    const sqlite = new Database(file);
    sqlite.pragma("journal_mode = WAL");
    sqlite.close();
  }

  await seedLibrary(db);
  const pairs = await db.paragraph.findMany({
    where: { position: { in: POSITIONS }, document: { slug: SLUG } },
    orderBy: { position: "asc" },
  });
  paragraphIds = pairs.map((pair) => pair.id);
  seededVersions = new Map(pairs.map((pair) => [pair.id, pair.version]));
  writers = [];
  for (let writer = 0; writer < WRITERS; writer++) {
    writers.push(
      await db.user.create({
        data: {
          username: `writer${writer}`,
          displayName: `Writer ${writer}`,
          role: writer % 2 ? "reviewer" : "translator",
          passwordHash: "not-used",
        },
        select: { id: true, username: true, displayName: true, role: true },
      }),
    );
  }
});

describe("many writers saving the same pairs at once", () => {
  it("accept each save once, refuse the rest with 409, keep versions and history whole, and never fail a reader", async () => {
    const reader = start("reader", { slug: SLUG, paragraphIds });
    const children = writers.map((actor, writer) => start("writer", { writer, actor, paragraphIds, rounds: ROUNDS, maxTries: MAX_TRIES }));
    await Promise.all([reader, ...children].map((child) => child.ready));
    for (const child of [reader, ...children]) child.stdin.write("go\n");
    const writerCodes = await Promise.all(children.map((child) => child.exited));
    reader.stdin.end();
    const readerCode = await reader.exited;

    expect(writerCodes, children.map((child) => child.stderr()).join("\n")).toEqual(children.map(() => 0));
    expect(readerCode, reader.stderr()).toBe(0);

    const lines = children.flatMap((child) => child.lines) as WriterLine[];
    const attempts = lines.filter((line) => line.kind === "attempt");
    const accepted = attempts.filter((line) => line.ok);
    const refused = attempts.filter((line) => !line.ok);
    const errors = lines.filter((line) => line.kind === "error");
    const readerLines = reader.lines as ReaderLine[];
    const readerErrors = readerLines.filter((line) => line.kind === "error");
    const reads = readerLines.find((line) => line.kind === "reads");

    // No error escaped anywhere (no SQLITE_BUSY, no "database is locked", no transaction error).
    expect(errors).toEqual([]);
    expect(readerErrors).toEqual([]);
    // Every refusal was a conflict, and there was contention to refuse.
    expect(refused.every((line) => line.status === 409)).toBe(true);
    expect(refused.length).toBeGreaterThan(0);
    // Every writer got every one of its saves in, each exactly once, none a no-op.
    expect(accepted).toHaveLength(WRITERS * ROUNDS);
    expect(accepted.every((line) => line.ok && !line.unchanged)).toBe(true);
    expect(new Set(accepted.map((line) => `${line.writer}:${line.round}`)).size).toBe(WRITERS * ROUNDS);

    const revisions = await db.revision.findMany({ where: { paragraphId: { in: paragraphIds }, origin: "user" }, orderBy: { id: "asc" } });
    expect(revisions).toHaveLength(accepted.length);
    for (const save of accepted) {
      if (!save.ok) continue;
      const matching = revisions.filter((revision) => revision.paragraphId === save.paragraphId && revision.after === save.text);
      expect(matching, save.text).toHaveLength(1);
      expect(matching[0]).toMatchObject({ version: save.version, language: "en", authorId: writers[save.writer]!.id });
    }

    for (const paragraphId of paragraphIds) {
      const history = revisions.filter((revision) => revision.paragraphId === paragraphId);
      const seeded = seededVersions.get(paragraphId)!;
      // One version per save, in a row: no gap, no version given out twice.
      expect(history.map((revision) => revision.version).sort((a, b) => a - b)).toEqual(history.map((_, index) => seeded + index + 1));
      // Each revision's "before" is the text of the one before it.
      const byVersion = [...history].sort((a, b) => a.version - b.version);
      for (let index = 1; index < byVersion.length; index++) expect(byVersion[index]!.before).toBe(byVersion[index - 1]!.after);
      const last = byVersion.at(-1)!;
      const final = await db.paragraph.findUniqueOrThrow({ where: { id: paragraphId } });
      expect(final).toMatchObject({ textEn: last.after, version: last.version, status: "translated" });
    }

    // The reader read all along, and every pair it saw was one a save had written, whole.
    expect(reads?.kind === "reads" && reads.count).toBeGreaterThan(10);
    if (reads?.kind === "reads") {
      const written = new Map(revisions.map((revision) => [`${revision.paragraphId}:${revision.version}`, revision.after]));
      for (const seen of reads.seen) {
        if (seen.version === seededVersions.get(seen.paragraphId)) continue;
        expect(seen.textEn, `pair ${seen.paragraphId} at version ${seen.version}`).toBe(written.get(`${seen.paragraphId}:${seen.version}`));
      }
    }

    if (onSqlite) {
      const sqlite = new Database(file, { readonly: true });
      try {
        expect(sqlite.pragma("integrity_check", { simple: true })).toBe("ok");
        expect(sqlite.pragma("journal_mode", { simple: true })).toBe("wal");
      } finally {
        sqlite.close();
      }
    }

    console.info(
      `concurrency: ${WRITERS} writers × ${ROUNDS} saves on ${paragraphIds.length} pairs: ${attempts.length} attempts, ${accepted.length} accepted, ` +
        `${refused.length} refused with 409, ${revisions.length} revisions, ${errors.length + readerErrors.length} errors, ` +
        `${reads?.kind === "reads" ? reads.count : 0} reads`,
    );
  }, 60_000);
});

describe("requests in one server process, sharing its one connection", () => {
  it("lose no team comment when a reader's report is refused at the same moment", async () => {
    const { id: paragraphId } = await db.paragraph.findFirstOrThrow({ where: { position: 5, document: { slug: SLUG } } });
    const actor = writers[0]!;
    const now = new Date("2026-11-28T10:00:00Z");
    const address = "203.0.113.50";
    const report = (body: string) => reportProblem(db, address, { slug: SLUG, position: 5, body }, now);
    for (let n = 1; n <= REPORTS_PER_ADDRESS.count; n++) expect(await report(`Report ${n}.`)).toEqual({ ok: true });

    // The refused report's transaction rolls back while the comments are being written.
    const [refused, ...comments] = await Promise.all([
      report("One too many."),
      ...Array.from({ length: 5 }, (_, n) => addComment(db, actor, { paragraphId, body: `Team note ${n}.` })),
    ]);
    expect(refused).toMatchObject({ ok: false, status: 429 });
    expect(comments.every((comment) => comment.ok)).toBe(true);

    // Every comment the team was told was saved is in the thread (in whatever order they
    // committed: on PostgreSQL each has a connection of its own).
    const thread = await db.comment.findMany({ where: { paragraphId, origin: "team" }, orderBy: { id: "asc" } });
    expect(thread.map((comment) => comment.body).sort()).toEqual(Array.from({ length: 5 }, (_, n) => `Team note ${n}.`));
    const told = comments.map((comment) => (comment.ok ? comment.commentId : 0));
    expect(thread.map((comment) => comment.id)).toEqual(told.sort((a, b) => a - b));
    expect(await db.comment.count({ where: { paragraphId, origin: "reader" } })).toBe(REPORTS_PER_ADDRESS.count);
  });
});
