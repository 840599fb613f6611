import { createHash } from "node:crypto";
import { Prisma } from "../generated/prisma/client";
import { alignVersions, sameParagraphText, type VersionStep } from "../align/source-versions";
import { readInChunks } from "../core/chunked";
import { refuse, writeTransaction, type Actor, type ReaderChanges, type Transaction } from "../core/mutation";
import type { Database } from "../prisma-client";
import { wordDiff, type DiffPart } from "../review/word-diff";
import { readSource, type ImportFile } from "./import-document";
import type { TextBlock } from "./source-text";

// A new version of a text's Italian (a corrected source) replaces the old one and
// keeps the translations: the two versions are aligned paragraph by paragraph
// (lib/align/source-versions.ts); a paragraph written alike keeps its pair untouched;
// a corrected one keeps its English, which goes back to review (needs changes) while
// readers keep the old Italian beside it until a reviewer approves the new one (the
// workspace shows the source's changes word by word); a new paragraph becomes a pair
// without English; a dropped one is removed with its translation. A paragraph split in
// two keeps its English with the first half; two joined keep both Englishes, joined.
// Pairs of English alone (the aligner found no Italian for them) stay where they stood.

/** What the preview lists of the paragraphs that change (the counts are always whole). */
export const PREVIEW_ROWS = 200;

export interface NewSourceRequest {
  slug: string;
  file: ImportFile;
  stripInvisible?: boolean;
}

const PAIR_FIELDS = {
  id: true,
  position: true,
  version: true,
  textIt: true,
  textEn: true,
  status: true,
  headingLevel: true,
  approvedIt: true,
  approvedEn: true,
  approvedNote: true,
  translatorNote: true,
} as const;
type Pair = Prisma.ParagraphGetPayload<{ select: typeof PAIR_FIELDS }>;

export type SourceStepKind = VersionStep["kind"];

/** A paragraph that changes, as the preview shows it. */
export interface SourceRow {
  kind: Exclude<SourceStepKind, "same">;
  /** The pair it was (the first of two joined), and the paragraph it becomes in the new version. */
  position: number | null;
  newPosition: number | null;
  /** The Italian from before to after, word by word; the whole old or new text for a paragraph removed or added. */
  diff: DiffPart[];
  /** The pair's English that goes back to review, or (removed) that is dropped with it. */
  english: string;
}

export interface SourcePreview {
  fileName: string;
  titleBefore: string;
  titleAfter: string;
  counts: Record<SourceStepKind, number>;
  /** Pairs whose English goes back to review, and translations removed with their paragraph. */
  stale: number;
  dropped: number;
  /** Unresolved comments on the pairs dropped, which go with them. */
  commentsDropped: number;
  rows: SourceRow[];
  /** Names this preview: applying checks that the file and the text are still what it showed. */
  token: string;
}

/** The new version's title and paragraphs, read as an import reads an Italian file. */
export function readNewSource(
  { file, stripInvisible }: Pick<NewSourceRequest, "file" | "stripInvisible">,
  properNames: readonly string[] = [],
) {
  const parsed = readSource(file, { stripInvisible: stripInvisible ?? false, properNames });
  return { title: parsed.title, originalTitle: parsed.originalTitle, blocks: parsed.blocks };
}
type NewSource = ReturnType<typeof readNewSource>;

/** One pair of the text as it will stand: an old pair (changed or not), or a new one. */
type Placed =
  /** `headingLevel`: the same words, now a heading of this level (or body text: null). */
  | { kind: "keep"; pair: Pair; headingLevel?: number | null }
  | { kind: "rewrite"; pair: Pair; block: TextBlock; joined?: Pair }
  /** `unpublished`: the second half of a split whose first half readers still see whole. */
  | { kind: "create"; block: TextBlock; unpublished?: boolean };

interface SourcePlan {
  steps: VersionStep[];
  placed: Placed[];
  removed: Pair[];
  preview: SourcePreview;
  /** Names the text's pairs (ids, versions) and title as the plan read them. */
  state: string;
}

export async function planNewSource(
  db: Database | Transaction,
  documentId: number,
  source: NewSource,
  fileName: string,
): Promise<SourcePlan> {
  const document = await db.document.findUniqueOrThrow({ where: { id: documentId }, select: { titleIt: true } });
  const pairs = await db.paragraph.findMany({ where: { documentId }, orderBy: { position: "asc" }, select: PAIR_FIELDS });
  const state = stateOf(document.titleIt, pairs);
  const italian = pairs.filter((pair) => pair.textIt !== "");
  // English-only pairs follow the Italian pair they stood after (-1: before the first).
  const after = new Map<number, Pair[]>();
  let last = -1;
  for (const pair of pairs) {
    if (pair.textIt !== "") last += 1;
    else after.set(last, [...(after.get(last) ?? []), pair]);
  }
  const steps = alignVersions(
    italian.map((pair) => ({ text: pair.textIt, headingLevel: pair.headingLevel })),
    source.blocks.map((block) => ({ text: block.text, headingLevel: block.headingLevel ?? null })),
  );

  const placed: Placed[] = (after.get(-1) ?? []).map((pair) => ({ kind: "keep", pair }));
  const removed: Pair[] = [];
  const follow = (index: number) => placed.push(...(after.get(index) ?? []).map((pair) => ({ kind: "keep" as const, pair })));
  for (const step of steps) {
    const block = (index: number) => source.blocks[index]!;
    switch (step.kind) {
      case "same":
        placed.push({ kind: "keep", pair: italian[step.old]! });
        follow(step.old);
        break;
      case "changed": {
        const pair = italian[step.old]!;
        // The same words as a heading now, or no longer: only its kind changes, its English stands.
        if (sameParagraphText(pair.textIt, block(step.fresh).text))
          placed.push({ kind: "keep", pair, headingLevel: block(step.fresh).headingLevel ?? null });
        else placed.push({ kind: "rewrite", pair, block: block(step.fresh) });
        follow(step.old);
        break;
      }
      case "split": {
        const pair = italian[step.old]!;
        placed.push(
          { kind: "rewrite", pair, block: block(step.fresh[0]) },
          // Readers keep seeing the whole old paragraph beside its English: not its second half again.
          { kind: "create", block: block(step.fresh[1]), unpublished: pair.textEn !== "" },
        );
        follow(step.old);
        break;
      }
      case "joined":
        placed.push({ kind: "rewrite", pair: italian[step.old[0]]!, block: block(step.fresh), joined: italian[step.old[1]]! });
        removed.push(italian[step.old[1]]!);
        follow(step.old[0]);
        follow(step.old[1]);
        break;
      case "added":
        placed.push({ kind: "create", block: block(step.fresh) });
        break;
      case "removed":
        removed.push(italian[step.old]!);
        follow(step.old);
        break;
    }
  }
  const joinedAway = new Set(placed.flatMap((place) => (place.kind === "rewrite" && place.joined ? [place.joined.id] : [])));
  const dropped = removed.filter((pair) => !joinedAway.has(pair.id)).map((pair) => pair.id);
  const open = await readInChunks(dropped, (chunk) =>
    db.comment.findMany({ where: { paragraphId: { in: chunk }, resolvedAt: null }, select: { id: true } }),
  );
  const commentsDropped = open.length;
  const preview = { ...previewOf(steps, italian, source, document.titleIt, placed, removed, fileName, state), commentsDropped };
  return { steps, placed, removed, preview, state };
}

/** The text as a plan read it: its title and every pair's id and version, in order. */
function stateOf(title: string, pairs: readonly { id: number; version: number }[]): string {
  const hash = createHash("sha256").update(`${title}\n`);
  for (const pair of pairs) hash.update(`${pair.id}.${pair.version}\n`);
  return hash.digest("hex");
}

function previewOf(
  steps: VersionStep[],
  italian: Pair[],
  source: NewSource,
  titleBefore: string,
  placed: Placed[],
  removed: Pair[],
  fileName: string,
  state: string,
): Omit<SourcePreview, "commentsDropped"> {
  const counts: Record<SourceStepKind, number> = { same: 0, changed: 0, added: 0, removed: 0, split: 0, joined: 0 };
  const joinedAway = new Set(placed.flatMap((place) => (place.kind === "rewrite" && place.joined ? [place.joined] : [])));
  const rows: SourceRow[] = [];
  const newPosition = new Map<TextBlock, number>();
  placed.forEach((place, index) => "block" in place && newPosition.set(place.block, index + 1));
  const hash = createHash("sha256").update(`${state}\n${source.title}\n`);
  for (const step of steps) {
    counts[step.kind] += 1;
    const olds = "old" in step ? [step.old].flat().map((index) => italian[index]!) : [];
    const blocks = "fresh" in step ? [step.fresh].flat().map((index) => source.blocks[index]!) : [];
    hash.update(`${step.kind}:${olds.map((pair) => `${pair.id}.${pair.version}`).join("+")}:${JSON.stringify(blocks)}\n`);
    if (step.kind === "same" || rows.length >= PREVIEW_ROWS) continue;
    const before = olds.map((pair) => pair.textIt).join(" ");
    const afterText = blocks.map((block) => block.text).join("\n\n");
    rows.push({
      kind: step.kind,
      position: olds[0]?.position ?? null,
      newPosition: blocks[0] ? (newPosition.get(blocks[0]) ?? null) : null,
      diff: wordDiff(before, afterText),
      english: olds
        .map((pair) => pair.textEn)
        .filter(Boolean)
        .join(" "),
    });
  }
  return {
    fileName,
    titleBefore,
    titleAfter: source.title,
    counts,
    stale: placed.filter((place) => place.kind === "rewrite" && englishOf(place) !== "").length,
    dropped: removed.filter((pair) => pair.textEn !== "" && !joinedAway.has(pair)).length,
    rows,
    token: hash.digest("hex").slice(0, 32),
  };
}

/** The refusal when applying finds the text or the file other than the preview showed. */
export interface SourceChangedSincePreview {
  ok: false;
  status: 409;
  error: "changed-since-preview";
  preview: SourcePreview;
}

export interface NewSourceResult {
  preview: SourcePreview;
  pairs: number;
}

/**
 * Applies the new version in one transaction, if the plan is still the previewed one
 * (`expect`, the preview's token). Positions pass through negative numbers (unique per
 * text and checked row by row), then each pair takes its place in the new order.
 */
export async function applyNewSource(
  db: Database,
  documentId: number,
  source: NewSource,
  request: NewSourceRequest & { expect: string },
  actor: Actor,
  now: Date,
  changes: ReaderChanges,
): Promise<NewSourceResult> {
  // Aligned before the transaction (a book's alignment is seconds of work, not to be done holding the write
  // lock); inside it, the text is checked to be still what the plan read, pair by pair.
  const { placed, removed, preview, state } = await planNewSource(db, documentId, source, request.file.name);
  const changedSince = (shown: SourcePreview): SourceChangedSincePreview => ({
    ok: false,
    status: 409,
    error: "changed-since-preview",
    preview: shown,
  });
  if (preview.token !== request.expect) refuse(changedSince(preview));
  return writeTransaction(db, async (tx) => {
    const document = await tx.document.findUniqueOrThrow({ where: { id: documentId }, select: { titleIt: true } });
    const pairs = await tx.paragraph.findMany({ where: { documentId }, orderBy: { position: "asc" }, select: { id: true, version: true } });
    if (stateOf(document.titleIt, pairs) !== state)
      refuse(changedSince((await planNewSource(tx, documentId, source, request.file.name)).preview));
    await tx.$executeRaw`UPDATE "Paragraph" SET "position" = -"position" WHERE "documentId" = ${documentId}`;
    for (const place of placed) {
      if (place.kind === "rewrite" && place.joined) {
        await tx.revision.updateMany({ where: { paragraphId: place.joined.id }, data: { paragraphId: place.pair.id } });
        await tx.comment.updateMany({ where: { paragraphId: place.joined.id }, data: { paragraphId: place.pair.id } });
      }
    }
    await tx.paragraph.deleteMany({ where: { id: { in: removed.map((pair) => pair.id) } } });
    await placeExisting(tx, placed);
    for (const place of placed) {
      if (place.kind === "keep" && place.headingLevel !== undefined && place.headingLevel !== place.pair.headingLevel) {
        await tx.paragraph.update({ where: { id: place.pair.id }, data: { headingLevel: place.headingLevel } });
      }
    }
    for (const [index, place] of placed.entries()) {
      if (place.kind === "rewrite") await rewrite(tx, place, index + 1, actor, now);
      if (place.kind === "create") await create(tx, documentId, place, index + 1, actor, now);
    }
    if (source.title !== preview.titleBefore) {
      await tx.document.update({ where: { id: documentId }, data: { titleIt: source.title, originalTitle: source.originalTitle } });
    }
    changes.text(request.slug, { published: true });
    return { preview, pairs: placed.length };
  });
}

const POSITION_ROWS = 400;

/** Every kept pair to its new place, in statements of POSITION_ROWS pairs. */
async function placeExisting(tx: Transaction, placed: Placed[]): Promise<void> {
  const moves = placed.flatMap((place, index) => (place.kind === "keep" ? [{ id: place.pair.id, position: index + 1 }] : []));
  for (let start = 0; start < moves.length; start += POSITION_ROWS) {
    const rows = moves
      .slice(start, start + POSITION_ROWS)
      .map(({ id, position }) => Prisma.sql`(CAST(${id} AS INTEGER), CAST(${position} AS INTEGER))`);
    await tx.$executeRaw`
      UPDATE "Paragraph" SET "position" = v.column2 FROM (VALUES ${Prisma.join(rows)}) AS v WHERE "Paragraph"."id" = v.column1`;
  }
}

function englishOf(place: Extract<Placed, { kind: "rewrite" }>): string {
  return join(place.pair.textEn, place.joined?.textEn ?? "");
}

/**
 * A corrected paragraph: the new Italian, the English kept (both Englishes of two
 * joined paragraphs) and sent back to review; readers keep what they were shown until
 * a reviewer approves, except where there is no English to keep consistent.
 */
async function rewrite(tx: Transaction, place: Extract<Placed, { kind: "rewrite" }>, position: number, actor: Actor, now: Date) {
  const { pair, block, joined } = place;
  const textEn = englishOf(place);
  const version = pair.version + 1;
  const status = textEn === "" ? pair.status : "needs_changes";
  // Two pairs joined keep what readers saw of both only if both were published in English or neither was:
  // otherwise their Italian is shown whole with no English until a reviewer approves.
  const consistent = !joined || (pair.approvedEn === null) === (joined.approvedEn === null);
  const published = (field: "approvedIt" | "approvedEn" | "approvedNote") =>
    field !== "approvedIt" && !consistent ? null : joined ? join(pair[field] ?? "", joined[field] ?? "") || null : pair[field];
  await tx.paragraph.update({
    where: { id: pair.id },
    data: {
      position,
      textIt: block.text,
      textEn,
      translatorNote: joined ? join(pair.translatorNote ?? "", joined.translatorNote ?? "") || null : pair.translatorNote,
      headingLevel: block.headingLevel ?? null,
      status,
      // A reason given for an earlier "needs changes" is no reason for this one.
      ...(status === "needs_changes" ? { statusReason: null } : {}),
      version,
      approvedIt: textEn === "" ? block.text : published("approvedIt"),
      approvedEn: published("approvedEn"),
      approvedNote: published("approvedNote"),
    },
  });
  const revision = { paragraphId: pair.id, version, status, authorId: actor.id, origin: "import", createdAt: now } as const;
  await tx.revision.createMany({
    data: [
      { ...revision, language: "it", field: "text", before: joined ? join(pair.textIt, joined.textIt) : pair.textIt, after: block.text },
      ...(textEn !== pair.textEn
        ? [{ ...revision, language: "en" as const, field: "text" as const, before: pair.textEn, after: textEn }]
        : []),
    ],
  });
}

/**
 * A paragraph the new version adds: a pair without English, its Italian shown to readers
 * at once (as an import's), but for the second half of a split paragraph readers still
 * see whole (as a split in the workspace leaves it).
 */
async function create(
  tx: Transaction,
  documentId: number,
  place: Extract<Placed, { kind: "create" }>,
  position: number,
  actor: Actor,
  now: Date,
) {
  const { block } = place;
  const pair = await tx.paragraph.create({
    data: {
      documentId,
      position,
      textIt: block.text,
      approvedIt: place.unpublished ? "" : block.text,
      headingLevel: block.headingLevel ?? null,
    },
    select: { id: true, version: true },
  });
  await tx.revision.create({
    data: {
      paragraphId: pair.id,
      language: "it",
      field: "text",
      before: "",
      after: block.text,
      version: pair.version,
      status: "draft",
      authorId: actor.id,
      origin: "import",
      createdAt: now,
    },
  });
}

function join(...parts: string[]): string {
  return parts.filter((part) => part.trim() !== "").join(" ");
}
