import { z } from "zod";
import { MAX_PARAGRAPH_LENGTH } from "../core/limits";
import { defineMutation, refuse } from "../core/mutation";
import { conflictWith, NOT_FOUND, rowId } from "../core/outcome";
import { realignedEnglish } from "../align/redistribute";
import { claim, problem, rewrite, STATE, type AlignmentOutcome } from "./alignment";
import { MOST_REALIGNED_PAIRS } from "./realign-limits";

const realignInput = z.object({
  paragraphId: rowId,
  baseVersion: rowId,
  /** The position of the last pair of the run (the first is the pair named). */
  through: z.coerce.number().int().positive(),
});

/**
 * Re-aligns the English of a run of pairs, from the pair named to the pair at
 * `through`: their Italian stays, their English is cut into sentences and dealt out
 * again by the importer's aligner (lengths and anchors, the text's glossary too).
 * The fix after a shift, which moving English pair by pair would take dozens of
 * steps to undo. Only pairs whose English changes are rewritten, as every
 * re-alignment is (back to review, off the reader, a revision marked "realign");
 * their translator's notes stay with them. Headings keep their English.
 */
export const realignRun = defineMutation({
  may: "review",
  input: realignInput,
  async write(tx, { input: { paragraphId, baseVersion, through }, actor, changes }): Promise<AlignmentOutcome> {
    const first = await tx.paragraph.findUnique({ where: { id: paragraphId }, select: STATE });
    if (!first) refuse(NOT_FOUND);
    if (first.version !== baseVersion) refuse(conflictWith(first, first.textEn));
    if (through <= first.position || through - first.position >= MOST_REALIGNED_PAIRS) return problem("range");
    const run = await tx.paragraph.findMany({
      where: { documentId: first.documentId, position: { gte: first.position, lte: through } },
      orderBy: { position: "asc" },
      select: STATE,
    });
    if (run.length < 2) return problem("range");

    const terms = await tx.glossaryTerm.findMany({
      where: { OR: [{ documentId: null }, { documentId: first.documentId }] },
      select: { slug: true, forms: { select: { language: true, form: true } } },
    });
    const english = realignedEnglish(run, terms);
    if (english.some((text) => text.length > MAX_PARAGRAPH_LENGTH)) return problem("too-long");
    const changed = run.filter((pair, index) => english[index] !== pair.textEn);
    const at = new Date();
    for (const pair of changed) {
      const claimed = await claim(tx, pair.id, pair.version);
      const textEn = english[run.indexOf(pair)]!;
      const { textIt, approvedIt, translatorNote, headingLevel } = claimed;
      await rewrite(tx, claimed, { textIt, approvedIt, textEn, translatorNote, headingLevel }, { actor, change: "realign", at });
    }
    if (changed.length) changes.text(first.document.slug, { published: true });
    return { ok: true, position: first.position, changed: changed.length };
  },
});
