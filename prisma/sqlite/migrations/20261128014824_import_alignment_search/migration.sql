-- AlterTable
ALTER TABLE "Paragraph" ADD COLUMN "headingLevel" INTEGER;

-- AlterTable
ALTER TABLE "Revision" ADD COLUMN "alignmentChange" TEXT;

-- CreateTable
CREATE TABLE "ImportToken" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "label" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastUsedAt" DATETIME,
    "revokedAt" DATETIME
);

-- CreateIndex
CREATE UNIQUE INDEX "ImportToken_tokenHash_key" ON "ImportToken"("tokenHash");


-- Bilingual search (SQLite FTS5, not modelled by Prisma). The index covers what readers
-- see: the Italian and the approved English. It reads its text from "Paragraph"
-- (external content), and the triggers below keep it in step with every insert,
-- edit, approval and delete, whoever writes. unicode61 with remove_diacritics 2 folds
-- case and accents, and splits at apostrophes, so "dell'Asia" is indexed as "dell" + "asia".
CREATE VIRTUAL TABLE "ParagraphSearch" USING fts5(
    "textIt",
    "approvedEn",
    content = 'Paragraph',
    content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '2 3'
);

CREATE TRIGGER "Paragraph_search_insert" AFTER INSERT ON "Paragraph" BEGIN
    INSERT INTO "ParagraphSearch" (rowid, "textIt", "approvedEn") VALUES (new."id", new."textIt", new."approvedEn");
END;

CREATE TRIGGER "Paragraph_search_delete" AFTER DELETE ON "Paragraph" BEGIN
    INSERT INTO "ParagraphSearch" ("ParagraphSearch", rowid, "textIt", "approvedEn") VALUES ('delete', old."id", old."textIt", old."approvedEn");
END;

CREATE TRIGGER "Paragraph_search_update" AFTER UPDATE OF "textIt", "approvedEn" ON "Paragraph" BEGIN
    INSERT INTO "ParagraphSearch" ("ParagraphSearch", rowid, "textIt", "approvedEn") VALUES ('delete', old."id", old."textIt", old."approvedEn");
    INSERT INTO "ParagraphSearch" (rowid, "textIt", "approvedEn") VALUES (new."id", new."textIt", new."approvedEn");
END;

-- Paragraphs stored before this migration.
INSERT INTO "ParagraphSearch" ("ParagraphSearch") VALUES ('rebuild');
