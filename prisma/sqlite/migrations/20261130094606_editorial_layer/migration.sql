-- AlterTable
ALTER TABLE "Document" ADD COLUMN "editorNoteEn" TEXT;
ALTER TABLE "Document" ADD COLUMN "editorNoteIt" TEXT;

-- AlterTable
ALTER TABLE "Paragraph" ADD COLUMN "lostWordsIt" TEXT;

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_GlossaryTerm" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "slug" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "termIt" TEXT NOT NULL,
    "termEn" TEXT NOT NULL,
    "abbreviation" TEXT,
    "expansionIt" TEXT,
    "expansionEn" TEXT,
    "definitionIt" TEXT NOT NULL,
    "definitionEn" TEXT NOT NULL,
    "sources" TEXT,
    "documentId" INTEGER,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "GlossaryTerm_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_GlossaryTerm" ("abbreviation", "createdAt", "definitionEn", "definitionIt", "expansionEn", "expansionIt", "id", "kind", "slug", "termEn", "termIt", "updatedAt") SELECT "abbreviation", "createdAt", "definitionEn", "definitionIt", "expansionEn", "expansionIt", "id", "kind", "slug", "termEn", "termIt", "updatedAt" FROM "GlossaryTerm";
DROP TABLE "GlossaryTerm";
ALTER TABLE "new_GlossaryTerm" RENAME TO "GlossaryTerm";
CREATE UNIQUE INDEX "GlossaryTerm_slug_key" ON "GlossaryTerm"("slug");
CREATE INDEX "GlossaryTerm_documentId_idx" ON "GlossaryTerm"("documentId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

