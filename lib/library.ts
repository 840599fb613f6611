import "server-only";
import { cache } from "react";
import { db } from "./db";

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

/**
 * One text with its aligned paragraphs in reading order, or null when the slug is
 * unknown. Read once per request, however many of the page's parts ask for it
 * (metadata, page, share card).
 */
export const getDocument = cache(async (slug: string) => {
  return db.document.findUnique({
    where: { slug },
    select: {
      slug: true,
      titleIt: true,
      titleEn: true,
      originalTitle: true,
      originalLanguage: true,
      sourceName: true,
      attribution: true,
      sourceUrl: true,
      publishedOn: true,
      paragraphs: {
        orderBy: { position: "asc" },
        select: { position: true, textIt: true, textEn: true, status: true, translatorNote: true },
      },
    },
  });
});

export type LibraryDocument = NonNullable<Awaited<ReturnType<typeof getDocument>>>;

/** Every text's paragraphs, for listing where a glossary term occurs. */
export async function listDocumentTexts() {
  return db.document.findMany({
    orderBy: { id: "asc" },
    select: {
      slug: true,
      titleIt: true,
      titleEn: true,
      paragraphs: { orderBy: { position: "asc" }, select: { position: true, textIt: true, textEn: true } },
    },
  });
}

/** Every text's slug with when it last changed, for the sitemap. */
export async function listDocumentSlugs(): Promise<{ slug: string; updatedAt: Date }[]> {
  return db.document.findMany({ orderBy: { id: "asc" }, select: { slug: true, updatedAt: true } });
}
