-- AlterTable
ALTER TABLE "Paragraph" ADD COLUMN "approvedNote" TEXT;


-- What readers saw until now stays what they see.
UPDATE "Paragraph" SET "approvedNote" = "translatorNote" WHERE "approvedEn" IS NOT NULL;
