import { spawn } from "node:child_process";
import { beforeAll, describe, expect, it } from "vitest";
import { createUser, type SessionUser } from "@/lib/auth/accounts";
import { db } from "@/lib/db";
import { saveText } from "@/lib/review/edit-paragraph";
import { seedLibrary } from "@/prisma/seed/seed-library";

// A save that has to wait (behind an import in this process, or one from the command
// line holding SQLite's write lock) is applied once its turn comes, never refused.
// Both waits below are longer than the limits that used to refuse it: Prisma's 2 s
// to start a transaction, and SQLite's 5 s busy timeout.

let translator: SessionUser;
beforeAll(async () => {
  // As npm start leaves the database (scripts/prepare-database.ts): readers never wait for a writer.
  await db.$queryRawUnsafe("PRAGMA journal_mode = WAL");
  await seedLibrary(db);
  translator = await createUser(db, { username: "giulia", displayName: "Giulia", role: "translator", password: "correct horse battery" });
});

const pair = (position: number) => db.paragraph.findFirstOrThrow({ where: { position } });
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("a save that waits", () => {
  it("for its transaction, behind a long transaction of this process, is applied when that ends", async () => {
    const seeded = await pair(2);
    let markHeld!: () => void;
    const held = new Promise<void>((resolve) => (markHeld = resolve));
    const longWrite = db.$transaction(
      async (tx) => {
        await tx.paragraph.update({ where: { id: seeded.id + 1 }, data: { updatedAt: new Date() } });
        markHeld();
        // The length of the wait is what is tested: longer than Prisma's 2 s to start a transaction.
        await pause(3_000);
      },
      { timeout: 30_000 },
    );
    await held;
    // What every save's transaction does first: a write conditional on the version.
    const saved = await db.$transaction((tx) =>
      tx.paragraph.updateMany({ where: { id: seeded.id, version: seeded.version }, data: { textEn: "Saved after waiting in line." } }),
    );
    await longWrite;
    expect(saved.count).toBe(1);
    expect((await pair(2)).textEn).toBe("Saved after waiting in line.");
  });

  it("behind another process's write lock is applied when it is released", async () => {
    const seeded = await pair(3);
    const file = process.env.DATABASE_URL!.slice("file:".length);
    // Another process (as `npm run import` is) takes the write lock for 6 s, longer than SQLite's 5 s busy timeout.
    const holder = spawn(
      process.execPath,
      [
        "-e",
        `const db = new (require("better-sqlite3"))(${JSON.stringify(file)});
         db.exec("BEGIN IMMEDIATE"); console.log("locked");
         setTimeout(() => { db.exec("COMMIT"); db.close(); }, 6000);`,
      ],
      { stdio: ["ignore", "pipe", "inherit"] },
    );
    const exited = new Promise((resolve) => holder.once("exit", resolve));
    await new Promise<void>((resolve) => holder.stdout.on("data", (chunk: Buffer) => chunk.toString().includes("locked") && resolve()));
    const saved = await saveText(db, translator, {
      paragraphId: seeded.id,
      language: "en",
      text: "Saved once the import let go.",
      baseVersion: seeded.version,
    });
    await exited;
    expect(holder.exitCode).toBe(0);
    expect(saved).toMatchObject({ ok: true, text: "Saved once the import let go." });
    expect((await pair(3)).textEn).toBe("Saved once the import let go.");
  });
});

describe("a save behind another process's writes", () => {
  it("is applied after a write the other process commits while the save waits (no stale snapshot)", async () => {
    const seeded = await pair(4);
    const file = process.env.DATABASE_URL!.slice("file:".length);
    // As an import's batch is: the other process writes, holds the lock a while, commits.
    const holder = spawn(
      process.execPath,
      [
        "-e",
        `const db = new (require("better-sqlite3"))(${JSON.stringify(file)});
         db.exec("BEGIN IMMEDIATE");
         db.prepare('UPDATE "Paragraph" SET "updatedAt" = ? WHERE "position" = 5').run(Date.now());
         console.log("locked");
         setTimeout(() => { db.exec("COMMIT"); db.close(); }, 400);`,
      ],
      { stdio: ["ignore", "pipe", "inherit"] },
    );
    const exited = new Promise((resolve) => holder.once("exit", resolve));
    await new Promise<void>((resolve) => holder.stdout.on("data", (chunk: Buffer) => chunk.toString().includes("locked") && resolve()));
    const [saved, batch] = await Promise.all([
      saveText(db, translator, { paragraphId: seeded.id, language: "en", text: "Saved after the batch.", baseVersion: seeded.version }),
      // And an import's own batch from this process, whose first statement writes and returns rows.
      db.$transaction((tx) =>
        tx.paragraph.createManyAndReturn({
          data: [{ documentId: seeded.documentId, position: 1000, textIt: "Dopo.", textEn: "After." }],
          select: { id: true },
        }),
      ),
    ]);
    await exited;
    expect(saved).toMatchObject({ ok: true, text: "Saved after the batch." });
    expect(batch).toHaveLength(1);
  });
});

describe("a read during a long transaction", () => {
  it("does not wait for it, and sees the database as last committed, not the transaction's rows", async () => {
    let markHeld!: () => void;
    let release!: () => void;
    const held = new Promise<void>((resolve) => (markHeld = resolve));
    const released = new Promise<void>((resolve) => (release = resolve));
    let open = true;
    // An import's transaction: a new text is written, and the transaction stays open.
    const importing = db.$transaction(
      async (tx) => {
        await tx.document.create({
          data: { slug: "in-arrivo", titleIt: "In arrivo", titleEn: "", originalTitle: "In arrivo", sourceName: "R", attribution: "R" },
        });
        markHeld();
        await released;
      },
      { timeout: 30_000 },
    );
    await held;
    // Readers meanwhile: the library as it was, at once (before the change, this waited for ever: the transaction waits for the test).
    expect(await db.document.findMany({ where: { slug: "in-arrivo" } })).toEqual([]);
    expect((await db.paragraph.findFirstOrThrow({ where: { position: 1 } })).position).toBe(1);
    expect(open).toBe(true);
    open = false;
    release();
    await importing;
    expect(await db.document.count({ where: { slug: "in-arrivo" } })).toBe(1);
  });
});
