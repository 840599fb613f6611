import { z } from "zod";
import { CONTROL, DIRECTION } from "../review/user-text";
import { sourceUrlSchema } from "./source-url";

// Imported text gets the checks of typed text: no control characters other than line
// breaks and tabs, no invisible direction controls.
const checked = (schema: z.ZodString) =>
  schema
    .refine((text) => !CONTROL.test(text), "contains a control character (a C0 or C1 code other than a line break or tab)")
    .refine((text) => !DIRECTION.test(text), "contains an invisible direction control (such as U+202E), which can make text read differently from what is stored");

const text = (max: number) => checked(z.string().trim().min(1).max(max));

export const newParagraphSchema = z
  .object({
    /** Empty only for English the aligner found no Italian for (a 0:1 pair). */
    textIt: checked(z.string().trim().max(20_000)),
    textEn: checked(z.string().trim().max(20_000)).default(""),
    status: z.enum(["draft", "translated", "needs_changes", "approved"]).default("draft"),
    translatorNote: checked(z.string().trim().max(5_000)).optional(),
    alignmentConfidence: z.number().min(0).max(1).optional(),
    /** A heading pair (Markdown "##" is 2); absent for body text. */
    headingLevel: z.number().int().min(2).max(6).optional(),
  })
  .refine((paragraph) => paragraph.textIt !== "" || paragraph.textEn !== "", {
    message: "a pair needs an Italian or an English text",
    path: ["textIt"],
  });

/** A document as an importer hands it to the store: validated before anything is written. */
export const newDocumentSchema = z
  .object({
    slug: z
      .string()
      .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "a slug is lower-case letters and digits joined by single hyphens")
      .max(80),
    titleIt: text(300),
    /** Empty until someone translates the title. */
    titleEn: checked(z.string().trim().max(300)).default(""),
    originalTitle: text(300),
    originalLanguage: z.enum(["it", "en"]).default("it"),
    sourceName: text(200),
    attribution: text(300),
    sourceUrl: sourceUrlSchema.optional(),
    publishedOn: z
      .string()
      .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, "a date is YYYY, YYYY-MM or YYYY-MM-DD")
      .optional(),
    paragraphs: z.array(newParagraphSchema).min(1).max(50_000),
  })
  .refine((doc) => doc.paragraphs.every((p) => p.status === "draft" || p.textEn !== ""), {
    message: "a paragraph without English text can only be a draft",
    path: ["paragraphs"],
  });

export type NewDocument = z.input<typeof newDocumentSchema>;
export type NewParagraph = z.input<typeof newParagraphSchema>;
