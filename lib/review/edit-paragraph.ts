import { z } from "zod";
import type { Language, ReviewStatus, RevisionField } from "../generated/prisma/client";
import type { SessionUser } from "../auth/accounts";
import type { Database } from "../prisma-client";
import { MAX_NOTE_LENGTH, MAX_PARAGRAPH_LENGTH } from "./limits";
import { restorable } from "./history";
import { authorize, conflictWith, invalid, NOT_FOUND, PAIR_STATE, REALIGNED, rowId, SIGNED_OUT, type Outcome } from "./outcome";
import { EDITORS } from "./permissions";
import { userText } from "./user-text";


const sideOf = z.object({ language: z.enum(["it", "en"]) });

// The English may be emptied (the pair goes back to draft); the Italian source may not.
const saveTextInput = z.discriminatedUnion("language", [
  z.object({ paragraphId: rowId, language: z.literal("en"), text: userText({ max: MAX_PARAGRAPH_LENGTH, allowEmpty: true }), baseVersion: rowId }),
  z.object({ paragraphId: rowId, language: z.literal("it"), text: userText({ max: MAX_PARAGRAPH_LENGTH }), baseVersion: rowId }),
]);

const revertInput = z.object({ revisionId: rowId, baseVersion: rowId });

const saveNoteInput = z.object({
  paragraphId: rowId,
  note: userText({ max: MAX_NOTE_LENGTH, allowEmpty: true }),
  baseVersion: rowId,
});

/** What a change writes to: either language's text, or the note readers see under the English. */
type Target = { column: "textIt" | "textEn" | "translatorNote"; language: Language; field: RevisionField };
const TARGETS = {
  it: { column: "textIt", language: "it", field: "text" },
  en: { column: "textEn", language: "en", field: "text" },
  note: { column: "translatorNote", language: "en", field: "note" },
} as const satisfies Record<string, Target>;

/** On success: the text as stored (trimmed, NFC), the new version and status. */
export type SaveOutcome = Outcome<{ text: string; version: number; status: ReviewStatus; unchanged: boolean }>;

/**
 * Saves one side of a pair, if it is still the version the editor started from: a save
 * based on an older version is refused with the newer text, never applied over it.
 * The change and its revision are written in one transaction. A new English goes to
 * "translated" (or back to "draft" when emptied); a new Italian sends an English that
 * exists back to "needs changes".
 */
export async function saveText(db: Database, actor: SessionUser | null, input: unknown): Promise<SaveOutcome> {
  if (!actor) return SIGNED_OUT;
  // Which side decides who may save: the role is checked before anything else is read.
  const side = sideOf.safeParse(input);
  const denied = side.success ? authorize(actor, EDITORS[side.data.language]) : null;
  if (denied) return denied;
  const parsed = saveTextInput.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const { language, ...change } = parsed.data;
  return applyChange(db, actor, TARGETS[language], change, null);
}

/**
 * Saves the translator's note shown to readers under a pair, with the same version
 * check and a revision of its own. Readers see notes only as approved, so a change to
 * an approved pair's note puts it back in the review queue (translated).
 */
export async function saveNote(db: Database, actor: SessionUser | null, input: unknown): Promise<SaveOutcome> {
  const denied = authorize(actor, EDITORS.en);
  if (denied || !actor) return denied ?? SIGNED_OUT;
  const parsed = saveNoteInput.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const { note, ...change } = parsed.data;
  return applyChange(db, actor, TARGETS.note, { ...change, text: note }, null);
}

/**
 * Restores a side of a pair to what a revision made it; the restore is a new revision.
 * A revision from before the pair's latest re-alignment is refused (see restorable).
 */
export async function revertToRevision(db: Database, actor: SessionUser | null, input: unknown): Promise<SaveOutcome> {
  if (!actor) return SIGNED_OUT;
  const parsed = revertInput.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const mark = { id: true, version: true, createdAt: true, alignmentChange: true } as const;
  const revision = await db.revision.findUnique({
    where: { id: parsed.data.revisionId },
    select: { ...mark, paragraphId: true, language: true, field: true, after: true },
  });
  if (!revision) return authorize(actor, EDITORS.en) ?? NOT_FOUND;
  const target = revision.field === "note" ? TARGETS.note : TARGETS[revision.language];
  const denied = authorize(actor, EDITORS[target.language]);
  if (denied) return denied;
  // A re-alignment after this check changes the pair's version, so the save below is
  // then refused as a conflict: the check cannot be overtaken.
  const lastRealigned = await db.revision.findFirst({
    where: { paragraphId: revision.paragraphId, alignmentChange: { not: null } },
    orderBy: { id: "desc" },
    select: mark,
  });
  if (!restorable(revision, lastRealigned)) return REALIGNED;
  const change = { paragraphId: revision.paragraphId, text: revision.after, baseVersion: parsed.data.baseVersion };
  return applyChange(db, actor, target, change, revision.id);
}

interface Change {
  paragraphId: number;
  text: string;
  baseVersion: number;
}


async function applyChange(db: Database, actor: SessionUser, target: Target, change: Change, revertOfId: number | null): Promise<SaveOutcome> {
  const denied = authorize(actor, EDITORS[target.language]);
  if (denied) return denied;
  const field = target.column;
  const textOf = (paragraph: { textIt: string; textEn: string; translatorNote: string | null }) => paragraph[field] ?? "";

  const current = await db.paragraph.findUnique({ where: { id: change.paragraphId }, select: PAIR_STATE });
  if (!current) return NOT_FOUND;
  if (current.version !== change.baseVersion) return conflictWith(current, textOf(current));
  if (textOf(current) === change.text) return { ok: true, text: change.text, version: current.version, status: current.status, unchanged: true };

  const status = nextStatus(target, change.text, current);
  const version = current.version + 1;
  const value = field === "translatorNote" && change.text === "" ? null : change.text;
  return db.$transaction(async (tx) => {
    // The write comes first and is conditional on the version: if anyone saved since
    // we read, nothing matches and nothing is written.
    const { count } = await tx.paragraph.updateMany({
      where: { id: change.paragraphId, version: change.baseVersion },
      data: { [field]: value, status, version, ...(status === "needs_changes" ? {} : { statusReason: null }) },
    });
    if (count === 0) {
      const newer = await tx.paragraph.findUniqueOrThrow({ where: { id: change.paragraphId }, select: PAIR_STATE });
      return conflictWith(newer, textOf(newer));
    }
    await tx.revision.create({
      data: {
        paragraphId: change.paragraphId,
        language: target.language,
        field: target.field,
        before: textOf(current),
        after: change.text,
        version,
        status,
        authorId: actor.id,
        revertOfId,
      },
    });
    return { ok: true as const, text: change.text, version, status, unchanged: false };
  });
}

function nextStatus(target: Target, text: string, current: { textEn: string; status: ReviewStatus }): ReviewStatus {
  if (target.field === "note") return current.status === "approved" ? "translated" : current.status;
  if (target.language === "en") return text === "" ? "draft" : "translated";
  // The source moved: an English that exists must be looked at again.
  return current.textEn === "" ? current.status : "needs_changes";
}
