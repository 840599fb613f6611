import { ImportError } from "./import-error";
import { CONTROL_CHARACTERS, DIRECTION_CONTROLS } from "./user-text";

// Characters a file may hide that text never needs: the invisible direction controls
// ("Trojan Source") and the C0/C1 controls other than tab and line feed, the sets
// user-text.ts refuses in typed text.
const INVISIBLE = new RegExp(`[${CONTROL_CHARACTERS}${DIRECTION_CONTROLS}]`, "g");

const NAMES: Record<string, string> = {
  "\u061C": "ARABIC LETTER MARK",
  "\u200E": "LEFT-TO-RIGHT MARK",
  "\u200F": "RIGHT-TO-LEFT MARK",
  "\u202A": "LEFT-TO-RIGHT EMBEDDING",
  "\u202B": "RIGHT-TO-LEFT EMBEDDING",
  "\u202C": "POP DIRECTIONAL FORMATTING",
  "\u202D": "LEFT-TO-RIGHT OVERRIDE",
  "\u202E": "RIGHT-TO-LEFT OVERRIDE",
  "\u2066": "LEFT-TO-RIGHT ISOLATE",
  "\u2067": "RIGHT-TO-LEFT ISOLATE",
  "\u2068": "FIRST STRONG ISOLATE",
  "\u2069": "POP DIRECTIONAL ISOLATE",
};

/** Where a text's first invisible character is (line and column from 1, in characters), what it is, and how many there are. */
export interface InvisibleFound {
  codePoint: string;
  name: string;
  line: number;
  column: number;
  count: number;
}

export function findInvisible(text: string): InvisibleFound | null {
  const matches = [...text.matchAll(INVISIBLE)];
  const first = matches[0];
  if (!first) return null;
  const before = text.slice(0, first.index);
  const line = before.split("\n").length;
  const column = [...before.slice(before.lastIndexOf("\n") + 1)].length + 1;
  const character = first[0];
  const code = `U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`;
  return { codePoint: code, name: NAMES[character] ?? "CONTROL CHARACTER", line, column, count: matches.length };
}

/** The text without its invisible characters. */
export function stripInvisible(text: string): string {
  return text.replace(INVISIBLE, "");
}

/**
 * A decoded file's text, its invisible characters removed when the importer asked for
 * that (`strip`), otherwise refused with the first one named, where it is, and the way out.
 */
export function checkInvisible(text: string, fileName: string, strip = false): string {
  if (strip) return stripInvisible(text);
  const found = findInvisible(text);
  if (!found) return text;
  const others = found.count > 1 ? ` (${found.count} such characters in the file)` : "";
  throw new ImportError(
    "invisible-characters",
    `${fileName}, line ${found.line}, column ${found.column}: an invisible character, ${found.codePoint} ${found.name}${others}. ` +
      "Such characters can make a text read differently from what is stored, so the file was not imported. " +
      "Remove them, or import again asking to remove invisible characters (on the command line, --strip-invisible).",
  );
}
