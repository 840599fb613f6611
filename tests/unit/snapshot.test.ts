import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { seedLibrary } from "@/prisma/seed/seed-library";
import { snapshotTables } from "../support/snapshot";

// Tests that say "nothing changed" compare two snapshots: a change anywhere, the search
// index included, must show.
beforeAll(async () => {
  await seedLibrary(db);
});

describe("snapshotTables", () => {
  it("is the same twice when nothing changed", async () => {
    expect(await snapshotTables(db)).toEqual(await snapshotTables(db));
  });

  it("holds what the search index holds, not just the tables it is built from", async () => {
    const before = await snapshotTables(db);
    expect((before.searchIndex.docsize as unknown[]).length).toBe(await db.paragraph.count());
    // The index forgets a pair while "Paragraph" stays as it was: search no longer finds it.
    const [pair] = await db.$queryRawUnsafe<{ id: number; approvedIt: string; approvedEn: string }[]>(
      `SELECT "id", "approvedIt", "approvedEn" FROM "Paragraph" ORDER BY "id" LIMIT 1`,
    );
    await db.$executeRawUnsafe(
      `INSERT INTO "ParagraphSearch" ("ParagraphSearch", rowid, "approvedIt", "approvedEn") VALUES ('delete', ?, ?, ?)`,
      pair!.id,
      pair!.approvedIt,
      pair!.approvedEn,
    );
    const after = await snapshotTables(db);
    expect({ ...after, searchIndex: before.searchIndex }).toEqual(before);
    expect(after.searchIndex).not.toEqual(before.searchIndex);
  });
});
