/**
 * Typographic slips a reviewer should see in either language: brackets or quotes
 * opened and never closed (or closed and never opened), and doubled spaces.
 */

const BRACKETS: Record<string, string> = { "(": ")", "[": "]", "{": "}" };
// Single curly quotes are left out: ‘ and ’ double as apostrophes (dell’Asia, China’s).
const QUOTES: Record<string, string> = { "“": "”", "«": "»" };

/** The first unbalanced (, ), [, ], {, } in reading order, or null when they all pair up. */
export function unbalancedBracket(text: string): string | null {
  return firstUnpaired(text, BRACKETS, isListMarker);
}

/** The first unbalanced “ ” « », else a straight " when their count is odd, else null. */
export function unbalancedQuote(text: string): string | null {
  const curly = firstUnpaired(text, QUOTES, () => false);
  if (curly !== null) return curly;
  const straight = text.split('"').length - 1;
  return straight % 2 === 1 ? '"' : null;
}

/** Two or more spaces (plain or no-break) in a row, leading and trailing whitespace aside. */
export function hasDoubleSpaces(text: string): boolean {
  return /[ \u00A0]{2,}/.test(text.trim());
}

/**
 * Pairs openers with closers on a stack, so "([)]" is caught as well as "(()".
 * A closer that skips over open pairs reports the innermost opener left open; a
 * closer with no opener at all reports itself, unless `isExcused` (list markers).
 */
function firstUnpaired(text: string, pairs: Record<string, string>, isExcused: (text: string, at: number) => boolean): string | null {
  const closers = new Set(Object.values(pairs));
  const open: string[] = [];
  for (let at = 0; at < text.length; at++) {
    const character = text[at]!;
    if (character in pairs) open.push(character);
    else if (closers.has(character)) {
      const top = open.at(-1);
      if (top !== undefined && pairs[top] === character) open.pop();
      else if (open.some((opener) => pairs[opener] === character)) return top ?? character;
      else if (!isExcused(text, at)) return character;
    }
  }
  return open[0] ?? null;
}

// "a) …, b) …" and "1) …, 2) …" enumerate without an opening bracket.
function isListMarker(text: string, closerAt: number): boolean {
  return /(?:^|\s)(?:\p{L}|\d{1,2})$/u.test(text.slice(Math.max(0, closerAt - 4), closerAt));
}
