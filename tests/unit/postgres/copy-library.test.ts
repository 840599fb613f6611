import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createUser } from "@/lib/auth/accounts";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { createPrismaClient } from "@/lib/prisma-client";
import { addComment } from "@/lib/review/comments";
import { searchLibrary } from "@/lib/search";
import { seedLibrary } from "@/prisma/seed/seed-library";
import { checksum, copyLibrary, describeCopy } from "@/scripts/copy-library";
import { snapshotTables } from "../../support/snapshot";
import { createDatabase, databaseOnServer, dropDatabase } from "@/scripts/postgres-admin";
import { postgresRunPrefix, TEST_POSTGRES_URL } from "../../support/test-database";

// `npm run db:copy`: a library copied from PostgreSQL into SQLite and back into a new
// PostgreSQL database comes back row for row, and the copy works as a library.
// PostgreSQL only (vitest.postgres.config.ts): this file's database is the source.

const folder = fs.mkdtempSync(path.join(os.tmpdir(), "a-fronte-copy-"));
const sqliteUrl = `file:${path.join(folder, "copy.db")}`;
const copyName = `${postgresRunPrefix()}copy_${process.pid}`;
const copyUrl = databaseOnServer(TEST_POSTGRES_URL!, copyName);
const TABLES: Prisma.ModelName[] = [
  "User",
  "Document",
  "ImportToken",
  "RateLimit",
  "SignInAttempt",
  "Paragraph",
  "GlossaryTerm",
  "Session",
  "Revision",
  "GlossaryForm",
  "Comment",
];
const quiet = () => undefined;

beforeAll(async () => {
  await seedLibrary(db);
  const reviewer = await createUser(db, {
    username: "copia",
    displayName: "Copia Fedele",
    role: "reviewer",
    password: "una-password-lunga-2026",
  });
  const pair = await db.paragraph.findFirstOrThrow({ where: { position: 2 } });
  const comment = await addComment(db, reviewer, { paragraphId: pair.id, body: "Nota con accenti: perché, città — e “virgolette”." });
  expect(comment.ok).toBe(true);
  await createDatabase(TEST_POSTGRES_URL!, copyName);
}, 120_000);

afterAll(async () => {
  await dropDatabase(TEST_POSTGRES_URL!, copyName);
  fs.rmSync(folder, { recursive: true, force: true });
});

describe("copying a library between engines", () => {
  it("copies PostgreSQL into SQLite and back, every table's rows and checksum equal", async () => {
    const source = process.env.DATABASE_URL!;
    const toSqlite = await copyLibrary(source, sqliteUrl, quiet);
    expect(describeCopy(toSqlite, source, sqliteUrl).ok).toBe(true);
    const back = await copyLibrary(sqliteUrl, copyUrl, quiet);
    expect(describeCopy(back, sqliteUrl, copyUrl).ok).toBe(true);

    const copy = createPrismaClient(copyUrl);
    try {
      for (const table of TABLES) expect(await checksum(copy, table), table).toEqual(await checksum(db, table));
      expect(toSqlite.find((report) => report.table === "Paragraph")?.rows).toBe(15);
      expect(toSqlite.find((report) => report.table === "Comment")?.rows).toBe(1);

      // The copy is a working library: search finds the same pairs, new rows get new ids.
      const term = "cooperazione";
      const original = await searchLibrary(term, 1);
      expect(original?.pairs.total).toBeGreaterThan(0);
      const reviewer = await copy.user.findUniqueOrThrow({ where: { username: "copia" } });
      const pair = await copy.paragraph.findFirstOrThrow({ where: { position: 3 } });
      const added = await addComment(copy, { ...reviewer }, { paragraphId: pair.id, body: "Dopo la copia." });
      expect(added).toMatchObject({ ok: true });
      expect(added.ok && added.commentId).toBeGreaterThan((await db.comment.aggregate({ _max: { id: true } }))._max.id!);
    } finally {
      await copy.$disconnect();
    }
  }, 120_000);

  it("refuses a target that already holds a library, and changes neither", async () => {
    const before = await snapshotTables(db);
    await expect(copyLibrary(sqliteUrl, process.env.DATABASE_URL!, quiet)).rejects.toThrow(
      /is not empty \(User: \d+ rows\); nothing was copied/,
    );
    expect(await snapshotTables(db)).toEqual(before);
  }, 60_000);
});
