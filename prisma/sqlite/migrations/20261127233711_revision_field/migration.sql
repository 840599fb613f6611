-- A revision records which text changed: the paragraph, or its translator's note.
ALTER TABLE "Revision" ADD COLUMN "field" TEXT NOT NULL DEFAULT 'text';
