import "server-only";
import type { NewTerm } from "../glossary/new-term";
import { db } from "../db";
import { getGlossary } from "../glossary";
import { getDocument } from "../library";
import type { ExchangeDocument } from "./exchange-document";
import { completeText } from "../core/complete-texts";

const documentFields = {
  slug: true,
  titleIt: true,
  titleEn: true,
  sourceName: true,
  attribution: true,
  sourceUrl: true,
  publishedOn: true,
} as const;

/** The text as the team works on it: the latest English, its status and note. For team exports only. */
export async function getWorkingEdition(slug: string): Promise<ExchangeDocument | null> {
  return db.document.findUnique({
    where: { slug, ...completeText },
    select: {
      ...documentFields,
      paragraphs: {
        orderBy: { position: "asc" },
        select: { textIt: true, textEn: true, status: true, translatorNote: true, headingLevel: true },
      },
    },
  });
}

/** The text as readers see it: only approved English and notes, nothing under review, no statuses. */
export async function getPublishedEdition(slug: string): Promise<ExchangeDocument | null> {
  const document = await getDocument(slug);
  if (!document) return null;
  return {
    slug: document.slug,
    titleIt: document.titleIt,
    titleEn: document.titleEn,
    sourceName: document.sourceName,
    attribution: document.attribution,
    sourceUrl: document.sourceUrl,
    publishedOn: document.publishedOn,
    paragraphs: document.paragraphs.map((paragraph) => ({
      textIt: paragraph.textIt,
      textEn: paragraph.textEn,
      translatorNote: paragraph.translatorNote,
      headingLevel: paragraph.headingLevel,
    })),
  };
}

/** The whole glossary as terms to export, headwords in Italian alphabetical order. */
export async function getGlossaryTerms(): Promise<NewTerm[]> {
  return (await getGlossary()).map(({ forms, abbreviation, expansionIt, expansionEn, ...term }) => ({
    ...term,
    ...(abbreviation ? { abbreviation } : {}),
    ...(expansionIt ? { expansionIt } : {}),
    ...(expansionEn ? { expansionEn } : {}),
    formsIt: forms.filter((form) => form.language === "it").map((form) => form.form),
    formsEn: forms.filter((form) => form.language === "en").map((form) => form.form),
  }));
}
