import "server-only";
import { REVIEW_STATUSES } from "../core/statuses";
import { db } from "../db";
import { Prisma, type ReviewStatus } from "../generated/prisma/client";
import type { GlossaryMatchers } from "../glossary/mark-paragraphs";
import {
  checkPair,
  DEFAULT_LENGTH_RATIO,
  LENGTH_NORM_MIN_PAIRS,
  pairFacts,
  translatedOtherwise,
  warningsOf,
  type LengthNorm,
  type PairFacts,
} from "./checks";
import { matchesFilters, needsWork, type ReviewFilters } from "./filters";
import { readInChunks } from "../core/chunked";
import { replaceIn, type Replacement } from "./find-replace";
import { completeText } from "../core/complete-texts";
import { documentWords, type WordCounts } from "./word-counts";

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
  sentenceLinks: true,
  headingLevel: true,
} as const;

/** A pair as the workspace's editor shows it. */
const workspaceFields = {
  ...pairFields,
  approvedEn: true,
  reviewedAt: true,
  reviewedBy: reviewer,
  _count: { select: { comments: { where: { resolvedAt: null } }, revisions: true } },
} as const;

/** How many pairs one page of the workspace shows. */
export const WORKSPACE_PAGE_SIZE = 50;

/** One page of a text's workspace: its pairs as the filters select them, and the whole text's progress. */
export async function getWorkspacePage(slug: string, filters: ReviewFilters, matchers: GlossaryMatchers) {
  const document = await db.document.findUnique({
    where: { slug, ...completeText },
    select: { id: true, slug: true, titleIt: true, titleEn: true },
  });
  if (!document) return null;
  const where = filteredPairs(document.id, filters);
  const [{ counts, words }, text] = await Promise.all([statusCounts(document.id), textChecks(document.id)]);
  // The check filter needs every candidate's warnings; the others are SQL alone.
  const matching = filters.check === "all" ? null : await positionsWithChecks(where, filters, matchers, text);
  const shown = matching ? matching.length : await db.paragraph.count({ where });
  const pageCount = Math.max(1, Math.ceil(shown / WORKSPACE_PAGE_SIZE));
  const page = Math.min(filters.page, pageCount);
  const offset = (page - 1) * WORKSPACE_PAGE_SIZE;
  const pairs = await db.paragraph.findMany({
    where: matching ? { documentId: document.id, position: { in: matching.slice(offset, offset + WORKSPACE_PAGE_SIZE) } } : where,
    orderBy: { position: "asc" },
    ...(matching ? {} : { skip: offset, take: WORKSPACE_PAGE_SIZE }),
    select: workspaceFields,
  });
  const neighbours = await neighbourRefs(document.id, pairs);
  return {
    document,
    counts,
    words,
    total: Object.values(counts).reduce((sum, count) => sum + count, 0),
    shown,
    page,
    pageCount,
    /** The text's usual English/Italian length ratio, which the editor's live counts compare against. */
    lengthNorm: text.norm.median,
    pairs: pairs.map((pair) => ({
      pair,
      warnings: checkPair(pair, { matchers, norm: text.norm, otherwise: text.otherwise.get(pair.id) }),
      neighbours: { previous: neighbours.get(pair.position - 1) ?? null, next: neighbours.get(pair.position + 1) ?? null },
    })),
  };
}

export type WorkspacePage = NonNullable<Awaited<ReturnType<typeof getWorkspacePage>>>;

/**
 * One pair in focus, on its own page: the pair as the workspace's editor shows it, with
 * its checks, and the pairs before and after it as context (their texts, read-only).
 */
export async function getWorkspacePair(slug: string, position: number, matchers: GlossaryMatchers) {
  const document = await db.document.findUnique({
    where: { slug, ...completeText },
    select: { id: true, slug: true, titleIt: true, titleEn: true, _count: { select: { paragraphs: true } } },
  });
  if (!document) return null;
  const [pair, around, text] = await Promise.all([
    db.paragraph.findUnique({ where: { documentId_position: { documentId: document.id, position } }, select: workspaceFields }),
    db.paragraph.findMany({
      where: { documentId: document.id, position: { in: [position - 1, position + 1] } },
      select: { id: true, version: true, position: true, textIt: true, textEn: true, status: true },
    }),
    textChecks(document.id),
  ]);
  if (!pair) return null;
  const at = (offset: number) => around.find((row) => row.position === position + offset) ?? null;
  return {
    document,
    pair,
    warnings: checkPair(pair, { matchers, norm: text.norm, otherwise: text.otherwise.get(pair.id) }),
    lengthNorm: text.norm.median,
    context: { previous: at(-1), next: at(1) },
  };
}

/** A complete text's titles, for the team's pages about it; null when there is no such text. */
export async function getDocumentTitles(slug: string) {
  return db.document.findUnique({ where: { slug, ...completeText }, select: { slug: true, titleIt: true, titleEn: true } });
}

/**
 * What a find and replace would change in a text's `side`: each pair that matches, at
 * its version, its text before and after, in reading order, at most `limit`; `total`
 * counts every pair that matches. The text is read in batches.
 */
export async function getReplacementPreview(slug: string, side: "it" | "en", replacement: Replacement, limit: number) {
  const document = await db.document.findUnique({
    where: { slug, ...completeText },
    select: { id: true, slug: true, titleIt: true, titleEn: true },
  });
  if (!document) return null;
  if (!replacement.find) return { document, matches: [], total: 0 };
  const column = side === "it" ? "textIt" : "textEn";
  const matches: { id: number; position: number; version: number; before: string; after: string; count: number }[] = [];
  let total = 0;
  for (let after = 0; ;) {
    const batch = await db.paragraph.findMany({
      where: { documentId: document.id, position: { gt: after } },
      orderBy: { position: "asc" },
      take: SCAN_BATCH,
      select: { id: true, position: true, version: true, textIt: true, textEn: true },
    });
    if (batch.length === 0) break;
    for (const pair of batch) {
      const before = pair[column];
      const result = before ? replaceIn(before, replacement) : { text: before, count: 0 };
      if (result.count === 0) continue;
      total += 1;
      if (matches.length < limit)
        matches.push({ id: pair.id, position: pair.position, version: pair.version, before, after: result.text, count: result.count });
    }
    after = batch.at(-1)!.position;
  }
  return { document, matches, total };
}

const batchFields = { id: true, position: true, version: true, status: true, textIt: true, textEn: true } as const;

/**
 * Every pair the filters select, not one page: what a batch decision is taken on, in
 * reading order, at most `limit`, with the version each is shown at. `total` counts all
 * that match, `textTotal` the text's pairs.
 */
export async function getBatchSelection(slug: string, filters: ReviewFilters, matchers: GlossaryMatchers, limit: number) {
  const document = await db.document.findUnique({
    where: { slug, ...completeText },
    select: { id: true, slug: true, titleIt: true, titleEn: true },
  });
  if (!document) return null;
  const where = filteredPairs(document.id, filters);
  const matching = filters.check === "all" ? null : await positionsWithChecks(where, filters, matchers, await textChecks(document.id));
  const [pairs, total, textTotal] = await Promise.all([
    matching
      ? readInChunks(matching.slice(0, limit), (positions) =>
          db.paragraph.findMany({
            where: { documentId: document.id, position: { in: positions } },
            orderBy: { position: "asc" },
            select: batchFields,
          }),
        )
      : db.paragraph.findMany({ where, orderBy: { position: "asc" }, take: limit, select: batchFields }),
    matching ? matching.length : db.paragraph.count({ where }),
    db.paragraph.count({ where: { documentId: document.id } }),
  ]);
  return { document, pairs, total, textTotal };
}

export type ReviewParagraph = WorkspacePage["pairs"][number]["pair"];

/**
 * The nearest pair after (or before) `from`, among those the filters select, that
 * needs work (not approved, or with a warning), and the workspace page that shows it;
 * null when there is none. Reads the text in batches from `from` on, so the usual
 * case (work a few pairs away) costs a batch, whatever the text's length.
 */
export async function findPairNeedingWork(
  slug: string,
  filters: ReviewFilters,
  from: number,
  direction: 1 | -1,
  matchers: GlossaryMatchers,
) {
  const document = await db.document.findUnique({ where: { slug, ...completeText }, select: { id: true } });
  if (!document) return null;
  const where = filteredPairs(document.id, filters);
  const text = await textChecks(document.id);
  for (let cursor = from; ;) {
    const batch = await db.paragraph.findMany({
      where: { AND: [where, { position: direction > 0 ? { gt: cursor } : { lt: cursor } }] },
      orderBy: { position: direction > 0 ? "asc" : "desc" },
      take: SCAN_BATCH,
      select: lightFields,
    });
    if (batch.length === 0) return null;
    const facts = await factsOf(batch, matchers);
    const found = batch.find((row) => {
      const warnings = warningsOf(facts.get(row.id)!, text.norm, text.otherwise.get(row.id));
      return matchesFilters(row, warnings, filters) && needsWork(row, warnings);
    });
    if (found) return { position: found.position, page: await pageOf(found.position, where, filters, matchers, text) };
    cursor = batch.at(-1)!.position;
  }
}

const SCAN_BATCH = 200;
const lightFields = { id: true, position: true, status: true, version: true, alignmentConfidence: true } as const;
type LightPair = { id: number; position: number; status: ReviewStatus; version: number; alignmentConfidence: number | null };

/** The workspace page (under these filters) that shows the pair at `position`. */
async function pageOf(
  position: number,
  where: Prisma.ParagraphWhereInput,
  filters: ReviewFilters,
  matchers: GlossaryMatchers,
  text: TextChecks,
) {
  const before =
    filters.check === "all"
      ? await db.paragraph.count({ where: { AND: [where, { position: { lt: position } }] } })
      : (await positionsWithChecks({ AND: [where, { position: { lt: position } }] }, filters, matchers, text)).length;
  return Math.floor(before / WORKSPACE_PAGE_SIZE) + 1;
}

/** The pairs the status filter and the search select (the check filter is applied on their warnings). */
function filteredPairs(documentId: number, filters: ReviewFilters): Prisma.ParagraphWhereInput {
  return {
    documentId,
    ...(filters.status === "all" ? {} : { status: filters.status }),
    ...(filters.query ? { OR: [{ textIt: { contains: filters.query } }, { textEn: { contains: filters.query } }] } : {}),
  };
}

/** Positions, in order, of the pairs `where` selects whose warnings pass the check filter. */
async function positionsWithChecks(
  where: Prisma.ParagraphWhereInput,
  filters: ReviewFilters,
  matchers: GlossaryMatchers,
  text: TextChecks,
) {
  const rows = await db.paragraph.findMany({ where, orderBy: { position: "asc" }, select: lightFields });
  const facts = await factsOf(rows, matchers);
  return rows
    .filter((row) => matchesFilters(row, warningsOf(facts.get(row.id)!, text.norm, text.otherwise.get(row.id)), filters))
    .map((row) => row.position);
}

/** Pairs and words per status over the whole text, counted by the database (lib/review/word-counts.ts). */
async function statusCounts(documentId: number): Promise<{ counts: Record<ReviewStatus, number>; words: WordCounts }> {
  const words = await documentWords(db, documentId);
  const counts = Object.fromEntries(REVIEW_STATUSES.map((status) => [status, words[status].pairs])) as Record<ReviewStatus, number>;
  return { counts, words };
}

/** What the checks judge each pair against: the whole text's length norm, and the pairs its Italian is translated otherwise in. */
interface TextChecks {
  norm: LengthNorm;
  /** By pair id: the positions of pairs with the same Italian and another English (lib/review/checks.ts translatedOtherwise). */
  otherwise: ReadonlyMap<number, number[]>;
}

/**
 * The text's English/Italian length norm (lib/review/checks.ts lengthNorm), worked out
 * by the database from the lengths it measures (trimmed, in characters) without sending
 * the texts or a row per pair: the one norm the workspace judges every pair's length
 * against, on every page and in every filter; and its Italian translated otherwise,
 * from the pairs whose Italian occurs again with another English (the database finds them).
 */
async function textChecks(documentId: number): Promise<TextChecks> {
  const known = norms.get(documentId);
  if (known && Date.now() - known.at < NORM_TTL_MS) return known.checks;
  const [norm, otherwise] = await Promise.all([measureNorm(documentId), inconsistentPairs(documentId)]);
  const checks = { norm, otherwise };
  norms.set(documentId, { at: Date.now(), checks });
  return checks;
}

/**
 * Each text's norm and consistency, kept for a minute: statistics of the whole text that
 * take reading every pair of the document. This process's own writes forget them at once
 * (forgetLengthNorms); another process's within the minute.
 */
const norms = new Map<number, { at: number; checks: TextChecks }>();
const NORM_TTL_MS = 60_000;

/** After a write to texts: the next page judges lengths and consistency afresh. */
export function forgetLengthNorms(): void {
  norms.clear();
}

/** The pairs whose Italian occurs again in the text with another English, and those others. */
async function inconsistentPairs(documentId: number): Promise<Map<number, number[]>> {
  const rows = await db.$queryRaw<{ id: number; position: number; textIt: string; textEn: string }[]>`
    SELECT "id", "position", "textIt", "textEn" FROM "Paragraph"
    WHERE "documentId" = ${documentId} AND trim("textEn") <> '' AND "textIt" IN (
      SELECT "textIt" FROM "Paragraph" WHERE "documentId" = ${documentId} AND trim("textEn") <> '' AND trim("textIt") <> ''
      GROUP BY "textIt" HAVING count(DISTINCT "textEn") > 1
    )`;
  return translatedOtherwise(rows.map((row) => ({ ...row, id: Number(row.id), position: Number(row.position) })));
}

async function measureNorm(documentId: number): Promise<LengthNorm> {
  const measurable = Prisma.sql`FROM "Paragraph" WHERE "documentId" = ${documentId} AND length(trim("textIt")) > 0 AND length(trim("textEn")) > 0`;
  const [{ count }] = await db.$queryRaw<[{ count: number | bigint }]>`SELECT count(*) AS "count" ${measurable}`;
  const pairs = Number(count);
  if (pairs < LENGTH_NORM_MIN_PAIRS) return { median: DEFAULT_LENGTH_RATIO };
  // The middle ratio, or the two middle ones when the count is even.
  const middle = await db.$queryRaw<{ ratio: number }[]>`
    SELECT length(trim("textEn")) * 1.0 / length(trim("textIt")) AS "ratio" ${measurable}
    ORDER BY "ratio" LIMIT ${pairs % 2 ? 1 : 2} OFFSET ${Math.floor((pairs - 1) / 2)}`;
  return { median: middle.reduce((sum, row) => sum + Number(row.ratio), 0) / middle.length };
}

/** The previous and next pairs (in the text, not the filtered list) of the pairs shown, for the alignment tools. */
async function neighbourRefs(
  documentId: number,
  pairs: readonly { position: number }[],
): Promise<Map<number, { id: number; version: number }>> {
  const positions = [...new Set(pairs.flatMap((pair) => [pair.position - 1, pair.position + 1]))];
  const rows = await db.paragraph.findMany({
    where: { documentId, position: { in: positions } },
    select: { id: true, version: true, position: true },
  });
  return new Map(rows.map((row) => [row.position, { id: row.id, version: row.version }]));
}

/**
 * Each pair's checks as far as they depend on the pair alone (lib/review/checks.ts
 * pairFacts), kept in this process for as long as the pair's version and the glossary
 * stay the same: the glossary matching is the costly part (about half a millisecond
 * a pair), and a filter over a 10,000-pair text would otherwise pay it on every page.
 * A new glossary (a new matchers object) starts afresh.
 */
const memo = new WeakMap<GlossaryMatchers, Map<number, { key: string; facts: PairFacts }>>();

async function factsOf(rows: readonly LightPair[], matchers: GlossaryMatchers): Promise<Map<number, PairFacts>> {
  const known = memo.get(matchers) ?? new Map<number, { key: string; facts: PairFacts }>();
  memo.set(matchers, known);
  const keyOf = (pair: { version: number; alignmentConfidence: number | null }) => `${pair.version}:${pair.alignmentConfidence}`;
  const stale = rows.filter((row) => known.get(row.id)?.key !== keyOf(row)).map((row) => row.id);
  for (let start = 0; start < stale.length; start += FACTS_BATCH) {
    const texts = await db.paragraph.findMany({
      where: { id: { in: stale.slice(start, start + FACTS_BATCH) } },
      select: { id: true, textIt: true, textEn: true, version: true, alignmentConfidence: true, sentenceLinks: true },
    });
    for (const pair of texts) known.set(pair.id, { key: keyOf(pair), facts: pairFacts(pair, matchers) });
  }
  return new Map(rows.map((row) => [row.id, known.get(row.id)?.facts ?? { warnings: [], lengths: null }]));
}

const FACTS_BATCH = 500;

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
