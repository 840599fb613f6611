import "server-only";
import { cache } from "react";
import { db } from "./db";
import { completeText } from "./core/complete-texts";

export interface DocumentSummary {
  slug: string;
  titleIt: string;
  titleEn: string;
  sourceName: string;
  publishedOn: string | null;
  paragraphCount: number;
  approvedCount: number;
}

/** The library's texts, newest first, with their review progress. */
export async function listDocuments(): Promise<DocumentSummary[]> {
  const [documents, approved] = await Promise.all([
    db.document.findMany({
      where: completeText,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      select: {
        id: true,
        slug: true,
        titleIt: true,
        titleEn: true,
        sourceName: true,
        publishedOn: true,
        _count: { select: { paragraphs: true } },
      },
    }),
    db.paragraph.groupBy({ by: ["documentId"], where: { status: "approved" }, _count: { _all: true } }),
  ]);
  const approvedByDocument = new Map(approved.map((row) => [row.documentId, row._count._all]));
  return documents.map(({ id, _count, ...document }) => ({
    ...document,
    paragraphCount: _count.paragraphs,
    approvedCount: approvedByDocument.get(id) ?? 0,
  }));
}

/** Where a pair's English stands for readers, who see only approved text. */
export type PublishedState = "approved" | "under-review" | "unpublished";

/**
 * A text's card and length, without its pairs, or null when the slug is unknown.
 * Read once per request, however many of the page's parts ask for it (metadata,
 * page, share card).
 */
export const getDocumentInfo = cache(async (slug: string) => {
  const document = await db.document.findUnique({
    where: { slug, ...completeText },
    select: {
      id: true,
      slug: true,
      titleIt: true,
      titleEn: true,
      originalTitle: true,
      originalLanguage: true,
      sourceName: true,
      attribution: true,
      sourceUrl: true,
      publishedOn: true,
      editorNoteIt: true,
      editorNoteEn: true,
      _count: { select: { paragraphs: true } },
    },
  });
  if (!document) return null;
  const { _count, ...info } = document;
  return { ...info, pairCount: _count.paragraphs };
});

export type DocumentInfo = NonNullable<Awaited<ReturnType<typeof getDocumentInfo>>>;

const publishedFields = {
  position: true,
  approvedIt: true,
  approvedEn: true,
  approvedSentenceLinks: true,
  headingLevel: true,
  status: true,
  approvedNote: true,
  lostWordsIt: true,
  reviewedAt: true,
  reviewedBy: { select: { displayName: true } },
} as const;

/**
 * A text's pairs from `first` to `last` (positions, inclusive) in reading order, as
 * readers see them. Both texts are the publish gate's: the Italian and English as last
 * approved together (marked under review when a newer one waits); the English is ""
 * when none was ever approved.
 */
export async function getPublishedPairs(documentId: number, first: number, last: number) {
  const paragraphs = await db.paragraph.findMany({
    where: { documentId, position: { gte: first, lte: last } },
    orderBy: { position: "asc" },
    select: publishedFields,
  });
  return paragraphs.map(publishedParagraph);
}

function publishedParagraph({
  approvedIt,
  approvedEn,
  approvedNote,
  approvedSentenceLinks,
  status,
  reviewedBy,
  reviewedAt,
  ...paragraph
}: {
  position: number;
  approvedIt: string | null;
  approvedEn: string | null;
  headingLevel: number | null;
  approvedNote: string | null;
  approvedSentenceLinks: string | null;
  lostWordsIt: string | null;
  status: string;
  reviewedAt: Date | null;
  reviewedBy: { displayName: string } | null;
}) {
  const published: PublishedState = approvedEn === null ? "unpublished" : status === "approved" ? "approved" : "under-review";
  return {
    ...paragraph,
    // Both texts as approved together: an Italian edit waits for approval like an English one.
    textIt: approvedIt ?? "",
    textEn: approvedEn ?? "",
    // The note as approved with that English, like the English itself.
    translatorNote: approvedNote,
    // Sentence links fixed by hand, as approved with these texts.
    sentenceLinks: approvedSentenceLinks,
    published,
    reviewedBy: reviewedBy?.displayName ?? null,
    reviewedAt,
  };
}

/**
 * One paragraph pair with its document, or null when the document is unknown or
 * has no paragraph at that position.
 */
export async function findPair(slug: string, position: number) {
  const document = await getDocumentInfo(slug);
  const [paragraph] = document ? await getPublishedPairs(document.id, position, position) : [];
  return document && paragraph ? { document, paragraph } : null;
}

export type Pair = NonNullable<Awaited<ReturnType<typeof findPair>>>;

/** Every text's paragraphs as readers see them, for listing where a glossary term occurs. */
export async function listDocumentTexts() {
  return db.document
    .findMany({
      where: completeText,
      orderBy: { id: "asc" },
      select: {
        slug: true,
        titleIt: true,
        titleEn: true,
        paragraphs: { orderBy: { position: "asc" }, select: { position: true, approvedIt: true, approvedEn: true } },
      },
    })
    .then((documents) =>
      // Readers find terms only in what they can read: the approved Italian and English.
      documents.map((document) => ({
        ...document,
        paragraphs: document.paragraphs.map(({ approvedIt, approvedEn, position }) => ({
          position,
          textIt: approvedIt ?? "",
          textEn: approvedEn ?? "",
        })),
      })),
    );
}

/** Every text's slug with when it last changed, for the sitemap. */
export async function listDocumentSlugs(): Promise<{ slug: string; updatedAt: Date }[]> {
  return db.document.findMany({ where: completeText, orderBy: { id: "asc" }, select: { slug: true, updatedAt: true } });
}
