import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { addMissingTerms } from "../../lib/glossary/store-terms";
import { parsePlainText } from "../../lib/import/plain-text";
import { storeDocument } from "../../lib/import/store-document";
import type { Database } from "../../lib/prisma-client";
import { translation } from "./cesi-cina-kazakhstan.en";
import { glossary } from "./glossary";

const here = path.dirname(fileURLToPath(import.meta.url));
export const SEED_TEXT_FILE = path.join(here, "cesi-cina-kazakhstan.it.txt");

export interface SeedReport {
  termsAdded: number;
  documentsAdded: string[];
}

/**
 * Brings the library's first content into the database: the glossary and the
 * C.E.S.I. article with its reviewed English. Whatever is already there is left
 * alone, so running it again changes nothing.
 */
export async function seedLibrary(db: Database): Promise<SeedReport> {
  const termsAdded = await addMissingTerms(db, glossary);
  const documentsAdded: string[] = [];
  if (!(await db.document.findUnique({ where: { slug: translation.slug }, select: { id: true } }))) {
    await storeDocument(db, firstDocument(), { origin: "seed" });
    documentsAdded.push(translation.slug);
  }
  return { termsAdded, documentsAdded };
}

function firstDocument() {
  const properNames = glossary.flatMap((term) => term.formsIt ?? []).filter((form) => /^\p{Lu}/u.test(form));
  const parsed = parsePlainText(fs.readFileSync(SEED_TEXT_FILE), { fileName: path.basename(SEED_TEXT_FILE), properNames });

  if (parsed.paragraphs.length !== translation.paragraphs.length) {
    throw new Error(`The seed text has ${parsed.paragraphs.length} paragraphs but its translation ${translation.paragraphs.length}.`);
  }
  const paragraphs = parsed.paragraphs.map((textIt, index) => {
    const english = translation.paragraphs[index];
    if (!english || !textIt.startsWith(english.it)) {
      throw new Error(`Paragraph ${index + 1} of the translation does not belong to "${textIt.slice(0, 40)}…".`);
    }
    return { textIt, textEn: english.en, status: "approved" as const, translatorNote: "note" in english ? english.note : undefined };
  });

  return {
    slug: translation.slug,
    titleIt: parsed.title,
    titleEn: translation.titleEn,
    originalTitle: parsed.originalTitle,
    sourceName: translation.sourceName,
    attribution: parsed.attribution ? `${parsed.attribution.label}: ${parsed.attribution.source}` : translation.sourceName,
    publishedOn: translation.publishedOn,
    paragraphs,
  };
}
