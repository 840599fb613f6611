-- CreateTable
CREATE TABLE "Memory" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "name" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "MemoryUnit" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "memoryId" INTEGER NOT NULL,
    "textIt" TEXT NOT NULL,
    "textEn" TEXT NOT NULL,
    CONSTRAINT "MemoryUnit_memoryId_fkey" FOREIGN KEY ("memoryId") REFERENCES "Memory" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "Memory_name_key" ON "Memory"("name");

-- CreateIndex
CREATE INDEX "MemoryUnit_memoryId_idx" ON "MemoryUnit"("memoryId");


-- Fuzzy matches and the concordance (lib/memory, not modelled by Prisma). The memory's
-- units are indexed as the pairs' approved texts are ("ParagraphSearch"), kept in step by
-- the triggers below. Each index's vocabulary (fts5vocab) says in how many rows of a
-- column a word occurs: a paragraph's rarest words find its likely matches at once.
CREATE VIRTUAL TABLE "MemorySearch" USING fts5(
    "textIt",
    "textEn",
    content = 'MemoryUnit',
    content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '2 3'
);

CREATE TRIGGER "MemoryUnit_search_insert" AFTER INSERT ON "MemoryUnit" BEGIN
    INSERT INTO "MemorySearch" (rowid, "textIt", "textEn") VALUES (new."id", new."textIt", new."textEn");
END;

CREATE TRIGGER "MemoryUnit_search_delete" AFTER DELETE ON "MemoryUnit" BEGIN
    INSERT INTO "MemorySearch" ("MemorySearch", rowid, "textIt", "textEn") VALUES ('delete', old."id", old."textIt", old."textEn");
END;

CREATE TRIGGER "MemoryUnit_search_update" AFTER UPDATE OF "textIt", "textEn" ON "MemoryUnit" BEGIN
    INSERT INTO "MemorySearch" ("MemorySearch", rowid, "textIt", "textEn") VALUES ('delete', old."id", old."textIt", old."textEn");
    INSERT INTO "MemorySearch" (rowid, "textIt", "textEn") VALUES (new."id", new."textIt", new."textEn");
END;

CREATE VIRTUAL TABLE "ParagraphSearchVocabulary" USING fts5vocab('ParagraphSearch', 'col');
CREATE VIRTUAL TABLE "MemorySearchVocabulary" USING fts5vocab('MemorySearch', 'col');
