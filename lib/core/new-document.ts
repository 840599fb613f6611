import { z } from "zod";
import { partialDateSchema } from "./dates";
import { MAX_NOTE_LENGTH, MAX_PARAGRAPH_LENGTH, MAX_SOURCE_NAME_LENGTH, MAX_TITLE_LENGTH } from "./limits";
import { documentSlugSchema } from "./slug";
import { sourceUrlSchema } from "./source-url";
import { reviewStatusSchema } from "./statuses";
import { importedText as checked } from "./user-text";

// A document as every way in hands it over (the importer, exchange files, the seed),
// validated before anything is stored.

const text = (max: number) => checked(z.string().trim().min(1).max(max));

export const newParagraphSchema = z
  .object({
    /** Empty only for English the aligner found no Italian for (a 0:1 pair). */
    textIt: checked(z.string().trim().max(MAX_PARAGRAPH_LENGTH)),
    textEn: checked(z.string().trim().max(MAX_PARAGRAPH_LENGTH)).default(""),
    status: reviewStatusSchema.default("draft"),
    translatorNote: checked(z.string().trim().max(MAX_NOTE_LENGTH)).optional(),
    /** Why a reviewer sent the pair back (status needs_changes), as the exchange formats carry it. */
    statusReason: checked(z.string().trim().max(MAX_NOTE_LENGTH)).optional(),
    alignmentConfidence: z.number().min(0).max(1).optional(),
    /** What readers saw of a pair under review in the text it was exported from (lib/exchange): kept published. */
    publishedEn: checked(z.string().trim().min(1).max(MAX_PARAGRAPH_LENGTH)).optional(),
    publishedIt: checked(z.string().trim().min(1).max(MAX_PARAGRAPH_LENGTH)).optional(),
    publishedNote: checked(z.string().trim().min(1).max(MAX_NOTE_LENGTH)).optional(),
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
    slug: documentSlugSchema,
    titleIt: text(MAX_TITLE_LENGTH),
    /** Empty until someone translates the title. */
    titleEn: checked(z.string().trim().max(MAX_TITLE_LENGTH)).default(""),
    originalTitle: text(MAX_TITLE_LENGTH),
    originalLanguage: z.enum(["it", "en"]).default("it"),
    sourceName: text(MAX_SOURCE_NAME_LENGTH),
    attribution: text(MAX_TITLE_LENGTH),
    sourceUrl: sourceUrlSchema.optional(),
    publishedOn: partialDateSchema.optional(),
    paragraphs: z.array(newParagraphSchema).min(1).max(50_000),
  })
  .refine((doc) => doc.paragraphs.every((p) => p.status === "draft" || p.textEn !== ""), {
    message: "a paragraph without English text can only be a draft",
    path: ["paragraphs"],
  });

export type NewDocument = z.input<typeof newDocumentSchema>;
export type NewParagraph = z.input<typeof newParagraphSchema>;
