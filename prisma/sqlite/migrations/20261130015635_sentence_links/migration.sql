-- AlterTable
ALTER TABLE "Paragraph" ADD COLUMN "approvedSentenceLinks" TEXT;
ALTER TABLE "Paragraph" ADD COLUMN "sentenceLinks" TEXT;

