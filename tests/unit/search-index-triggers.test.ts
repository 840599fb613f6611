import fs from "node:fs";
import path from "node:path";
import Sqlite from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { storeDocument } from "@/lib/import/store-document";
import { TEMPLATE_DATABASE, TEST_DATABASE_DIR } from "../support/test-database";

// Search reads "ParagraphSearch", an FTS5 index Prisma does not model, kept in step with
// "Paragraph" by three triggers. Prisma rebuilds a SQLite table for many schema changes
// (create "new_Paragraph", copy, drop, rename), and dropping the table drops its triggers
// without a word: search would then silently miss every new or edited paragraph. These
// tests check the database the real migrations produce, so a migration that rebuilds
// "Paragraph" without creating the triggers again fails here (see prisma/models.prisma).

const TRIGGERS = ["Paragraph_search_delete", "Paragraph_search_insert", "Paragraph_search_update"];
const MIGRATIONS = path.resolve("prisma", "sqlite", "migrations");
const open: Sqlite.Database[] = [];

afterAll(() => {
  for (const connection of open) connection.close();
});

/** A fresh copy of the database `prisma migrate deploy` made from the real migrations. */
function migratedCopy(): Sqlite.Database {
  const file = path.join(TEST_DATABASE_DIR, `triggers-${open.length}-${process.pid}.db`);
  fs.copyFileSync(TEMPLATE_DATABASE, file);
  const connection = new Sqlite(file);
  open.push(connection);
  return connection;
}

/**
 * What is wrong with the search index of a database, [] when nothing: the triggers on
 * "Paragraph", and whether a paragraph inserted, edited, approved and deleted is found
 * (and no longer found) accordingly. The probe is rolled back.
 */
function searchIndexProblems(connection: Sqlite.Database): string[] {
  const problems: string[] = [];
  const triggers = connection
    .prepare(`SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'Paragraph' ORDER BY name`)
    .all()
    .map((row) => (row as { name: string }).name);
  for (const name of TRIGGERS) if (!triggers.includes(name)) problems.push(`trigger ${name} is missing`);
  if (!connection.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'ParagraphSearch'`).get()) {
    return [...problems, "table ParagraphSearch is missing"];
  }

  const found = (word: string) =>
    connection
      .prepare(`SELECT rowid FROM "ParagraphSearch" WHERE "ParagraphSearch" MATCH ?`)
      .all(word)
      .map((row) => (row as { rowid: number | bigint }).rowid)
      .map(Number);
  connection.exec("SAVEPOINT probe");
  try {
    const now = new Date().toISOString();
    const document = connection
      .prepare(
        `INSERT INTO "Document" ("slug", "titleIt", "titleEn", "originalTitle", "sourceName", "attribution", "updatedAt") VALUES ('sonda', 'Sonda', 'Probe', 'Sonda', 'Prova', 'Prova', ?)`,
      )
      .run(now).lastInsertRowid;
    const id = Number(
      connection
        .prepare(
          `INSERT INTO "Paragraph" ("documentId", "position", "textIt", "approvedIt", "updatedAt") VALUES (?, 1, 'Una frase con zibaldone.', 'Una frase con zibaldone.', ?)`,
        )
        .run(document, now).lastInsertRowid,
    );
    if (!found("zibaldone").includes(id)) problems.push("an inserted paragraph is not found");
    // A working edit of the Italian is not what readers see: search follows the approved one.
    connection.prepare(`UPDATE "Paragraph" SET "textIt" = 'Una frase con taccuino.' WHERE "id" = ?`).run(id);
    if (found("taccuino").includes(id)) problems.push("an unapproved Italian is found");
    connection.prepare(`UPDATE "Paragraph" SET "approvedIt" = 'Una frase con quaderno.' WHERE "id" = ?`).run(id);
    if (found("zibaldone").includes(id) || !found("quaderno").includes(id))
      problems.push("an edited paragraph is found by its old words or not by its new ones");
    connection.prepare(`UPDATE "Paragraph" SET "approvedEn" = 'A sentence with a notebook.' WHERE "id" = ?`).run(id);
    if (!found("notebook").includes(id)) problems.push("an approved English is not found");
    connection.prepare(`DELETE FROM "Paragraph" WHERE "id" = ?`).run(id);
    if (found("quaderno").includes(id)) problems.push("a deleted paragraph is still found");
  } finally {
    connection.exec("ROLLBACK TO probe; RELEASE probe");
  }
  return problems;
}

/** What Prisma's migrate writes when SQLite cannot alter "Paragraph" in place (here: a column made optional). */
function prismaRebuildOfParagraph(connection: Sqlite.Database): string {
  const { sql } = connection.prepare(`SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'Paragraph'`).get() as { sql: string };
  const columns = connection
    .prepare(`SELECT name FROM pragma_table_info('Paragraph')`)
    .all()
    .map((row) => `"${(row as { name: string }).name}"`)
    .join(", ");
  return [
    "-- RedefineTables",
    "PRAGMA defer_foreign_keys=ON;",
    "PRAGMA foreign_keys=OFF;",
    `${sql.replace(/^CREATE TABLE "Paragraph"/, 'CREATE TABLE "new_Paragraph"').replace('"statusReason" TEXT', '"statusReason" TEXT DEFAULT NULL')};`,
    `INSERT INTO "new_Paragraph" (${columns}) SELECT ${columns} FROM "Paragraph";`,
    `DROP TABLE "Paragraph";`,
    `ALTER TABLE "new_Paragraph" RENAME TO "Paragraph";`,
    `CREATE UNIQUE INDEX "Paragraph_documentId_position_key" ON "Paragraph"("documentId", "position");`,
    "PRAGMA foreign_keys=ON;",
    "PRAGMA defer_foreign_keys=OFF;",
  ].join("\n");
}

/** Migrations that drop "Paragraph" (a rebuild) without creating all three triggers again afterwards. */
function migrationsLosingTriggers(migrations: { name: string; sql: string }[]): string[] {
  return migrations
    .filter(({ sql }) => {
      const dropped = sql.search(/DROP TABLE\s+(IF EXISTS\s+)?"?Paragraph"?\s*;/i);
      if (dropped < 0) return false;
      const after = sql.slice(dropped);
      return !TRIGGERS.every((name) => new RegExp(`CREATE TRIGGER\\s+(IF NOT EXISTS\\s+)?"?${name}"?`, "i").test(after));
    })
    .map(({ name }) => name);
}

function realMigrations(): { name: string; sql: string }[] {
  return fs
    .readdirSync(MIGRATIONS, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => ({ name: entry.name, sql: fs.readFileSync(path.join(MIGRATIONS, entry.name, "migration.sql"), "utf8") }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

describe("the search index after the real migrations", () => {
  it("has its three triggers on Paragraph, and they keep ParagraphSearch in step", () => {
    const connection = migratedCopy();
    expect(searchIndexProblems(connection)).toEqual([]);
  });

  it("answers a query for a paragraph stored through the app, and follows its edits", async () => {
    await storeDocument(
      db,
      {
        slug: "ricerca",
        titleIt: "Ricerca",
        titleEn: "Search",
        originalTitle: "Ricerca",
        sourceName: "Prova",
        attribution: "Prova",
        paragraphs: [{ textIt: "Il palinsesto della città." }],
      },
      { origin: "import" },
    );
    const match = (word: string) =>
      db.$queryRawUnsafe<{ textIt: string }[]>(
        `SELECT p."textIt" FROM "ParagraphSearch" s JOIN "Paragraph" p ON p."id" = s.rowid WHERE "ParagraphSearch" MATCH ?`,
        word,
      );
    // Folded as readers type: without the accent, by the word's beginning.
    expect(await match("citta")).toEqual([{ textIt: "Il palinsesto della città." }]);
    expect(await match("palin*")).toEqual([{ textIt: "Il palinsesto della città." }]);
    // An edit waits for approval before search finds it, as before readers see it.
    await db.paragraph.updateMany({ where: { document: { slug: "ricerca" } }, data: { textIt: "Il manoscritto della città." } });
    expect(await match("manoscritto")).toEqual([]);
    await db.paragraph.updateMany({ where: { document: { slug: "ricerca" } }, data: { approvedIt: "Il manoscritto della città." } });
    expect(await match("palinsesto")).toEqual([]);
    expect(await match("manoscritto")).toEqual([{ textIt: "Il manoscritto della città." }]);
  });

  it("no migration drops Paragraph without creating the triggers again", () => {
    expect(migrationsLosingTriggers(realMigrations())).toEqual([]);
  });
});

describe("the checks catch a Prisma table rebuild that forgets the triggers", () => {
  it("finds the triggers gone and new paragraphs not indexed", () => {
    const connection = migratedCopy();
    const rebuild = prismaRebuildOfParagraph(connection);
    connection.exec(rebuild);
    expect(searchIndexProblems(connection)).toEqual([
      "trigger Paragraph_search_delete is missing",
      "trigger Paragraph_search_insert is missing",
      "trigger Paragraph_search_update is missing",
      "an inserted paragraph is not found",
      "an edited paragraph is found by its old words or not by its new ones",
      "an approved English is not found",
    ]);
    expect(migrationsLosingTriggers([...realMigrations(), { name: "29990101000000_rebuild_paragraph", sql: rebuild }])).toEqual([
      "29990101000000_rebuild_paragraph",
    ]);
  });

  it("is satisfied once the migration creates the triggers again", () => {
    const connection = migratedCopy();
    const search = realMigrations().findLast(({ sql }) => sql.includes('CREATE TRIGGER "Paragraph_search_insert"'));
    const triggers = search?.sql.match(/CREATE TRIGGER[\s\S]*?\nEND;/g) ?? [];
    expect(triggers).toHaveLength(3);
    const repaired = [
      prismaRebuildOfParagraph(connection),
      ...triggers,
      `INSERT INTO "ParagraphSearch" ("ParagraphSearch") VALUES ('rebuild');`,
    ].join("\n");
    connection.exec(repaired);
    expect(searchIndexProblems(connection)).toEqual([]);
    expect(migrationsLosingTriggers([{ name: "29990101000000_rebuild_paragraph", sql: repaired }])).toEqual([]);
  });
});
