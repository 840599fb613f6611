import { createHash } from "node:crypto";
import { Prisma } from "../generated/prisma/client";
import { completeText } from "../core/complete-texts";
import { ImportError } from "../core/import-error";
import { refuse, writeTransaction, type Actor, type ReaderChanges, type Transaction } from "../core/mutation";
import { readInChunks } from "../core/chunked";
import { can } from "../core/roles";
import { engineOf, type Database } from "../prisma-client";
import { fourEyesRequired, pairsWithEnglishBy } from "../review/four-eyes";
import type { RevisionRow } from "../review/review-decision";
import { wordDiff, type DiffPart } from "../review/word-diff";
import type { PairStatus } from "./exchange-document";
import { readExchangeFile } from "./read-exchange-file";
import { planUpdate, type CurrentPair, type FileUnit, type PairUpdate, type UnitPlan, type UpdatePlan } from "./update-plan";

// Updating a text from a translated XLIFF or TMX (the CAT round trip): a preview of what
// the file would change, then the change in one transaction, as revisions by the person
// who brought the file back, with the statuses the file gives (as far as their role allows).

/** What the preview lists of each kind (the counts are always whole). */
export const PREVIEW_ROWS = 200;

export interface UpdateRequest {
  slug: string;
  file: { name: string; bytes: Uint8Array };
  stripInvisible?: boolean;
  /** Apply units that conflict with edits made since the file was written (else they are skipped). */
  overwrite?: boolean;
}

/** One unit as the preview shows it. */
export interface PreviewRow {
  kind: UnitPlan["kind"];
  /** The unit's place in the file (1-based) and its id there, if any. */
  unit: number;
  unitId: string | null;
  /** The pair it matched (null: unmatched and no pair by that id). */
  position: number | null;
  textIt: string;
  /** The pair's English now, and what the file would make it. */
  before: string | null;
  after: string;
  statusBefore: PairStatus | null;
  statusAfter: PairStatus | null;
  /** The English from before to after, word by word (none for an unmatched unit). */
  diff: DiffPart[] | null;
  noteChanged: boolean;
  matchedBy: "id" | "source" | null;
  /** The file's status was a decision (approval, sending back) this user may not take: the pair gets "translated". */
  held: boolean;
}

export interface UpdatePreview {
  fileName: string;
  units: number;
  counts: UpdatePlan["counts"];
  untouched: number;
  unversioned: number;
  held: number;
  rows: PreviewRow[];
  /** Names this preview: applying checks that the file and the text are still what it showed. */
  token: string;
}

export interface UpdateResult {
  preview: UpdatePreview;
  /** Pairs written, and conflicting units left as they were. */
  written: number;
  conflictsSkipped: number;
  published: number;
}

/** The file's units in order, read and validated like an import; a glossary file is refused. */
export function readUpdateFile({ file, stripInvisible }: Pick<UpdateRequest, "file" | "stripInvisible">): FileUnit[] {
  const read = readExchangeFile(file.bytes, file.name, { stripInvisible: stripInvisible ?? false });
  if (read.kind !== "document") {
    throw new ImportError("unsupported-format", `${file.name} holds glossary terms; a text is updated from a TMX or XLIFF file.`);
  }
  const { paragraphs, origins } = read.document;
  return paragraphs.map((paragraph, index) => ({ paragraph, origin: origins[index]! }));
}

const PAIR_FIELDS = {
  id: true,
  position: true,
  version: true,
  textIt: true,
  textEn: true,
  status: true,
  statusReason: true,
  translatorNote: true,
} as const;

/** The text's id, or null when there is no such complete text. */
export async function findText(db: Database | Transaction, slug: string): Promise<number | null> {
  return (await db.document.findFirst({ where: { slug, ...completeText }, select: { id: true } }))?.id ?? null;
}

/**
 * What applying the file would do, for this user: statuses they may not give (an
 * approval without the review right, or of English they bring in under the four-eyes
 * policy; a sending back without the review right) become "translated".
 */
export async function planFor(db: Database | Transaction, documentId: number, units: FileUnit[], actor: Actor, fileName: string) {
  const pairs: CurrentPair[] = await db.paragraph.findMany({ where: { documentId }, orderBy: { position: "asc" }, select: PAIR_FIELDS });
  const mayReview = can(actor, "review");
  // Under four-eyes, English the reviewer wrote (before, or now with this file) waits for another reviewer.
  const wrote =
    mayReview && fourEyesRequired()
      ? new Set(
          await readInChunks(
            pairs.map((pair) => pair.id),
            async (chunk) => [...(await pairsWithEnglishBy(db as Transaction, chunk, actor.id))],
          ),
        )
      : null;
  const plan = planUpdate(pairs, units, (wanted, pair, englishChanged) => {
    const decision = wanted === "approved" || wanted === "needs_changes";
    if (decision && !mayReview) return "translated";
    if (wanted === "approved" && wrote && (englishChanged || wrote.has(pair.id))) return englishChanged ? "translated" : pair.status;
    return wanted;
  });
  return { plan, preview: previewOf(plan, fileName) };
}

function previewOf(plan: UpdatePlan, fileName: string): UpdatePreview {
  const shown = { unchanged: 0, changed: 0, conflict: 0, unmatched: 0 };
  const rows: PreviewRow[] = [];
  const hash = createHash("sha256");
  for (const [index, unit] of plan.units.entries()) {
    const pair = unit.kind === "unmatched" ? unit.nearest : unit.pair;
    const update = unit.kind === "changed" || unit.kind === "conflict" ? unit.update : null;
    hash.update(`${unit.kind}:${pair?.id ?? ""}:${pair?.version ?? ""}:${JSON.stringify(update)}\n`);
    if (unit.kind === "unchanged" || shown[unit.kind]++ >= PREVIEW_ROWS) continue;
    rows.push({
      kind: unit.kind,
      unit: index + 1,
      unitId: unit.unit.origin.id,
      position: pair?.position ?? null,
      textIt: unit.unit.paragraph.textIt,
      before: pair?.textEn ?? null,
      after: unit.unit.paragraph.textEn ?? "",
      statusBefore: pair?.status ?? null,
      statusAfter: update?.status ?? null,
      diff: update && pair ? wordDiff(pair.textEn, update.textEn) : null,
      noteChanged: update !== null && update.translatorNote !== (pair?.translatorNote ?? null),
      matchedBy: unit.kind === "unmatched" ? null : unit.matchedBy,
      held: update?.held ?? false,
    });
  }
  const held = plan.units.filter((unit) => (unit.kind === "changed" || unit.kind === "conflict") && unit.update.held).length;
  return {
    fileName,
    units: plan.units.length,
    counts: plan.counts,
    untouched: plan.untouched,
    unversioned: plan.unversioned,
    held,
    rows,
    token: hash.digest("hex").slice(0, 32),
  };
}

/** The refusal when applying finds the text or the file other than the preview showed. */
export interface ChangedSincePreview {
  ok: false;
  status: 409;
  error: "changed-since-preview";
  preview: UpdatePreview;
}

/**
 * Applies the file in one transaction, if the plan is still the previewed one (`expect`,
 * the preview's token): each changed pair (and each conflicting one when `overwrite`)
 * gets the file's English, note and status, a version, and its revisions by `actor`.
 */
export async function applyUpdate(
  db: Database,
  documentId: number,
  units: FileUnit[],
  request: UpdateRequest & { expect: string },
  actor: Actor,
  now: Date,
  changes: ReaderChanges,
): Promise<UpdateResult> {
  return writeTransaction(db, async (tx) => {
    const { plan, preview } = await planFor(tx, documentId, units, actor, request.file.name);
    if (preview.token !== request.expect) {
      const changed: ChangedSincePreview = { ok: false, status: 409, error: "changed-since-preview", preview };
      refuse(changed);
    }
    const writing = plan.units.flatMap((unit) =>
      unit.kind === "changed" || (unit.kind === "conflict" && request.overwrite) ? [{ pair: unit.pair, update: unit.update }] : [],
    );
    await writeUpdates(tx, engineOf(db), writing, actor, now);
    const published = writing.filter(({ update }) => update.status === "approved").length;
    if (writing.length > 0) changes.text(request.slug, { published: published > 0 });
    return { preview, written: writing.length, conflictsSkipped: request.overwrite ? 0 : plan.counts.conflict, published };
  });
}

/** Rows per UPDATE statement (seven values each, under SQLite's 999 parameters). */
const UPDATE_ROWS = 120;
const REVISION_ROWS = 80;

/**
 * The pairs' new English, note and status in one statement per UPDATE_ROWS pairs (a
 * statement per pair would hold the write lock ten times as long for a book); an
 * approved pair publishes its texts as an approval does (lib/review/review-decision.ts).
 */
async function writeUpdates(
  tx: Transaction,
  engine: "sqlite" | "postgresql",
  writing: { pair: CurrentPair; update: PairUpdate }[],
  actor: Actor,
  now: Date,
): Promise<void> {
  const status = (value: PairStatus) => (engine === "postgresql" ? Prisma.sql`CAST(${value} AS "ReviewStatus")` : Prisma.sql`${value}`);
  for (let start = 0; start < writing.length; start += UPDATE_ROWS) {
    const chunk = writing.slice(start, start + UPDATE_ROWS);
    const rows = chunk.map(
      ({ pair, update }) =>
        Prisma.sql`(CAST(${pair.id} AS INTEGER), ${update.textEn}, ${update.translatorNote}, ${status(update.status)}, ${update.statusReason}, CAST(${update.status === "approved" ? 1 : 0} AS INTEGER))`,
    );
    await tx.$executeRaw`
      UPDATE "Paragraph"
      SET "textEn" = v.column2, "translatorNote" = v.column3, "status" = v.column4, "statusReason" = v.column5,
          "version" = "version" + 1,
          "approvedEn" = CASE WHEN v.column6 = 1 THEN v.column2 ELSE "approvedEn" END,
          "approvedIt" = CASE WHEN v.column6 = 1 THEN "textIt" ELSE "approvedIt" END,
          "approvedNote" = CASE WHEN v.column6 = 1 THEN v.column3 ELSE "approvedNote" END,
          "approvedSentenceLinks" = CASE WHEN v.column6 = 1 THEN "sentenceLinks" ELSE "approvedSentenceLinks" END
      FROM (VALUES ${Prisma.join(rows)}) AS v
      WHERE "Paragraph"."id" = v.column1`;
    // Dates as Prisma stores them: written by Prisma.
    const ids = chunk.map(({ pair }) => pair.id);
    const approved = chunk.filter(({ update }) => update.status === "approved").map(({ pair }) => pair.id);
    await tx.paragraph.updateMany({ where: { id: { in: ids } }, data: { updatedAt: now } });
    if (approved.length)
      await tx.paragraph.updateMany({ where: { id: { in: approved } }, data: { reviewedById: actor.id, reviewedAt: now } });
  }
  const revisions = writing.flatMap(({ pair, update }) => revisionsOf(pair, update, actor, now));
  for (let start = 0; start < revisions.length; start += REVISION_ROWS) {
    await tx.revision.createMany({ data: revisions.slice(start, start + REVISION_ROWS) });
  }
}

/** A pair's revisions for its update: the English, the note, or (a status alone) a decision on the English as it stands. */
function revisionsOf(pair: CurrentPair, update: PairUpdate, actor: Actor, now: Date): RevisionRow[] {
  const common = {
    paragraphId: pair.id,
    language: "en",
    version: pair.version + 1,
    status: update.status,
    authorId: actor.id,
    origin: "import",
    createdAt: now,
    ...(update.status === "needs_changes" && update.statusReason ? { reason: update.statusReason } : {}),
  } as const;
  const rows: RevisionRow[] = [];
  if (update.textEn !== pair.textEn) rows.push({ ...common, before: pair.textEn, after: update.textEn });
  if ((update.translatorNote ?? "") !== (pair.translatorNote ?? "")) {
    rows.push({ ...common, field: "note", before: pair.translatorNote ?? "", after: update.translatorNote ?? "" });
  }
  if (rows.length === 0) rows.push({ ...common, before: pair.textEn, after: pair.textEn });
  return rows;
}
