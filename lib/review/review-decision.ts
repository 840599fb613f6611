import { z } from "zod";
import type { SessionUser } from "../auth/accounts";
import type { Database } from "../prisma-client";
import { MAX_REASON_LENGTH } from "./limits";
import { fourEyesRequired, wroteCurrentEnglish } from "./four-eyes";
import { authorize, conflictWith, FOUR_EYES, invalid, NOT_FOUND, PAIR_STATE, rowId, SIGNED_OUT, type Outcome } from "./outcome";
import { REVIEWERS } from "./permissions";
import { userText } from "./user-text";

const approveInput = z.object({ paragraphId: rowId, baseVersion: rowId });
const sendBackInput = z.object({ paragraphId: rowId, baseVersion: rowId, reason: userText({ max: MAX_REASON_LENGTH }) });

/**
 * A reviewer approves the pair they saw (baseVersion): its Italian, English and note
 * become what readers see, together, with the reviewer's name and the date. A pair with
 * no English yet can be approved only for an Italian edit, which then reaches readers
 * alone. A decision moves the version on, like an edit, so that a decision or a save
 * based on what came before it is refused.
 */
export async function approvePair(db: Database, actor: SessionUser | null, input: unknown): Promise<Outcome<{ version: number; published: "it" | "both" }>> {
  const denied = authorize(actor, REVIEWERS);
  if (denied || !actor) return denied ?? SIGNED_OUT;
  const parsed = approveInput.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const { paragraphId, baseVersion } = parsed.data;

  const found = await db.paragraph.findUnique({ where: { id: paragraphId }, select: { ...PAIR_STATE, approvedIt: true } });
  if (!found) return NOT_FOUND;
  const { approvedIt, ...current } = found;
  if (current.version !== baseVersion) return conflictWith(current, current.textEn);
  const italianOnly = current.textEn === "";
  if (italianOnly && approvedIt === current.textIt) return { ok: false, status: 422, error: "nothing-to-approve" };
  if (!italianOnly && fourEyesRequired() && (await wroteCurrentEnglish(db, paragraphId, actor.id))) return FOUR_EYES;

  const now = new Date();
  const version = baseVersion + 1;
  const decision = italianOnly
    ? { version, approvedIt: current.textIt }
    : {
        status: "approved" as const,
        statusReason: null,
        version,
        approvedEn: current.textEn,
        approvedIt: current.textIt,
        approvedNote: current.translatorNote,
        reviewedById: actor.id,
        reviewedAt: now,
      };
  return db.$transaction(async (tx) => {
    const { count } = await tx.paragraph.updateMany({ where: { id: paragraphId, version: baseVersion }, data: decision });
    if (count === 0) {
      const newer = await tx.paragraph.findUniqueOrThrow({ where: { id: paragraphId }, select: PAIR_STATE });
      return conflictWith(newer, newer.textEn);
    }
    // The decision's revision is on the side that was published (the history lists it as an approval).
    const [language, text] = italianOnly ? (["it", current.textIt] as const) : (["en", current.textEn] as const);
    await tx.revision.create({
      data: { paragraphId, language, before: text, after: text, version, status: "approved", authorId: actor.id, createdAt: now },
    });
    return { ok: true as const, version, published: italianOnly ? ("it" as const) : ("both" as const) };
  });
}

/** A reviewer sends the English back to its translator, saying why. */
export async function sendBack(db: Database, actor: SessionUser | null, input: unknown): Promise<Outcome<{ version: number }>> {
  const denied = authorize(actor, REVIEWERS);
  if (denied || !actor) return denied ?? SIGNED_OUT;
  const parsed = sendBackInput.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const { paragraphId, baseVersion, reason } = parsed.data;
  const version = baseVersion + 1;

  return db.$transaction(async (tx) => {
    const { count } = await tx.paragraph.updateMany({
      where: { id: paragraphId, version: baseVersion },
      data: { status: "needs_changes", statusReason: reason, version },
    });
    const current = await tx.paragraph.findUnique({ where: { id: paragraphId }, select: PAIR_STATE });
    if (!current) return NOT_FOUND;
    if (count === 0) return conflictWith(current, current.textEn);
    await tx.revision.create({
      data: { paragraphId, language: "en", before: current.textEn, after: current.textEn, version, status: "needs_changes", reason, authorId: actor.id },
    });
    return { ok: true as const, version };
  });
}
