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
  };
}
