import { z } from "zod";
import { MAX_PARAGRAPH_LENGTH } from "../core/limits";
import { defineMutation } from "../core/mutation";
import { conflictWith, NOT_FOUND, rowId, type Outcome } from "../core/outcome";
import type { Ability } from "../core/roles";
import type { ReviewStatus } from "../generated/prisma/client";
import { englishText, italianText, noteText, PAIR, textOf, writeText, type PairRow } from "./edit-paragraph";
import { rebaseEdits, SIDES, type PairTexts, type Side } from "./rebase-edits";
import { approve, type Published } from "./review-decision";

/**
 * A text the editor changed, with the text they changed it from: what they saw when
 * they started, so that a change someone else saved meanwhile can be told from theirs.
 */
const edit = (text: z.ZodType<string>) => z.object({ text, from: z.string().max(MAX_PARAGRAPH_LENGTH * 2) });

const savePairInput = z.object({
  paragraphId: rowId,
  baseVersion: rowId,
  it: edit(italianText).optional(),
  en: edit(englishText).optional(),
  note: edit(noteText).optional(),
  approve: z.boolean().default(false),
});

/** The pair as stored after the save: every text, the version and status reached, and what an approval published. */
export type PairSaved = { texts: PairTexts; version: number; status: ReviewStatus; published: Published | null };

/**
 * The workspace's Save and Approve: whichever of a pair's Italian, English and note the
 * editor changed, and the approval if asked, written together in one transaction or
 * not at all, each text with its revision and the approval with its own.
 *
 * The editor names the version they started from. When someone saved since, the save
 * is rebased on what is stored now (lib/review/rebase-edits.ts): texts the editor did
 * not touch keep the newer value, and theirs go on top; a text both changed is refused
 * as a conflict with the pair as it stands, to merge by hand. An approval is of the
 * version the reviewer saw: after anyone else's change it is refused the same way, so
 * nobody approves a text they have not read.
 */
export const savePair = defineMutation({
  may: abilitiesAsked,
  input: savePairInput,
  async write(tx, { input, actor, now, changes }): Promise<Outcome<PairSaved>> {
    const stored = await tx.paragraph.findUnique({ where: { id: input.paragraphId }, select: PAIR });
    if (!stored) return NOT_FOUND;
    const newer = textsOf(stored);
    const mine = { ...newer },
      base = { ...newer };
    for (const side of SIDES) {
      const edited = input[side];
      if (!edited) continue;
      mine[side] = edited.text;
      base[side] = edited.from;
    }
    const moved = stored.version !== input.baseVersion;
    const { texts, clash } = moved ? rebaseEdits(mine, base, newer) : { texts: mine, clash: null };
    if (clash || (moved && input.approve)) return conflictWith(stored, newer[clash ?? "en"]);

    let pair: PairRow = stored;
    for (const side of SIDES) {
      if (texts[side] !== newer[side]) pair = await writeText(tx, pair, side, texts[side], { authorId: actor.id });
    }
    let published: Published | null = null;
    if (input.approve) {
      const decision = await approve(tx, pair, actor, now);
      published = decision.published;
      pair = { ...pair, version: decision.version, status: published === "both" ? "approved" : pair.status };
    }
    if (pair !== stored) changes.text(stored.document.slug, { published: published !== null });
    return { ok: true, texts: textsOf(pair), version: pair.version, status: pair.status, published };
  },
});

/** The rights a save asks for, from its raw input: each text it changes, and approving. */
function abilitiesAsked(input: unknown): Ability[] {
  const asked = typeof input === "object" && input !== null ? (input as Record<string, unknown>) : {};
  const abilities: Ability[] = [];
  if (asked.it !== undefined) abilities.push("edit-it");
  if (asked.en !== undefined || asked.note !== undefined) abilities.push("edit-en");
  if (asked.approve === true) abilities.push("review");
  // A save that changes nothing is still a team member's.
  return abilities.length > 0 ? abilities : ["edit-en"];
}

function textsOf(pair: PairRow): PairTexts {
  return Object.fromEntries(SIDES.map((side: Side) => [side, textOf(pair, side)])) as PairTexts;
}
