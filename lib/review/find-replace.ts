import { z } from "zod";
import { readInChunks } from "../core/chunked";
import { MAX_PARAGRAPH_LENGTH } from "../core/limits";
import { defineMutation } from "../core/mutation";
import { rowId } from "../core/outcome";
import { editing } from "../core/roles";
import { documentSlugSchema } from "../core/slug";
import { userText } from "../core/user-text";
import { MAX_BATCH, type SkippedPair } from "./batch-decision";
import { PAIR, writeText } from "./edit-paragraph";

/** What to find and what to put in its place, and how to match. */
export interface Replacement {
  find: string;
  replacement: string;
  /** Only where the text found is a whole word (not inside a longer one). */
  wholeWord: boolean;
  caseSensitive: boolean;
}

const LETTER_OR_DIGIT = "[\\p{L}\\p{N}_]";

/** The pattern that finds `find` as asked: literal text, whole words bounded by anything but letters and digits. */
export function replacementPattern({ find, wholeWord, caseSensitive }: Omit<Replacement, "replacement">): RegExp {
  const literal = find.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const source = wholeWord ? `(?<!${LETTER_OR_DIGIT})${literal}(?!${LETTER_OR_DIGIT})` : literal;
  return new RegExp(source, `gu${caseSensitive ? "" : "i"}`);
}

/** `text` with every match replaced (the replacement taken literally: no `$1`), and how many there were. */
export function replaceIn(text: string, replacement: Replacement): { text: string; count: number } {
  let count = 0;
  const replaced = text.replace(replacementPattern(replacement), () => {
    count += 1;
    return replacement.replacement;
  });
  return { text: replaced, count };
}

const replaceInput = z.object({
  slug: documentSlugSchema,
  side: z.enum(["en", "it"]),
  find: userText({ max: 200 }),
  replacement: userText({ max: 200, allowEmpty: true }).default(""),
  wholeWord: z.boolean().default(false),
  caseSensitive: z.boolean().default(false),
  pairs: z
    .array(z.object({ paragraphId: rowId, baseVersion: rowId }))
    .min(1, "choose at least one paragraph")
    .max(MAX_BATCH, `at most ${MAX_BATCH} paragraphs at a time`),
});

/** Why a pair chosen for a replacement was left as it was. */
export type ReplaceSkip = Exclude<SkippedPair["why"], "four-eyes" | "nothing-to-approve"> | "no-match" | "invalid";

/**
 * Find and replace across a text (the workspace's replace page): in each pair chosen,
 * still at the version the preview showed, every match replaced, as one save of that
 * side with its revision (a new English goes to "translated", a new Italian sends its
 * English back, as any save). A pair changed since the preview, no longer matching, or
 * made too long is skipped and named. The Italian needs the Italian's editors.
 */
export const replaceInText = defineMutation({
  may: (input) => editing((input as { side?: unknown } | null)?.side === "it" ? "it" : "en"),
  input: replaceInput,
  async write(tx, { input, actor, changes }) {
    const ids = input.pairs.map((pair) => pair.paragraphId);
    const rows = await readInChunks(ids, (chunk) =>
      tx.paragraph.findMany({ where: { id: { in: chunk }, document: { slug: input.slug } }, select: { ...PAIR, position: true } }),
    );
    const byId = new Map(rows.map((row) => [row.id, row]));
    const column = input.side === "it" ? "textIt" : "textEn";
    let replaced = 0;
    const skipped: { paragraphId: number; position: number | null; why: ReplaceSkip }[] = [];
    for (const { paragraphId, baseVersion } of input.pairs) {
      const pair = byId.get(paragraphId);
      if (!pair) {
        skipped.push({ paragraphId, position: null, why: "not-found" });
        continue;
      }
      const result = replaceIn(pair[column], input);
      const why: ReplaceSkip | null =
        pair.version !== baseVersion
          ? "changed"
          : result.count === 0
            ? "no-match"
            : result.text.length > MAX_PARAGRAPH_LENGTH || (input.side === "it" && result.text.trim() === "")
              ? "invalid"
              : null;
      if (why) {
        skipped.push({ paragraphId, position: pair.position, why });
        continue;
      }
      await writeText(tx, pair, input.side, result.text, { authorId: actor.id });
      replaced += 1;
    }
    if (replaced > 0) changes.text(input.slug);
    return { ok: true as const, replaced, skipped };
  },
});
