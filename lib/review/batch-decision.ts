import { z } from "zod";
import { MAX_REASON_LENGTH } from "../core/limits";
import { readInChunks } from "../core/chunked";
import { defineMutation } from "../core/mutation";
import { rowId } from "../core/outcome";
import { documentSlugSchema } from "../core/slug";
import { userText } from "../core/user-text";
import { PAIR } from "./edit-paragraph";
import { fourEyesRequired, pairsWithEnglishBy } from "./four-eyes";
import { approve, approveEnglishInBulk, sendPairBack, type RevisionRow } from "./review-decision";

/** How many pairs one batch decision takes at most (lib/review/workspace.ts lists as many). */
export const MAX_BATCH = 2_000;

const batchInput = z
  .object({
    slug: documentSlugSchema,
    decision: z.enum(["approve", "send-back"]),
    reason: userText({ max: MAX_REASON_LENGTH, allowEmpty: true }).default(""),
    /** Each pair as the reviewer saw it: a pair changed since is skipped. */
    pairs: z
      .array(z.object({ paragraphId: rowId, baseVersion: rowId }))
      .min(1, "choose at least one paragraph")
      .max(MAX_BATCH, `at most ${MAX_BATCH} paragraphs at a time`),
  })
  .refine((batch) => batch.decision === "approve" || batch.reason !== "", {
    path: ["reason"],
    message: "say why the paragraphs go back to the translator",
  });

const REVISION_ROWS = 80;

/** Why a pair of the batch was left as it was. */
export type SkipReason = "changed" | "four-eyes" | "nothing-to-approve" | "not-found";

export interface SkippedPair {
  paragraphId: number;
  /** Where the pair is now (null when it is no longer in the text). */
  position: number | null;
  why: SkipReason;
}

/**
 * A reviewer's decision on many pairs at once (the workspace's batch page): each pair
 * approved, or sent back with one reason, exactly as one decision would (a version and a
 * revision each), in one transaction. A pair changed since the reviewer's list was shown
 * (its version moved on), one the four-eyes policy holds back, or one with nothing to
 * publish is skipped and named; the others are decided. Readers' pages are renewed once.
 */
export const decideBatch = defineMutation({
  may: "review",
  input: batchInput,
  async write(tx, { input, actor, now, changes }) {
    const ids = input.pairs.map((pair) => pair.paragraphId);
    const rows = await readInChunks(ids, (chunk) =>
      tx.paragraph.findMany({ where: { id: { in: chunk }, document: { slug: input.slug } }, select: { ...PAIR, position: true } }),
    );
    const byId = new Map(rows.map((row) => [row.id, row]));
    const approving = input.decision === "approve";
    const wroteEnglish = new Set(
      approving && fourEyesRequired() ? await readInChunks(ids, async (chunk) => [...(await pairsWithEnglishBy(tx, chunk, actor.id))]) : [],
    );
    const decided: number[] = [];
    const skipped: SkippedPair[] = [];
    // Each pair's revision, written together at the end: a query per pair fewer.
    const revisions: RevisionRow[] = [];
    // Pairs with English are approved together (approveEnglishInBulk), the others one by one.
    const withEnglish: number[] = [];
    for (const { paragraphId, baseVersion } of input.pairs) {
      const pair = byId.get(paragraphId);
      const why: SkipReason | null = !pair
        ? "not-found"
        : pair.version !== baseVersion
          ? "changed"
          : approving && pair.textEn === "" && pair.approvedIt === pair.textIt
            ? "nothing-to-approve"
            : approving && pair.textEn !== "" && wroteEnglish.has(paragraphId)
              ? "four-eyes"
              : null;
      if (!pair || why) {
        skipped.push({ paragraphId, position: pair?.position ?? null, why: why ?? "not-found" });
        continue;
      }
      if (approving && pair.textEn !== "") {
        withEnglish.push(pair.id);
        revisions.push({ ...decisionRevision(pair, "en", pair.textEn), status: "approved", authorId: actor.id, createdAt: now });
      } else if (approving) await approve(tx, pair, actor, now, { wroteEnglish: false, revisions });
      else await sendPairBack(tx, pair, input.reason, actor, revisions);
      decided.push(pair.position);
    }
    await approveEnglishInBulk(tx, withEnglish, actor, now);
    // Rows of about ten values each: under SQLite's 999 parameters a statement.
    for (let start = 0; start < revisions.length; start += REVISION_ROWS) {
      await tx.revision.createMany({ data: revisions.slice(start, start + REVISION_ROWS) });
    }
    if (decided.length > 0) changes.text(input.slug, { published: approving });
    return { ok: true as const, decided: decided.length, skipped };
  },
});

/** A decision's revision: the text as it stands, before and after, at the pair's next version. */
function decisionRevision(pair: { id: number; version: number }, language: "it" | "en", text: string) {
  return { paragraphId: pair.id, language, before: text, after: text, version: pair.version + 1 } as const;
}
