-- CreateTable
CREATE TABLE "Memory" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Memory_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MemoryUnit" (
    "id" SERIAL NOT NULL,
    "memoryId" INTEGER NOT NULL,
    "textIt" TEXT NOT NULL,
    "textEn" TEXT NOT NULL,

    CONSTRAINT "MemoryUnit_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Memory_name_key" ON "Memory"("name");

-- CreateIndex
CREATE INDEX "MemoryUnit_memoryId_idx" ON "MemoryUnit"("memoryId");

-- AddForeignKey
ALTER TABLE "MemoryUnit" ADD CONSTRAINT "MemoryUnit_memoryId_fkey" FOREIGN KEY ("memoryId") REFERENCES "Memory"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- Fuzzy matches and the concordance (lib/memory): the memory's units indexed as the
-- pairs' approved texts are (migration 20261130130100_search), outside Prisma's models.
ALTER TABLE "MemoryUnit"
  ADD COLUMN "searchIt" tsvector GENERATED ALWAYS AS (to_tsvector('a_fronte_it'::regconfig, "textIt")) STORED,
  ADD COLUMN "searchEn" tsvector GENERATED ALWAYS AS (to_tsvector('a_fronte_en'::regconfig, "textEn")) STORED;

CREATE INDEX "MemoryUnit_searchIt_idx" ON "MemoryUnit" USING GIN ("searchIt");
CREATE INDEX "MemoryUnit_searchEn_idx" ON "MemoryUnit" USING GIN ("searchEn");
