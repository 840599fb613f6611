-- The library's tables on PostgreSQL: the same models as prisma/sqlite/migrations, in one step.

-- CreateEnum
CREATE TYPE "Language" AS ENUM ('it', 'en');

-- CreateEnum
CREATE TYPE "ReviewStatus" AS ENUM ('draft', 'translated', 'needs_changes', 'approved');

-- CreateEnum
CREATE TYPE "TermKind" AS ENUM ('organisation', 'institution', 'person', 'place', 'concept', 'event', 'title');

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('translator', 'reviewer', 'admin');

-- CreateEnum
CREATE TYPE "RevisionField" AS ENUM ('text', 'note', 'links');

-- CreateEnum
CREATE TYPE "AlignmentChange" AS ENUM ('merge', 'split', 'move');

-- CreateEnum
CREATE TYPE "CommentOrigin" AS ENUM ('team', 'reader');

-- CreateTable
CREATE TABLE "Document" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "titleIt" TEXT NOT NULL,
    "titleEn" TEXT NOT NULL,
    "originalTitle" TEXT NOT NULL,
    "originalLanguage" "Language" NOT NULL DEFAULT 'it',
    "sourceName" TEXT NOT NULL,
    "attribution" TEXT NOT NULL,
    "sourceUrl" TEXT,
    "publishedOn" TEXT,
    "importingAt" TIMESTAMP(3),
    "editorNoteIt" TEXT,
    "editorNoteEn" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Document_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Paragraph" (
    "id" SERIAL NOT NULL,
    "documentId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "textIt" TEXT NOT NULL,
    "textEn" TEXT NOT NULL DEFAULT '',
    "status" "ReviewStatus" NOT NULL DEFAULT 'draft',
    "statusReason" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "translatorNote" TEXT,
    "lostWordsIt" TEXT,
    "alignmentConfidence" DOUBLE PRECISION,
    "headingLevel" INTEGER,
    "approvedEn" TEXT,
    "approvedIt" TEXT,
    "approvedNote" TEXT,
    "sentenceLinks" TEXT,
    "approvedSentenceLinks" TEXT,
    "reviewedById" INTEGER,
    "reviewedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Paragraph_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Revision" (
    "id" SERIAL NOT NULL,
    "paragraphId" INTEGER NOT NULL,
    "language" "Language" NOT NULL,
    "field" "RevisionField" NOT NULL DEFAULT 'text',
    "before" TEXT NOT NULL,
    "after" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "status" "ReviewStatus" NOT NULL,
    "authorId" INTEGER,
    "origin" TEXT NOT NULL DEFAULT 'user',
    "revertOfId" INTEGER,
    "reason" TEXT,
    "alignmentChange" "AlignmentChange",
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Revision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GlossaryTerm" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "kind" "TermKind" NOT NULL,
    "termIt" TEXT NOT NULL,
    "termEn" TEXT NOT NULL,
    "abbreviation" TEXT,
    "expansionIt" TEXT,
    "expansionEn" TEXT,
    "definitionIt" TEXT NOT NULL,
    "definitionEn" TEXT NOT NULL,
    "sources" TEXT,
    "documentId" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "GlossaryTerm_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GlossaryForm" (
    "id" SERIAL NOT NULL,
    "termId" INTEGER NOT NULL,
    "language" "Language" NOT NULL,
    "form" TEXT NOT NULL,

    CONSTRAINT "GlossaryForm_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" SERIAL NOT NULL,
    "username" TEXT NOT NULL,
    "displayName" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "disabledAt" TIMESTAMP(3),

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Comment" (
    "id" SERIAL NOT NULL,
    "paragraphId" INTEGER NOT NULL,
    "body" TEXT NOT NULL,
    "origin" "CommentOrigin" NOT NULL,
    "authorId" INTEGER,
    "resolvedAt" TIMESTAMP(3),
    "resolvedById" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Comment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RateLimit" (
    "key" TEXT NOT NULL,
    "windowStarted" TIMESTAMP(3) NOT NULL,
    "count" INTEGER NOT NULL,

    CONSTRAINT "RateLimit_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "Session" (
    "id" TEXT NOT NULL,
    "userId" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "lastSeenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Session_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SignInAttempt" (
    "id" SERIAL NOT NULL,
    "key" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SignInAttempt_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ImportToken" (
    "id" SERIAL NOT NULL,
    "label" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastUsedAt" TIMESTAMP(3),
    "revokedAt" TIMESTAMP(3),

    CONSTRAINT "ImportToken_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Document_slug_key" ON "Document"("slug");

-- CreateIndex
CREATE INDEX "Paragraph_documentId_status_idx" ON "Paragraph"("documentId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "Paragraph_documentId_position_key" ON "Paragraph"("documentId", "position");

-- CreateIndex
CREATE INDEX "Revision_paragraphId_createdAt_idx" ON "Revision"("paragraphId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "GlossaryTerm_slug_key" ON "GlossaryTerm"("slug");

-- CreateIndex
CREATE INDEX "GlossaryTerm_documentId_idx" ON "GlossaryTerm"("documentId");

-- CreateIndex
CREATE INDEX "GlossaryForm_language_form_idx" ON "GlossaryForm"("language", "form");

-- CreateIndex
CREATE UNIQUE INDEX "GlossaryForm_termId_language_form_key" ON "GlossaryForm"("termId", "language", "form");

-- CreateIndex
CREATE UNIQUE INDEX "User_username_key" ON "User"("username");

-- CreateIndex
CREATE INDEX "Comment_paragraphId_createdAt_idx" ON "Comment"("paragraphId", "createdAt");

-- CreateIndex
CREATE INDEX "Comment_resolvedAt_idx" ON "Comment"("resolvedAt");

-- CreateIndex
CREATE INDEX "RateLimit_windowStarted_idx" ON "RateLimit"("windowStarted");

-- CreateIndex
CREATE INDEX "Session_userId_idx" ON "Session"("userId");

-- CreateIndex
CREATE INDEX "Session_expiresAt_idx" ON "Session"("expiresAt");

-- CreateIndex
CREATE INDEX "SignInAttempt_key_at_idx" ON "SignInAttempt"("key", "at");

-- CreateIndex
CREATE INDEX "SignInAttempt_at_idx" ON "SignInAttempt"("at");

-- CreateIndex
CREATE UNIQUE INDEX "ImportToken_tokenHash_key" ON "ImportToken"("tokenHash");

-- AddForeignKey
ALTER TABLE "Paragraph" ADD CONSTRAINT "Paragraph_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Paragraph" ADD CONSTRAINT "Paragraph_reviewedById_fkey" FOREIGN KEY ("reviewedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Revision" ADD CONSTRAINT "Revision_paragraphId_fkey" FOREIGN KEY ("paragraphId") REFERENCES "Paragraph"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Revision" ADD CONSTRAINT "Revision_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GlossaryTerm" ADD CONSTRAINT "GlossaryTerm_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GlossaryForm" ADD CONSTRAINT "GlossaryForm_termId_fkey" FOREIGN KEY ("termId") REFERENCES "GlossaryTerm"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Comment" ADD CONSTRAINT "Comment_paragraphId_fkey" FOREIGN KEY ("paragraphId") REFERENCES "Paragraph"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Comment" ADD CONSTRAINT "Comment_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Comment" ADD CONSTRAINT "Comment_resolvedById_fkey" FOREIGN KEY ("resolvedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Session" ADD CONSTRAINT "Session_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

