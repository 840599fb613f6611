import { diffWords } from "diff";

export type DiffPart = { kind: "same" | "added" | "removed"; text: string };

// The diff's work grows with the square of the words changed: two long texts worded
// differently throughout (each within the limits) took half a minute, on every page
// that shows them. Past this many changes the versions are shown whole, one removed
// and one added, which is what so many changes amount to for a reader anyway.
const MAX_WORD_CHANGES = 500;

/** A word-level diff of two versions of a paragraph (jsdiff), as runs a reader can follow. */
export function wordDiff(before: string, after: string): DiffPart[] {
  const changes = diffWords(before, after, { maxEditLength: MAX_WORD_CHANGES });
  if (!changes) {
    return [...(before ? [{ kind: "removed" as const, text: before }] : []), ...(after ? [{ kind: "added" as const, text: after }] : [])];
  }
  return changes.map((change) => ({
    kind: change.added ? "added" : change.removed ? "removed" : "same",
    text: change.value,
  }));
}

/** How many words were added and removed: a summary for screen readers and lists. */
export function diffCounts(parts: readonly DiffPart[]): { added: number; removed: number } {
  const words = (text: string) => text.split(/\s+/).filter(Boolean).length;
  let added = 0;
  let removed = 0;
  for (const part of parts) {
    if (part.kind === "added") added += words(part.text);
    if (part.kind === "removed") removed += words(part.text);
  }
  return { added, removed };
}
