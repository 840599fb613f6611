// How alike two segments are, as CAT tools count it: the words (and punctuation) one
// must change to turn one into the other, against the longer's length. Pure.

/** A segment's tokens for comparing: words and marks of punctuation, case and accents folded. */
export function tokens(text: string): string[] {
  return (
    text
      .normalize("NFD")
      .replace(/\p{M}/gu, "")
      .toLowerCase()
      .match(/[\p{L}\p{N}]+|[^\s\p{L}\p{N}]/gu) ?? []
  );
}

/** Edit distance (insertions, deletions, substitutions) between two sequences: of words, of characters; two rows of memory. */
export function editDistance<T>(a: ArrayLike<T>, b: ArrayLike<T>): number {
  let previous = new Int32Array(b.length + 1).map((_, index) => index);
  let current = new Int32Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    [previous, current] = [current, previous];
  }
  return previous[b.length]!;
}

/**
 * 1 for the same words in the same order, 0 for nothing in common; a difference in
 * case, accents or spacing alone does not count. `limit` stops early: a pair whose
 * lengths alone put it below it is not compared word by word.
 */
export function similarity(a: string, b: string, limit = 0): number {
  return tokenSimilarity(tokens(a), tokens(b), limit);
}

/**
 * similarity() on texts already cut into tokens. Below `limit` it answers 0 without the
 * word-by-word comparison whenever the lengths, or the words the two share (the edit
 * distance is at least the longer's length less the words in common), already rule it out.
 */
export function tokenSimilarity(x: readonly string[], y: readonly string[], limit = 0): number {
  const longest = Math.max(x.length, y.length);
  if (longest === 0) return 1;
  if (1 - Math.abs(x.length - y.length) / longest < limit) return 0;
  if (limit > 0 && shared(x, y) / longest < limit) return 0;
  return 1 - editDistance(x, y) / longest;
}

/** How many tokens the two lists have in common, each counted as often as both have it. */
function shared(x: readonly string[], y: readonly string[]): number {
  const counts = new Map<string, number>();
  for (const token of x) counts.set(token, (counts.get(token) ?? 0) + 1);
  let common = 0;
  for (const token of y) {
    const left = counts.get(token) ?? 0;
    if (left > 0) {
      counts.set(token, left - 1);
      common++;
    }
  }
  return common;
}
