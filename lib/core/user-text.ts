import { z } from "zod";

/** Why a piece of user-written text was refused; the interface words each reason. */
export type TextProblem = "empty" | "too-long" | "malformed" | "control-characters" | "direction-controls";

// C0 and C1 control characters other than tab and line feed.
export const CONTROL_CHARACTERS = "\\u0000-\\u0008\\u000B-\\u001F\\u007F-\\u009F";
// Invisible direction controls (embeddings, overrides, isolates, marks): they can make
// text read differently from what is stored ("Trojan Source"). Italian and English need none.
export const DIRECTION_CONTROLS = "\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069";
const CONTROL = new RegExp(`[${CONTROL_CHARACTERS}]`);
const DIRECTION = new RegExp(`[${DIRECTION_CONTROLS}]`);
// A lone UTF-16 surrogate: not a character at all, and not storable as UTF-8.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Text a person typed (a translation, a comment, a reason): refused when it is not
 * well-formed or hides control characters, otherwise stored in NFC with Unix line
 * ends and no surrounding whitespace. Every refusal names its reason.
 */
export function userText({ max, allowEmpty = false }: { max: number; allowEmpty?: boolean }) {
  return z
    .string({ error: "malformed" satisfies TextProblem })
    .max(max * 2, "too-long" satisfies TextProblem)
    .refine((text) => !LONE_SURROGATE.test(text), "malformed" satisfies TextProblem)
    .transform((text) => text.normalize("NFC").replace(/\r\n?/g, "\n").trim())
    .pipe(
      z
        .string()
        .min(allowEmpty ? 0 : 1, "empty" satisfies TextProblem)
        .max(max, "too-long" satisfies TextProblem)
        .refine((text) => !CONTROL.test(text), "control-characters" satisfies TextProblem)
        .refine((text) => !DIRECTION.test(text), "direction-controls" satisfies TextProblem),
    );
}

/**
 * Text that came in from a file (an imported text, a glossary term) gets the checks of
 * typed text: no control characters other than line breaks and tabs, no invisible
 * direction controls. Its messages are for the importer's account of what was refused.
 */
export function importedText(schema: z.ZodString) {
  return schema
    .refine((text) => !CONTROL.test(text), "contains a control character (a C0 or C1 code other than a line break or tab)")
    .refine(
      (text) => !DIRECTION.test(text),
      "contains an invisible direction control (such as U+202E), which can make text read differently from what is stored",
    );
}

/** The first reason a schema gave, as a TextProblem when it is one. */
export function textProblem(error: z.ZodError): { field: string; problem: TextProblem } {
  const issue = error.issues[0];
  const known: readonly string[] = ["empty", "too-long", "malformed", "control-characters", "direction-controls"];
  const problem = issue && known.includes(issue.message) ? (issue.message as TextProblem) : "malformed";
  return { field: String(issue?.path[0] ?? "input"), problem };
}
