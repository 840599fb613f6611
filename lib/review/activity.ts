import "server-only";
import { db } from "../db";
import { revisionEvent, type RevisionEvent } from "./history";

/** How many entries one page of the team's activity shows. */
export const ACTIVITY_PAGE_SIZE = 30;
/** How far back the pages go: the activity is what happened lately, the history keeps the rest. */
export const ACTIVITY_PAGES = 20;

const where = {
  select: { position: true, document: { select: { slug: true, titleIt: true, titleEn: true } } },
} as const;

/** One thing the team did (or a reader reported), for the team's index. */
export type ActivityEntry = {
  key: string;
  at: Date;
  who: string | null;
  position: number;
  document: { slug: string; titleIt: string; titleEn: string };
} & (
  | { kind: "revision"; event: RevisionEvent; language: "it" | "en"; reason: string | null; revision: number }
  | { kind: "comment"; origin: "team" | "reader"; body: string; resolved: boolean }
);

/**
 * What the team did lately across all texts, newest first: every change, decision and
 * re-alignment made by someone signed in (imports and the seed are not news), and every
 * comment and reader's report. Page `page` of ACTIVITY_PAGE_SIZE entries; `more` when
 * an older page has some.
 */
export async function getActivity(page: number): Promise<{ entries: ActivityEntry[]; more: boolean }> {
  const take = page * ACTIVITY_PAGE_SIZE + 1;
  const [revisions, comments] = await Promise.all([
    db.revision.findMany({
      where: { authorId: { not: null }, origin: "user" },
      orderBy: { id: "desc" },
      take,
      select: {
        id: true,
        createdAt: true,
        field: true,
        language: true,
        before: true,
        after: true,
        status: true,
        reason: true,
        revertOfId: true,
        origin: true,
        alignmentChange: true,
        author: { select: { displayName: true } },
        paragraph: where,
      },
    }),
    db.comment.findMany({
      orderBy: { id: "desc" },
      take,
      select: {
        id: true,
        createdAt: true,
        origin: true,
        body: true,
        resolvedAt: true,
        author: { select: { displayName: true } },
        paragraph: where,
      },
    }),
  ]);
  const entries: ActivityEntry[] = [
    ...revisions.map((revision) => ({
      key: `r${revision.id}`,
      at: revision.createdAt,
      who: revision.author?.displayName ?? null,
      position: revision.paragraph.position,
      document: revision.paragraph.document,
      kind: "revision" as const,
      event: revisionEvent(revision),
      language: revision.language,
      reason: revision.reason,
      revision: revision.id,
    })),
    ...comments.map((comment) => ({
      key: `c${comment.id}`,
      at: comment.createdAt,
      who: comment.author?.displayName ?? null,
      position: comment.paragraph.position,
      document: comment.paragraph.document,
      kind: "comment" as const,
      origin: comment.origin,
      body: comment.body,
      resolved: comment.resolvedAt !== null,
    })),
  ].sort((a, b) => b.at.getTime() - a.at.getTime() || b.key.localeCompare(a.key));
  const start = (page - 1) * ACTIVITY_PAGE_SIZE;
  return { entries: entries.slice(start, start + ACTIVITY_PAGE_SIZE), more: entries.length > start + ACTIVITY_PAGE_SIZE };
}

/** Each text's open comments and open readers' reports, by the text's slug. */
export async function openThreads(): Promise<Map<string, { team: number; reader: number }>> {
  const rows = await db.$queryRaw<{ slug: string; origin: "team" | "reader"; count: number | bigint }[]>`
    SELECT d."slug" AS "slug", c."origin" AS "origin", count(*) AS "count"
    FROM "Comment" c JOIN "Paragraph" p ON p."id" = c."paragraphId" JOIN "Document" d ON d."id" = p."documentId"
    WHERE c."resolvedAt" IS NULL
    GROUP BY d."slug", c."origin"`;
  const open = new Map<string, { team: number; reader: number }>();
  for (const row of rows) {
    const counts = open.get(row.slug) ?? { team: 0, reader: 0 };
    counts[row.origin] = Number(row.count);
    open.set(row.slug, counts);
  }
  return open;
}
