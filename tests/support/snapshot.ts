import type { Database } from "@/lib/prisma-client";

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
 * The search index as stored: FTS5 keeps the index of the external-content table
 * ParagraphSearch (the triggers on Paragraph write it) in shadow tables of its own,
 * _data (the index's b-tree, every term and where it occurs), _idx (its segments),
 * _docsize (each indexed row's token counts) and _config. Reading ParagraphSearch itself
 * would read Paragraph back, not what is indexed.
 */
async function searchIndex(db: Database) {
  return {
    // As hex: the blobs may be empty, which Prisma's adapter cannot type.
    data: await db.$queryRawUnsafe(`SELECT "id", hex("block") AS "block" FROM "ParagraphSearch_data" ORDER BY "id"`),
    idx: await db.$queryRawUnsafe(`SELECT "segid", hex("term") AS "term", "pgno" FROM "ParagraphSearch_idx" ORDER BY "segid", "term"`),
    docsize: await db.$queryRawUnsafe(`SELECT "id", hex("sz") AS "sz" FROM "ParagraphSearch_docsize" ORDER BY "id"`),
    config: await db.$queryRawUnsafe(`SELECT "k", "v" FROM "ParagraphSearch_config" ORDER BY "k"`),
  };
}
