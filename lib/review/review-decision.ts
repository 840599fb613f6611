import { z } from "zod";
import { QUERY_CHUNK } from "../core/chunked";
import { Prisma } from "../generated/prisma/client";
import { MAX_REASON_LENGTH } from "../core/limits";
import { defineMutation, refuse, type Actor, type Transaction } from "../core/mutation";
import { conflictWith, FOUR_EYES, NOT_FOUND, NOTHING_TO_APPROVE, rowId } from "../core/outcome";
import { userText } from "../core/user-text";
import { PAIR, type PairRow } from "./edit-paragraph";
import { fourEyesRequired, wroteCurrentEnglish } from "./four-eyes";

const approveInput = z.object({ paragraphId: rowId, baseVersion: rowId });
const sendBackInput = z.object({ paragraphId: rowId, baseVersion: rowId, reason: userText({ max: MAX_REASON_LENGTH }) });

/** What an approval published: the Italian alone (a pair without English), or both texts and the note. */
export type Published = "it" | "both";

/**
 * A reviewer approves the pair they saw (baseVersion): its Italian, English and note
 * become what readers see, together, with the reviewer's name and the date. A pair with
 * no English yet can be approved only for an Italian edit, which then reaches readers
 * alone. A decision moves the version on, like an edit, so that a decision or a save
 * based on what came before it is refused. (The workspace approves with its save: save-pair.ts.)
 */
export const approvePair = defineMutation({
  may: "review",
  input: approveInput,
  async write(tx, { input, actor, now, changes }) {
    const pair = await tx.paragraph.findUnique({ where: { id: input.paragraphId }, select: PAIR });
    if (!pair) return NOT_FOUND;
    if (pair.version !== input.baseVersion) return conflictWith(pair, pair.textEn);
    const decision = await approve(tx, pair, actor, now);
    changes.text(pair.document.slug, { published: true });
    return { ok: true as const, ...decision };
  },
});

/**
 * Publishes a pair as read in this transaction. Refused (rolling back the transaction)
 * when there is nothing to publish, or when the four-eyes policy holds the reviewer back.
 */
export async function approve(
  tx: Transaction,
  pair: PairRow,
  actor: Actor,
  now: Date,
  /**
   * For a batch: whether the actor wrote the current English (asked once for all its
   * pairs), and where to put the revision, which the batch then writes with the others.
   */
  batch?: { wroteEnglish: boolean; revisions: RevisionRow[] },
): Promise<{ version: number; published: Published }> {
  const italianOnly = pair.textEn === "";
  if (italianOnly && pair.approvedIt === pair.textIt) refuse(NOTHING_TO_APPROVE);
  if (!italianOnly && fourEyesRequired() && (batch?.wroteEnglish ?? (await wroteCurrentEnglish(tx, pair.id, actor.id)))) refuse(FOUR_EYES);

  const version = pair.version + 1;
  const decision = italianOnly
    ? { version, approvedIt: pair.textIt }
    : {
        status: "approved" as const,
        statusReason: null,
        version,
        approvedEn: pair.textEn,
        approvedIt: pair.textIt,
        approvedNote: pair.translatorNote,
        // Sentence links fixed by hand are published with the texts they were fixed for.
        approvedSentenceLinks: pair.sentenceLinks,
        reviewedById: actor.id,
        reviewedAt: now,
      };
  await tx.paragraph.update({ where: { id: pair.id }, data: decision });
  // The decision's revision is on the side that was published (the history lists it as an approval).
  const [language, text] = italianOnly ? (["it", pair.textIt] as const) : (["en", pair.textEn] as const);
  const revision = {
    paragraphId: pair.id,
    language,
    before: text,
    after: text,
    version,
    status: "approved",
    authorId: actor.id,
    createdAt: now,
  } as const;
  if (batch) batch.revisions.push(revision);
  else await tx.revision.create({ data: revision });
  return { version, published: italianOnly ? "it" : "both" };
}

/**
 * approve() for many pairs with English at once, as a batch does: the same columns
 * published, in one statement per chunk instead of one per pair (a reviewer's batch of
 * 2,000 holds the write lock for a fraction of the time). The caller has read the pairs
 * in this transaction and checked each (version, four-eyes); it writes the revisions.
 */
export async function approveEnglishInBulk(tx: Transaction, ids: readonly number[], actor: Actor, now: Date): Promise<void> {
  for (let start = 0; start < ids.length; start += QUERY_CHUNK) {
    const chunk = ids.slice(start, start + QUERY_CHUNK);
    await tx.$executeRaw`
      UPDATE "Paragraph"
      SET "status" = 'approved', "statusReason" = NULL, "version" = "version" + 1,
          "approvedEn" = "textEn", "approvedIt" = "textIt", "approvedNote" = "translatorNote",
          "approvedSentenceLinks" = "sentenceLinks"
      WHERE "id" IN (${Prisma.join(chunk)})`;
    // The date as Prisma stores dates: written by Prisma.
    await tx.paragraph.updateMany({ where: { id: { in: chunk } }, data: { reviewedById: actor.id, reviewedAt: now } });
  }
}

/** A reviewer sends the English back to its translator, saying why. */
export const sendBack = defineMutation({
  may: "review",
  input: sendBackInput,
  async write(tx, { input: { paragraphId, baseVersion, reason }, actor, changes }) {
    const pair = await tx.paragraph.findUnique({ where: { id: paragraphId }, select: PAIR });
    if (!pair) return NOT_FOUND;
    if (pair.version !== baseVersion) return conflictWith(pair, pair.textEn);
    const version = await sendPairBack(tx, pair, reason, actor);
    changes.text(pair.document.slug);
    return { ok: true as const, version };
  },
});

/**
 * Sends a pair as read in this transaction back to its translator, with the reason and
 * its revision (put in `revisions` for a batch, which writes them together).
 */
export async function sendPairBack(
  tx: Transaction,
  pair: PairRow,
  reason: string,
  actor: Actor,
  revisions?: RevisionRow[],
): Promise<number> {
  const version = pair.version + 1;
  await tx.paragraph.update({ where: { id: pair.id }, data: { status: "needs_changes", statusReason: reason, version } });
  const revision = {
    paragraphId: pair.id,
    language: "en",
    before: pair.textEn,
    after: pair.textEn,
    version,
    status: "needs_changes",
    reason,
    authorId: actor.id,
  } as const;
  if (revisions) revisions.push(revision);
  else await tx.revision.create({ data: revision });
  return version;
}

/** A decision's revision, as a batch gathers them to write at once. */
export type RevisionRow = Prisma.RevisionCreateManyInput;
