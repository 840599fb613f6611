import "server-only";
import type { NewTerm } from "../glossary/new-term";
import { db } from "../db";
import { getGlossary } from "../glossary";
import { getDocumentInfo, getPublishedPairs } from "../library";
import type { ReviewStatus } from "../generated/prisma/enums";
import { documentWords } from "../review/word-counts";
import type { ExchangeParagraph, StreamedDocument } from "./exchange-document";
import { completeText } from "../core/complete-texts";

const documentFields = {
  slug: true,
  titleIt: true,
  titleEn: true,
  sourceName: true,
  attribution: true,
  sourceUrl: true,
  publishedOn: true,
  originalTitle: true,
} as const;

/** Pairs read per query while a whole text is written out: memory holds one batch, not the book. */
const BATCH = 500;

/**
 * The text as the team works on it: the latest English, its status and note. For team
 * exports only. Its pairs are read in batches as the file is written.
 */
export async function getWorkingEdition(slug: string): Promise<StreamedDocument | null> {
  const document = await db.document.findUnique({ where: { slug, ...completeText }, select: { id: true, ...documentFields } });
  if (!document) return null;
  const { id, ...fields } = document;
  return {
    ...fields,
    words: await documentWords(db, id),
    paragraphs: inBatches((first, last) =>
      db.paragraph
        .findMany({
          where: { documentId: id, position: { gte: first, lte: last } },
          orderBy: { position: "asc" },
          select: {
            textIt: true,
            textEn: true,
            status: true,
            statusReason: true,
            translatorNote: true,
            headingLevel: true,
            version: true,
            approvedEn: true,
            approvedNote: true,
            approvedIt: true,
          },
        })
        .then((pairs) => pairs.map(workingPair)),
    ),
  };
}

/**
 * A pair of the working edition: its working texts, and what readers see of it while it
 * is under review (an approved pair's working texts are what readers see; imported,
 * they are published again).
 */
function workingPair({
  approvedEn,
  approvedNote,
  approvedIt,
  ...pair
}: Omit<ExchangeParagraph, "publishedEn" | "publishedNote" | "publishedIt"> & {
  status: ReviewStatus;
  approvedEn: string | null;
  approvedNote: string | null;
  approvedIt: string | null;
}): ExchangeParagraph {
  const underReview = pair.status !== "approved" && approvedEn !== null;
  return {
    ...pair,
    publishedEn: underReview ? approvedEn : null,
    publishedNote: underReview ? approvedNote : null,
    publishedIt: approvedIt !== null && approvedIt !== pair.textIt ? approvedIt : null,
  };
}

/**
 * The text as readers see it: only approved English and notes, nothing under review, no
 * statuses. Its pairs are read in batches as the file is written.
 */
export async function getPublishedEdition(slug: string): Promise<StreamedDocument | null> {
  const document = await getDocumentInfo(slug);
  if (!document) return null;
  return {
    slug: document.slug,
    titleIt: document.titleIt,
    titleEn: document.titleEn,
    sourceName: document.sourceName,
    attribution: document.attribution,
    sourceUrl: document.sourceUrl,
    publishedOn: document.publishedOn,
    paragraphs: inBatches(async (first, last) =>
      (await getPublishedPairs(document.id, first, last)).map(({ textIt, textEn, translatorNote, headingLevel, lostWordsIt }) => ({
        textIt,
        textEn,
        translatorNote,
        headingLevel,
        // Only the e-book shows them; the other formats never see the key.
        ...(lostWordsIt ? { lostWordsIt } : {}),
      })),
    ),
  };
}

/**
 * A text's pairs in reading order, BATCH positions per query, until a query finds none.
 * (A merge or split made while a file is written out may shift one pair across a batch's
 * edge; the next download has it right.)
 */
async function* inBatches(read: (first: number, last: number) => Promise<ExchangeParagraph[]>): AsyncGenerator<ExchangeParagraph> {
  for (let first = 1; ; first += BATCH) {
    const batch = await read(first, first + BATCH - 1);
    if (batch.length === 0) return;
    yield* batch;
  }
}

/** The whole glossary as terms to export, headwords in Italian alphabetical order. */
export async function getGlossaryTerms(): Promise<NewTerm[]> {
  return (await getGlossary()).map(({ forms, abbreviation, expansionIt, expansionEn, sources, document: _ownText, ...term }) => ({
    ...(sources ? { sources } : {}),
    ...term,
    ...(abbreviation ? { abbreviation } : {}),
    ...(expansionIt ? { expansionIt } : {}),
    ...(expansionEn ? { expansionEn } : {}),
    formsIt: forms.filter((form) => form.language === "it").map((form) => form.form),
    formsEn: forms.filter((form) => form.language === "en").map((form) => form.form),
  }));
}
