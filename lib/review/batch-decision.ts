import { z } from "zod";
import { MAX_REASON_LENGTH } from "../core/limits";
import { readInChunks } from "../core/chunked";
import { defineMutation } from "../core/mutation";
import { rowId } from "../core/outcome";
import { documentSlugSchema } from "../core/slug";
import { userText } from "../core/user-text";
import { PAIR } from "./edit-paragraph";
import { fourEyesRequired, pairsWithEnglishBy } from "./four-eyes";
import { approve, sendPairBack } from "./review-decision";

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
      if (approving) await approve(tx, pair, actor, now, { wroteEnglish: false });
      else await sendPairBack(tx, pair, input.reason, actor);
      decided.push(pair.position);
    }
    if (decided.length > 0) changes.text(input.slug, { published: approving });
    return { ok: true as const, decided: decided.length, skipped };
  },
});
