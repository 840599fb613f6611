import { z } from "zod";
import { MAX_COMMENT_LENGTH } from "../core/limits";
import { defineMutation } from "../core/mutation";
import { NOT_FOUND, rowId, type Outcome } from "../core/outcome";
import { MAX_SLUG_LENGTH } from "../core/slug";
import { userText } from "../core/user-text";
import type { PrismaClient } from "../generated/prisma/client";
import { consumeAllowance, OPEN_REPORTS, REPORTS_PER_ADDRESS } from "./rate-limit";
import { completeText } from "../core/complete-texts";

const commentInput = z.object({ paragraphId: rowId, body: userText({ max: MAX_COMMENT_LENGTH }) });
const resolveInput = z.object({ commentId: rowId, resolved: z.boolean() });
const reportInput = z.object({
  slug: z.string().max(MAX_SLUG_LENGTH),
  position: rowId,
  body: userText({ max: MAX_COMMENT_LENGTH }),
});

/** A team member writes in a pair's thread. */
export const addComment = defineMutation({
  may: "comment",
  input: commentInput,
  async write(tx, { input: { paragraphId, body }, actor }): Promise<Outcome<{ commentId: number }>> {
    if (!(await tx.paragraph.findUnique({ where: { id: paragraphId }, select: { id: true } }))) return NOT_FOUND;
    const comment = await tx.comment.create({ data: { paragraphId, body, origin: "team", authorId: actor.id }, select: { id: true } });
    return { ok: true, commentId: comment.id };
  },
});

/** Marks a comment resolved, or opens it again. */
export const resolveComment = defineMutation({
  may: "comment",
  input: resolveInput,
  async write(tx, { input: { commentId, resolved }, actor, now }): Promise<Outcome> {
    // Only a change of state is written: resolving twice keeps who resolved it first.
    const { count } = await tx.comment.updateMany({
      where: { id: commentId, resolvedAt: resolved ? null : { not: null } },
      data: resolved ? { resolvedAt: now, resolvedById: actor.id } : { resolvedAt: null, resolvedById: null },
    });
    if (count === 1) return { ok: true };
    return (await tx.comment.findUnique({ where: { id: commentId }, select: { id: true } })) ? { ok: true } : NOT_FOUND;
  },
});

/**
 * A reader without an account reports a problem with a pair. It lands in the pair's
 * thread marked as coming from a reader. Reports are limited per address, and refused
 * while too many wait for the team (on the pair, or in all); the count and the comment
 * are written together or not at all.
 */
export const fileReport = defineMutation({
  may: "anyone",
  input: reportInput,
  async write(tx, { input: { slug, position, body }, address, now }): Promise<Outcome> {
    const paragraph = await tx.paragraph.findFirst({ where: { position, document: { slug, ...completeText } }, select: { id: true } });
    if (!paragraph) return NOT_FOUND;
    const wait = await consumeAllowance(tx, `report:address:${address}`, REPORTS_PER_ADDRESS, now);
    if (wait > 0) return { ok: false, status: 429, error: "rate-limited", retryAfterSeconds: wait };
    const open = { origin: "reader" as const, resolvedAt: null };
    const [onPair, overall] = await Promise.all([
      tx.comment.count({ where: { ...open, paragraphId: paragraph.id } }),
      tx.comment.count({ where: open }),
    ]);
    if (onPair >= OPEN_REPORTS.perPair || overall >= OPEN_REPORTS.overall) return { ok: false, status: 429, error: "reports-full" };
    await tx.comment.create({ data: { paragraphId: paragraph.id, body, origin: "reader" } });
    return { ok: true };
  },
});

/** A report from `address` (the allowance is counted per address), at `now`. */
export function reportProblem(db: PrismaClient, address: string, input: unknown, now = new Date()) {
  return fileReport(db, null, input, { address, now });
}
