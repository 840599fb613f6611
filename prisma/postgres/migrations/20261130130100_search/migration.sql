-- Search on PostgreSQL (lib/search/postgres-search.ts): what readers see (the approved
-- Italian and English) indexed with each language's stemmer, accents folded, in two
-- generated columns with GIN indexes. These objects live outside Prisma's models: the
-- drift test (tests/unit/schema-drift.test.ts) knows their names.
CREATE EXTENSION IF NOT EXISTS unaccent;

-- Copies of the built-in configurations that fold accents before stemming
-- ("virtù" finds "virtu", "perché" "perche"); ASCII words need no folding.
CREATE TEXT SEARCH CONFIGURATION a_fronte_it (COPY = pg_catalog.italian);
ALTER TEXT SEARCH CONFIGURATION a_fronte_it ALTER MAPPING FOR hword, hword_part, word WITH unaccent, italian_stem;
CREATE TEXT SEARCH CONFIGURATION a_fronte_en (COPY = pg_catalog.english);
ALTER TEXT SEARCH CONFIGURATION a_fronte_en ALTER MAPPING FOR hword, hword_part, word WITH unaccent, english_stem;

ALTER TABLE "Paragraph"
  ADD COLUMN "searchIt" tsvector GENERATED ALWAYS AS (to_tsvector('a_fronte_it'::regconfig, coalesce("approvedIt", ''))) STORED,
  ADD COLUMN "searchEn" tsvector GENERATED ALWAYS AS (to_tsvector('a_fronte_en'::regconfig, coalesce("approvedEn", ''))) STORED;

CREATE INDEX "Paragraph_searchIt_idx" ON "Paragraph" USING GIN ("searchIt");
CREATE INDEX "Paragraph_searchEn_idx" ON "Paragraph" USING GIN ("searchEn");
