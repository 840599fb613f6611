import { engineOf, type Database } from "@/lib/prisma-client";

/** Every row of every table, in id order: two snapshots are equal only if nothing changed. */
export async function snapshotTables(db: Database) {
  return {
    documents: await db.document.findMany({ orderBy: { id: "asc" } }),
    paragraphs: await db.paragraph.findMany({ orderBy: { id: "asc" } }),
    revisions: await db.revision.findMany({ orderBy: { id: "asc" } }),
    terms: await db.glossaryTerm.findMany({ orderBy: { id: "asc" } }),
    forms: await db.glossaryForm.findMany({ orderBy: { id: "asc" } }),
    users: await db.user.findMany({ orderBy: { id: "asc" } }),
    comments: await db.comment.findMany({ orderBy: { id: "asc" } }),
    rateLimits: await db.rateLimit.findMany({ orderBy: { key: "asc" } }),
    sessions: await db.session.findMany({ orderBy: { id: "asc" } }),
    signInAttempts: await db.signInAttempt.findMany({ orderBy: { id: "asc" } }),
    // lastUsedAt notes each time a token was accepted, refused imports included: an audit
    // trail of the credential, not something the import stored.
    importTokens: await db.importToken.findMany({ orderBy: { id: "asc" }, omit: { lastUsedAt: true } }),
    searchIndex: await searchIndex(db),
  };
}

/**
 * The search index as indexed: FTS5 keeps the index of the external-content table
 * ParagraphSearch (the triggers on Paragraph write it) in shadow tables of its own.
 * Reading ParagraphSearch itself would read Paragraph back, not what is indexed; the
 * index's blocks (_data, _idx) change layout when rows are added and removed again. So:
 * every indexed term with where it occurs (an fts5vocab table over the index, in this
 * connection's temp schema), each row's token counts (_docsize) and the settings (_config).
 */
async function searchIndex(db: Database) {
  // PostgreSQL: the generated tsvector columns, as text (prisma/postgres/migrations/…_search).
  if (engineOf(db) === "postgresql") {
    const terms: unknown = await db.$queryRawUnsafe(
      `SELECT "id", "searchIt"::text AS "it", "searchEn"::text AS "en" FROM "Paragraph" ORDER BY "id"`,
    );
    return { terms, docsize: [] as unknown, config: [] as unknown };
  }
  const terms = await db.$transaction(async (tx) => {
    await tx.$executeRawUnsafe(
      `CREATE VIRTUAL TABLE IF NOT EXISTS temp."SnapshotSearchTerms" USING fts5vocab(main, 'ParagraphSearch', 'instance')`,
    );
    return tx.$queryRawUnsafe(
      `SELECT "term", "doc", "col", "offset" FROM temp."SnapshotSearchTerms" ORDER BY "term", "doc", "col", "offset"`,
    );
  });
  return {
    terms,
    // As hex: the blobs may be empty, which Prisma's adapter cannot type.
    docsize: await db.$queryRawUnsafe(`SELECT "id", hex("sz") AS "sz" FROM "ParagraphSearch_docsize" ORDER BY "id"`),
    config: await db.$queryRawUnsafe(`SELECT "k", "v" FROM "ParagraphSearch_config" ORDER BY "k"`),
  };
}
