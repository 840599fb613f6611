/** The three texts of a pair an editor can change. */
export type Side = "it" | "en" | "note";
export type PairTexts = Record<Side, string>;
export const SIDES: readonly Side[] = ["it", "en", "note"];

/**
 * A save was refused because the pair moved on (`newer`) since the editor loaded it
 * (`base`). Texts the user did not touch take the newer value; the ones they touched
 * keep theirs. A clash is a text both the user and someone else changed: only that
 * needs a person to merge. Without one, the user's changes can go on top of `newer`.
 */
export function rebaseEdits(mine: PairTexts, base: PairTexts, newer: PairTexts): { texts: PairTexts; clash: Side | null } {
  const touched = (side: Side) => mine[side] !== base[side];
  const texts = { ...mine };
  for (const side of SIDES) if (!touched(side)) texts[side] = newer[side];
  const clash = SIDES.find((side) => touched(side) && newer[side] !== base[side] && newer[side] !== mine[side]) ?? null;
  return { texts, clash };
}
