import { z } from "zod";
import type { SessionUser } from "../auth/accounts";
import type { Database } from "../prisma-client";
import { MAX_REASON_LENGTH } from "./limits";
import { authorize, NOT_FOUND, SIGNED_OUT, type Outcome } from "./outcome";
import { REVIEWERS } from "./permissions";
import { textProblem, userText } from "./user-text";

const id = z.coerce.number().int().positive();
const approveInput = z.object({ paragraphId: id, baseVersion: id });
const sendBackInput = z.object({ paragraphId: id, baseVersion: id, reason: userText({ max: MAX_REASON_LENGTH }) });

/**
 * A reviewer approves the English they saw (baseVersion): it becomes what readers see,
 * with the reviewer's name and the date. Decisions leave the text as it is, so they do
 * not bump the version, but one based on text that has changed since is refused.
 */
export async function approvePair(db: Database, actor: SessionUser | null, input: unknown): Promise<Outcome> {
  const denied = authorize(actor, REVIEWERS);
  if (denied || !actor) return denied ?? SIGNED_OUT;
  const parsed = approveInput.safeParse(input);
  if (!parsed.success) return { ok: false, status: 422, error: "invalid", ...textProblem(parsed.error) };
  const { paragraphId, baseVersion } = parsed.data;

  const current = await db.paragraph.findUnique({ where: { id: paragraphId }, select: { textIt: true, textEn: true, status: true, version: true } });
  if (!current) return NOT_FOUND;
  if (current.version !== baseVersion) return conflict(current);
  if (current.textEn === "") return { ok: false, status: 422, error: "nothing-to-approve" };

  const now = new Date();
  return db.$transaction(async (tx) => {
    const { count } = await tx.paragraph.updateMany({
      where: { id: paragraphId, version: baseVersion },
      data: { status: "approved", statusReason: null, approvedEn: current.textEn, approvedIt: current.textIt, reviewedById: actor.id, reviewedAt: now },
    });
    if (count === 0) return conflict(await tx.paragraph.findUniqueOrThrow({ where: { id: paragraphId }, select: { textEn: true, status: true, version: true } }));
    await tx.revision.create({
      data: { paragraphId, language: "en", before: current.textEn, after: current.textEn, version: baseVersion, status: "approved", authorId: actor.id, createdAt: now },
    });
    return { ok: true as const };
  });
}

/** A reviewer sends the English back to its translator, saying why. */
export async function sendBack(db: Database, actor: SessionUser | null, input: unknown): Promise<Outcome> {
  const denied = authorize(actor, REVIEWERS);
  if (denied || !actor) return denied ?? SIGNED_OUT;
  const parsed = sendBackInput.safeParse(input);
  if (!parsed.success) return { ok: false, status: 422, error: "invalid", ...textProblem(parsed.error) };
  const { paragraphId, baseVersion, reason } = parsed.data;

  return db.$transaction(async (tx) => {
    const { count } = await tx.paragraph.updateMany({
      where: { id: paragraphId, version: baseVersion },
      data: { status: "needs_changes", statusReason: reason },
    });
    const current = await tx.paragraph.findUnique({ where: { id: paragraphId }, select: { textEn: true, status: true, version: true } });
    if (!current) return NOT_FOUND;
    if (count === 0) return conflict(current);
    await tx.revision.create({
      data: { paragraphId, language: "en", before: current.textEn, after: current.textEn, version: baseVersion, status: "needs_changes", reason, authorId: actor.id },
    });
    return { ok: true as const };
  });
}

function conflict(current: { textEn: string; status: string; version: number }) {
  return { ok: false as const, status: 409 as const, error: "conflict" as const, current: { text: current.textEn, version: current.version, status: current.status } };
}
