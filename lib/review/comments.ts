import { z } from "zod";
import type { SessionUser } from "../auth/accounts";
import type { Database } from "../prisma-client";
import { MAX_COMMENT_LENGTH } from "./limits";
import { authorize, invalid, NOT_FOUND, rowId, SIGNED_OUT, type Outcome, type Refusal } from "./outcome";
import { TEAM } from "./permissions";
import { consumeAllowance, OPEN_REPORTS, REPORTS_PER_ADDRESS } from "./rate-limit";
import { userText } from "./user-text";

const commentInput = z.object({ paragraphId: rowId, body: userText({ max: MAX_COMMENT_LENGTH }) });
const resolveInput = z.object({ commentId: rowId, resolved: z.boolean() });
const reportInput = z.object({
  slug: z.string().max(80),
  position: rowId,
  body: userText({ max: MAX_COMMENT_LENGTH }),
});

/** A team member writes in a pair's thread. */
export async function addComment(db: Database, actor: SessionUser | null, input: unknown): Promise<Outcome<{ commentId: number }>> {
  const denied = authorize(actor, TEAM);
  if (denied || !actor) return denied ?? SIGNED_OUT;
  const parsed = commentInput.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const { paragraphId, body } = parsed.data;
  if (!(await db.paragraph.findUnique({ where: { id: paragraphId }, select: { id: true } }))) return NOT_FOUND;
  const comment = await db.comment.create({ data: { paragraphId, body, origin: "team", authorId: actor.id }, select: { id: true } });
  return { ok: true, commentId: comment.id };
}

/** Marks a comment resolved, or opens it again. */
export async function resolveComment(db: Database, actor: SessionUser | null, input: unknown): Promise<Outcome> {
  const denied = authorize(actor, TEAM);
  if (denied || !actor) return denied ?? SIGNED_OUT;
  const parsed = resolveInput.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const { commentId, resolved } = parsed.data;
  // Only a change of state is written: resolving twice keeps who resolved it first.
  const { count } = await db.comment.updateMany({
    where: { id: commentId, resolvedAt: resolved ? null : { not: null } },
    data: resolved ? { resolvedAt: new Date(), resolvedById: actor.id } : { resolvedAt: null, resolvedById: null },
  });
  if (count === 1) return { ok: true };
  return (await db.comment.findUnique({ where: { id: commentId }, select: { id: true } })) ? { ok: true } : NOT_FOUND;
}

/**
 * A reader without an account reports a problem with a pair. It lands in the pair's
 * thread marked as coming from a reader. Reports are limited per address, and refused
 * while too many wait for the team (on the pair, or in all); the count and the comment
 * are written together or not at all.
 */
export async function reportProblem(db: Database, address: string, input: unknown, now = new Date()): Promise<Outcome> {
  const parsed = reportInput.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const { slug, position, body } = parsed.data;
  const paragraph = await db.paragraph.findFirst({ where: { position, document: { slug } }, select: { id: true } });
  if (!paragraph) return NOT_FOUND;

  return db.$transaction(async (tx) => {
    // The allowance is written first: the transaction holds the write lock while it counts.
    const wait = await consumeAllowance(tx, `report:address:${address}`, REPORTS_PER_ADDRESS, now);
    if (wait > 0) throw new Refused({ ok: false, status: 429, error: "rate-limited", retryAfterSeconds: wait });
    const open = { origin: "reader" as const, resolvedAt: null };
    const [onPair, overall] = await Promise.all([tx.comment.count({ where: { ...open, paragraphId: paragraph.id } }), tx.comment.count({ where: open })]);
    if (onPair >= OPEN_REPORTS.perPair || overall >= OPEN_REPORTS.overall) throw new Refused({ ok: false, status: 429, error: "reports-full" });
    await tx.comment.create({ data: { paragraphId: paragraph.id, body, origin: "reader" } });
    return { ok: true as const };
  }).catch((error: unknown) => {
    if (error instanceof Refused) return error.refusal;
    throw error;
  });
}

// Thrown inside the transaction so that the counts already taken roll back with it.
class Refused extends Error {
  constructor(readonly refusal: Extract<Refusal, { status: 429 }>) {
    super(refusal.error);
  }
}
