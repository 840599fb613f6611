import { z } from "zod";
import { MAX_NOTE_LENGTH, MAX_PARAGRAPH_LENGTH } from "../core/limits";
import { defineMutation, type Actor, type ReaderChanges, type Transaction } from "../core/mutation";
import { conflictWith, FORBIDDEN, NOT_FOUND, PAIR_STATE, REALIGNED, rowId, type Outcome } from "../core/outcome";
import { can, editing } from "../core/roles";
import { userText } from "../core/user-text";
import type { Language, Prisma, ReviewStatus, RevisionField } from "../generated/prisma/client";
import { restorable } from "./history";
import type { Side } from "./rebase-edits";

// The English may be emptied (the pair goes back to draft); the Italian source may not.
export const englishText = userText({ max: MAX_PARAGRAPH_LENGTH, allowEmpty: true });
export const italianText = userText({ max: MAX_PARAGRAPH_LENGTH });
export const noteText = userText({ max: MAX_NOTE_LENGTH, allowEmpty: true });

const saveTextInput = z.discriminatedUnion("language", [
  z.object({ paragraphId: rowId, language: z.literal("en"), text: englishText, baseVersion: rowId }),
  z.object({ paragraphId: rowId, language: z.literal("it"), text: italianText, baseVersion: rowId }),
]);
const saveNoteInput = z.object({ paragraphId: rowId, note: noteText, baseVersion: rowId });
const revertInput = z.object({ revisionId: rowId, baseVersion: rowId });

/** What a change writes to: either language's text, or the note readers see under the English. */
type Target = { column: "textIt" | "textEn" | "translatorNote"; language: Language; field: RevisionField };
const TARGETS = {
  it: { column: "textIt", language: "it", field: "text" },
  en: { column: "textEn", language: "en", field: "text" },
  note: { column: "translatorNote", language: "en", field: "note" },
} as const satisfies Record<Side, Target>;

/** A pair as a write reads it: its state, readers' Italian, and its text's slug (for the pages to render afresh). */
export const PAIR = { id: true, ...PAIR_STATE, approvedIt: true, sentenceLinks: true, document: { select: { slug: true } } } as const;
export type PairRow = Prisma.ParagraphGetPayload<{ select: typeof PAIR }>;

export function textOf(pair: { textIt: string; textEn: string; translatorNote: string | null }, side: Side): string {
  return pair[TARGETS[side].column] ?? "";
}

/** On success: the text as stored (trimmed, NFC), the new version and status. */
export type SaveOutcome = Outcome<{ text: string; version: number; status: ReviewStatus; unchanged: boolean }>;

/**
 * Saves one side of a pair, if it is still the version the editor started from: a save
 * based on an older version is refused with the newer text, never applied over it.
 * The change and its revision are written in one transaction. A new English goes to
 * "translated" (or back to "draft" when emptied); a new Italian sends an English that
 * exists back to "needs changes". (The workspace saves a pair whole: save-pair.ts.)
 */
export const saveText = defineMutation({
  // Which side decides who may save: the role is checked before anything else is read.
  may: (input) => editing(isRecord(input) && input.language === "it" ? "it" : "en"),
  input: saveTextInput,
  write: (tx, { input: { language, ...change }, actor, changes }) => saveSide(tx, actor, language, change, null, changes),
});

/**
 * Saves the translator's note shown to readers under a pair, with the same version
 * check and a revision of its own. Readers see notes only as approved, so a change to
 * an approved pair's note puts it back in the review queue (translated).
 */
export const saveNote = defineMutation({
  may: "edit-en",
  input: saveNoteInput,
  write: (tx, { input: { note, ...change }, actor, changes }) => saveSide(tx, actor, "note", { ...change, text: note }, null, changes),
});

/**
 * Restores a side of a pair to what a revision made it; the restore is a new revision.
 * A revision from before the pair's latest re-alignment is refused (see restorable).
 */
export const revertToRevision = defineMutation({
  // Every editor may restore an English; an Italian revision needs the Italian's editors (below).
  may: "edit-en",
  input: revertInput,
  async write(tx, { input, actor, changes }) {
    const mark = { id: true, version: true, createdAt: true, alignmentChange: true } as const;
    const revision = await tx.revision.findUnique({
      where: { id: input.revisionId },
      select: { ...mark, paragraphId: true, language: true, field: true, after: true },
    });
    if (!revision) return NOT_FOUND;
    // Sentence links are fixed again with the sentence tools, not restored as a text.
    if (revision.field === "links") return NOT_FOUND;
    const side: Side = revision.field === "note" ? "note" : revision.language;
    if (!can(actor, editing(TARGETS[side].language))) return FORBIDDEN;
    const lastRealigned = await tx.revision.findFirst({
      where: { paragraphId: revision.paragraphId, alignmentChange: { not: null } },
      orderBy: { id: "desc" },
      select: mark,
    });
    if (!restorable(revision, lastRealigned)) return REALIGNED;
    const change = { paragraphId: revision.paragraphId, text: revision.after, baseVersion: input.baseVersion };
    return saveSide(tx, actor, side, change, revision.id, changes);
  },
});

async function saveSide(
  tx: Transaction,
  actor: Actor,
  side: Side,
  change: { paragraphId: number; text: string; baseVersion: number },
  revertOfId: number | null,
  changes: ReaderChanges,
): Promise<SaveOutcome> {
  const current = await tx.paragraph.findUnique({ where: { id: change.paragraphId }, select: PAIR });
  if (!current) return NOT_FOUND;
  if (current.version !== change.baseVersion) return conflictWith(current, textOf(current, side));
  if (textOf(current, side) === change.text)
    return { ok: true, text: change.text, version: current.version, status: current.status, unchanged: true };
  const saved = await writeText(tx, current, side, change.text, { authorId: actor.id, revertOfId });
  changes.text(current.document.slug);
  return { ok: true, text: change.text, version: saved.version, status: saved.status, unchanged: false };
}

/**
 * Writes one text of a pair, as read in this transaction, with its revision: the pair
 * moves on a version and takes the status the change gives it. Returns the pair as it
 * now stands, for a save that writes more than one text.
 */
export async function writeText(
  tx: Transaction,
  pair: PairRow,
  side: Side,
  text: string,
  by: { authorId: number; revertOfId?: number | null },
): Promise<PairRow> {
  const target = TARGETS[side];
  const status = nextStatus(side, text, pair);
  const version = pair.version + 1;
  const value = side === "note" && text === "" ? null : text;
  const statusReason = status === "needs_changes" ? {} : { statusReason: null };
  await tx.paragraph.update({ where: { id: pair.id }, data: { [target.column]: value, status, version, ...statusReason } });
  await tx.revision.create({
    data: {
      paragraphId: pair.id,
      language: target.language,
      field: target.field,
      before: textOf(pair, side),
      after: text,
      version,
      status,
      authorId: by.authorId,
      revertOfId: by.revertOfId ?? null,
    },
  });
  return { ...pair, [target.column]: value, status, version };
}

function nextStatus(side: Side, text: string, current: { textEn: string; status: ReviewStatus }): ReviewStatus {
  if (side === "note") return current.status === "approved" ? "translated" : current.status;
  if (side === "en") return text === "" ? "draft" : "translated";
  // The source moved: an English that exists must be looked at again.
  return current.textEn === "" ? current.status : "needs_changes";
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}
