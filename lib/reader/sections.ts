import "server-only";
import { cache } from "react";
import { db } from "../db";
import { getDocumentInfo, getPublishedPairs } from "../library";
import { plainText } from "../text/inline-markdown";
import { buildOutline, sectionOf, type Section } from "./outline";
import { completeText } from "../core/complete-texts";

/**
 * How many reader pages a text has now, read afresh (not the request's cached outline):
 * after a write, to render its pages again. 0 for an unknown text.
 */
export async function countSections(slug: string): Promise<number> {
  const document = await db.document.findUnique({
    where: { slug, ...completeText },
    select: { id: true, _count: { select: { paragraphs: true } } },
  });
  return document ? (await readOutline(document.id, document._count.paragraphs)).sections.length : 0;
}

/** A text's sections from its heading pairs (the only pairs read), with those headings as readers see them. */
async function readOutline(documentId: number, pairCount: number) {
  const headings = await db.paragraph.findMany({
    where: { documentId, headingLevel: { not: null } },
    orderBy: { position: "asc" },
    select: { position: true, headingLevel: true, approvedIt: true, approvedEn: true },
  });
  const sections = buildOutline(
    pairCount,
    headings.map((heading) => ({ position: heading.position, level: heading.headingLevel ?? 1 })),
  );
  return { sections, headings };
}

/** A section as the table of contents lists it: its span and, when it opens with a heading, that heading in both languages. */
export interface OutlineSection extends Section {
  titles: { it: string; en: string } | null;
}

/**
 * A text's outline (lib/reader/outline.ts) with the headings readers see, or null when
 * the slug is unknown. Reads the heading pairs only, whatever the text's length.
 */
export const getOutline = cache(async (slug: string) => {
  const document = await getDocumentInfo(slug);
  if (!document) return null;
  const { sections, headings } = await readOutline(document.id, document.pairCount);
  const titles = new Map(headings.map((heading) => [heading.position, heading]));
  const outline: OutlineSection[] = sections.map((section) => {
    const heading = section.heading && titles.get(section.heading.position);
    return {
      ...section,
      titles: heading ? { it: plainText(heading.approvedIt ?? ""), en: plainText(heading.approvedEn ?? "") } : null,
    };
  });
  return { document, sections: outline };
});

/**
 * One reader page: the text, its outline, the section and that section's pairs; null
 * when the text or the section does not exist. Read once per request (metadata and page).
 */
export const getReaderSection = cache(async (slug: string, number: number) => {
  const outline = await getOutline(slug);
  const section = outline?.sections[number - 1];
  if (!outline || !section) return null;
  const pairs = await getPublishedPairs(outline.document.id, section.first, section.last);
  return { ...outline, section, pairs };
});

/** The number of the reader page that holds the pair at `position`, or null when the text has no such pair. */
export async function sectionNumberOf(slug: string, position: number): Promise<number | null> {
  const outline = await getOutline(slug);
  return outline ? (sectionOf(outline.sections, position)?.number ?? null) : null;
}
