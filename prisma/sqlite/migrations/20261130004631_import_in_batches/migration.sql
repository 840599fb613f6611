-- AlterTable
ALTER TABLE "Document" ADD COLUMN "importingAt" DATETIME;

