import { z } from "zod";
import type { Language, ReviewStatus } from "../generated/prisma/client";
import type { SessionUser } from "../auth/accounts";
import type { Database } from "../prisma-client";
import { MAX_PARAGRAPH_LENGTH } from "./limits";
import { authorize, NOT_FOUND, SIGNED_OUT, type Outcome } from "./outcome";
import { EDITORS } from "./permissions";
import { textProblem, userText } from "./user-text";

export { MAX_PARAGRAPH_LENGTH };

const id = z.coerce.number().int().positive();

const side = z.object({ language: z.enum(["it", "en"]) });

// The English may be emptied (the pair goes back to draft); the Italian source may not.
const saveTextInput = z.discriminatedUnion("language", [
  z.object({ paragraphId: id, language: z.literal("en"), text: userText({ max: MAX_PARAGRAPH_LENGTH, allowEmpty: true }), baseVersion: id }),
  z.object({ paragraphId: id, language: z.literal("it"), text: userText({ max: MAX_PARAGRAPH_LENGTH }), baseVersion: id }),
]);

const revertInput = z.object({ revisionId: id, baseVersion: id });

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
  const language = side.safeParse(input);
  const denied = language.success ? authorize(actor, EDITORS[language.data.language]) : null;
  if (denied) return denied;
  const parsed = saveTextInput.safeParse(input);
  if (!parsed.success) return { ok: false, status: 422, error: "invalid", ...textProblem(parsed.error) };
  return applyText(db, actor, parsed.data, null);
}

/** Restores a side of a pair to what a revision made it; the restore is a new revision. */
export async function revertToRevision(db: Database, actor: SessionUser | null, input: unknown): Promise<SaveOutcome> {
  if (!actor) return SIGNED_OUT;
  const parsed = revertInput.safeParse(input);
  if (!parsed.success) return { ok: false, status: 422, error: "invalid", ...textProblem(parsed.error) };
  const revision = await db.revision.findUnique({
    where: { id: parsed.data.revisionId },
    select: { id: true, paragraphId: true, language: true, after: true },
  });
  if (!revision) return authorize(actor, EDITORS.en) ?? NOT_FOUND;
  const change = { paragraphId: revision.paragraphId, language: revision.language, text: revision.after, baseVersion: parsed.data.baseVersion };
  return applyText(db, actor, change, revision.id);
}

interface TextChange {
  paragraphId: number;
  language: Language;
  text: string;
  baseVersion: number;
}

async function applyText(db: Database, actor: SessionUser, change: TextChange, revertOfId: number | null): Promise<SaveOutcome> {
  const denied = authorize(actor, EDITORS[change.language]);
  if (denied) return denied;
  const field = change.language === "it" ? "textIt" : "textEn";

  const current = await db.paragraph.findUnique({
    where: { id: change.paragraphId },
    select: { textIt: true, textEn: true, status: true, version: true },
  });
  if (!current) return NOT_FOUND;
  if (current.version !== change.baseVersion) return conflict(current[field], current.version, current.status);
  if (current[field] === change.text) return { ok: true, text: change.text, version: current.version, status: current.status, unchanged: true };

  const status = nextStatus(change.language, change.text, current);
  const version = current.version + 1;
  return db.$transaction(async (tx) => {
    // The write comes first and is conditional on the version: if anyone saved since
    // we read, nothing matches and nothing is written.
    const { count } = await tx.paragraph.updateMany({
      where: { id: change.paragraphId, version: change.baseVersion },
      data: { [field]: change.text, status, version, ...(status === "needs_changes" ? {} : { statusReason: null }) },
    });
    if (count === 0) {
      const newer = await tx.paragraph.findUniqueOrThrow({ where: { id: change.paragraphId }, select: { textIt: true, textEn: true, status: true, version: true } });
      return conflict(newer[field], newer.version, newer.status);
    }
    await tx.revision.create({
      data: {
        paragraphId: change.paragraphId,
        language: change.language,
        before: current[field],
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

function nextStatus(language: Language, text: string, current: { textEn: string; status: ReviewStatus }): ReviewStatus {
  if (language === "en") return text === "" ? "draft" : "translated";
  // The source moved: an English that exists must be looked at again.
  return current.textEn === "" ? current.status : "needs_changes";
}

function conflict(text: string, version: number, status: ReviewStatus) {
  return { ok: false as const, status: 409 as const, error: "conflict" as const, current: { text, version, status } };
}
