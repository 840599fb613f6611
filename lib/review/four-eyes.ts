import type { Prisma } from "../generated/prisma/client";

/** The database, or a transaction in it (a check made inside a write sees what the write wrote). */
type Database = Prisma.TransactionClient;

/**
 * The four-eyes policy (REVIEW_FOUR_EYES=1, off by default): a reviewer cannot approve
 * an English they wrote themselves; another reviewer must. An Italian-only approval (a
 * pair without English) is not covered: there is no translation to check.
 */
export function fourEyesRequired(): boolean {
  return ["1", "true", "on", "yes"].includes((process.env.REVIEW_FOUR_EYES ?? "").trim().toLowerCase());
}

/** Of the given pairs, those whose current English `userId` wrote: the author of the latest revision that changed it (decisions leave the text as it was). */
export async function pairsWithEnglishBy(db: Database, paragraphIds: readonly number[], userId: number): Promise<Set<number>> {
  const latest = await db.revision.findMany({
    where: { paragraphId: { in: [...paragraphIds] }, language: "en", field: "text", NOT: { before: { equals: db.revision.fields.after } } },
    orderBy: [{ paragraphId: "asc" }, { id: "desc" }],
    distinct: ["paragraphId"],
    select: { paragraphId: true, authorId: true },
  });
  return new Set(latest.filter((revision) => revision.authorId === userId).map((revision) => revision.paragraphId));
}

/** Whether `userId` wrote the pair's current English. */
export async function wroteCurrentEnglish(db: Database, paragraphId: number, userId: number): Promise<boolean> {
  return (await pairsWithEnglishBy(db, [paragraphId], userId)).has(paragraphId);
}
