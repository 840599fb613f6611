-- DropTable
PRAGMA foreign_keys=off;
DROP TABLE "SignInThrottle";
PRAGMA foreign_keys=on;

-- CreateTable
CREATE TABLE "SignInAttempt" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "key" TEXT NOT NULL,
    "at" DATETIME NOT NULL
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Session" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" INTEGER NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" DATETIME NOT NULL,
    "lastSeenAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Session_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Session" ("createdAt", "expiresAt", "id", "userId") SELECT "createdAt", "expiresAt", "id", "userId" FROM "Session";
DROP TABLE "Session";
ALTER TABLE "new_Session" RENAME TO "Session";
CREATE INDEX "Session_userId_idx" ON "Session"("userId");
CREATE INDEX "Session_expiresAt_idx" ON "Session"("expiresAt");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "SignInAttempt_key_at_idx" ON "SignInAttempt"("key", "at");

-- CreateIndex
CREATE INDEX "SignInAttempt_at_idx" ON "SignInAttempt"("at");

-- CreateIndex
CREATE INDEX "RateLimit_windowStarted_idx" ON "RateLimit"("windowStarted");


-- The publish gate covers the Italian too: readers see "approvedIt" beside "approvedEn".
-- Pairs never approved (or withdrawn by a re-alignment) showed readers their current
-- Italian until now; that Italian becomes the published one, so nothing readers see changes.
UPDATE "Paragraph" SET "approvedIt" = "textIt" WHERE "approvedIt" IS NULL;

-- Search indexes what readers see: the published Italian instead of the working one.
-- The index and its triggers are made anew on "approvedIt" (see the warning above
-- model Paragraph in schema.prisma; tests/unit/search-index-triggers.test.ts checks them).
DROP TRIGGER "Paragraph_search_insert";
DROP TRIGGER "Paragraph_search_delete";
DROP TRIGGER "Paragraph_search_update";
DROP TABLE "ParagraphSearch";

CREATE VIRTUAL TABLE "ParagraphSearch" USING fts5(
    "approvedIt",
    "approvedEn",
    content = 'Paragraph',
    content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '2 3'
);

CREATE TRIGGER "Paragraph_search_insert" AFTER INSERT ON "Paragraph" BEGIN
    INSERT INTO "ParagraphSearch" (rowid, "approvedIt", "approvedEn") VALUES (new."id", new."approvedIt", new."approvedEn");
END;

CREATE TRIGGER "Paragraph_search_delete" AFTER DELETE ON "Paragraph" BEGIN
    INSERT INTO "ParagraphSearch" ("ParagraphSearch", rowid, "approvedIt", "approvedEn") VALUES ('delete', old."id", old."approvedIt", old."approvedEn");
END;

CREATE TRIGGER "Paragraph_search_update" AFTER UPDATE OF "approvedIt", "approvedEn" ON "Paragraph" BEGIN
    INSERT INTO "ParagraphSearch" ("ParagraphSearch", rowid, "approvedIt", "approvedEn") VALUES ('delete', old."id", old."approvedIt", old."approvedEn");
    INSERT INTO "ParagraphSearch" (rowid, "approvedIt", "approvedEn") VALUES (new."id", new."approvedIt", new."approvedEn");
END;

INSERT INTO "ParagraphSearch" ("ParagraphSearch") VALUES ('rebuild');
