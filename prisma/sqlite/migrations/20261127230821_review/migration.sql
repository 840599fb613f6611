-- AlterTable
ALTER TABLE "Paragraph" ADD COLUMN "approvedEn" TEXT;
ALTER TABLE "Paragraph" ADD COLUMN "approvedIt" TEXT;

-- AlterTable
ALTER TABLE "Revision" ADD COLUMN "reason" TEXT;
ALTER TABLE "Revision" ADD COLUMN "revertOfId" INTEGER;

-- CreateTable
CREATE TABLE "Comment" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "paragraphId" INTEGER NOT NULL,
    "body" TEXT NOT NULL,
    "origin" TEXT NOT NULL,
    "authorId" INTEGER,
    "resolvedAt" DATETIME,
    "resolvedById" INTEGER,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Comment_paragraphId_fkey" FOREIGN KEY ("paragraphId") REFERENCES "Paragraph" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Comment_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Comment_resolvedById_fkey" FOREIGN KEY ("resolvedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "RateLimit" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "windowStarted" DATETIME NOT NULL,
    "count" INTEGER NOT NULL
);

-- CreateIndex
CREATE INDEX "Comment_paragraphId_createdAt_idx" ON "Comment"("paragraphId", "createdAt");

-- CreateIndex
CREATE INDEX "Comment_resolvedAt_idx" ON "Comment"("resolvedAt");


-- Publish gate: what was approved before this migration is what readers keep seeing.
UPDATE "Paragraph" SET "approvedEn" = "textEn", "approvedIt" = "textIt" WHERE "status" = 'approved';
