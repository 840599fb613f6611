import "server-only";
import { db } from "../db";

const reviewer = { select: { displayName: true } } as const;

/** A pair's own state, as both the workspace and a pair's record show it. */
const pairFields = {
  id: true,
  position: true,
  textIt: true,
  textEn: true,
  status: true,
  statusReason: true,
  version: true,
  approvedIt: true,
  translatorNote: true,
  alignmentConfidence: true,
} as const;

/** A document as the team works on it: every pair with its state, and its open comments. */
export async function getReviewDocument(slug: string) {
  return db.document.findUnique({
    where: { slug },
    select: {
      slug: true,
      titleIt: true,
      titleEn: true,
      paragraphs: {
        orderBy: { position: "asc" },
        select: {
          ...pairFields,
          approvedEn: true,
          reviewedAt: true,
          reviewedBy: reviewer,
          _count: { select: { comments: { where: { resolvedAt: null } }, revisions: true } },
        },
      },
    },
  });
}

export type ReviewDocument = NonNullable<Awaited<ReturnType<typeof getReviewDocument>>>;
export type ReviewParagraph = ReviewDocument["paragraphs"][number];

/**
 * One pair with its whole history (newest first) and its comment thread (oldest first).
 * A revision that moved English between pairs names where the other pair now is.
 */
export async function getPairRecord(slug: string, position: number) {
  const pair = await findPairRecord(slug, position);
  if (!pair) return null;
  const partners = await movePartners(slug, pair.id, pair.revisions);
  return {
    ...pair,
    revisions: pair.revisions.map((revision) => ({ ...revision, movedWith: partners.get(revision.createdAt.getTime()) ?? null })),
  };
}

/** For each moment English moved to or from this pair, the current position of the other pair of the move. */
async function movePartners(slug: string, paragraphId: number, revisions: readonly { alignmentChange: string | null; createdAt: Date }[]) {
  const moments = revisions.filter((revision) => revision.alignmentChange === "move").map((revision) => revision.createdAt);
  if (moments.length === 0) return new Map<number, number>();
  const others = await db.revision.findMany({
    where: { alignmentChange: "move", createdAt: { in: moments }, paragraphId: { not: paragraphId }, paragraph: { document: { slug } } },
    select: { createdAt: true, paragraph: { select: { position: true } } },
  });
  return new Map(others.map((revision) => [revision.createdAt.getTime(), revision.paragraph.position]));
}

function findPairRecord(slug: string, position: number) {
  return db.paragraph.findFirst({
    where: { position, document: { slug } },
    select: {
      ...pairFields,
      document: { select: { slug: true, titleIt: true, titleEn: true, _count: { select: { paragraphs: true } } } },
      revisions: {
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        select: {
          id: true,
          language: true,
          field: true,
          before: true,
          after: true,
          version: true,
          status: true,
          origin: true,
          reason: true,
          revertOfId: true,
          alignmentChange: true,
          createdAt: true,
          author: reviewer,
        },
      },
      comments: {
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: { id: true, body: true, origin: true, createdAt: true, resolvedAt: true, author: reviewer, resolvedBy: reviewer },
      },
    },
  });
}

export type PairRecord = NonNullable<Awaited<ReturnType<typeof getPairRecord>>>;
export type PairRevision = PairRecord["revisions"][number];
