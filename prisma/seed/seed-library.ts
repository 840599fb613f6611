import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { addMissingTerms } from "../../lib/glossary/store-terms";
import { parsePlainText } from "../../lib/import/plain-text";
import { storeDocument } from "../../lib/import/store-document";
import type { Database } from "../../lib/prisma-client";
import { translation } from "./cesi-cina-kazakhstan.en";
import { EDITORIAL_ORIGIN, editorialPass, editorNote, lostWords } from "./editorial-pass";
import { glossary } from "./glossary";

const here = path.dirname(fileURLToPath(import.meta.url));
export const SEED_TEXT_FILE = path.join(here, "cesi-cina-kazakhstan.it.txt");

export interface SeedReport {
  termsAdded: number;
  documentsAdded: string[];
  /** Changes of the editorial pass applied (as revisions) to the first text. */
  revisionsAdded: number;
}

/**
 * Brings the library's first content into the database: the glossary and the
 * C.E.S.I. article with its reviewed English (the first edition, then the editorial
 * pass as revisions). Whatever is already there is left alone, so running it again
 * changes nothing.
 */
export async function seedLibrary(db: Database): Promise<SeedReport> {
  const documentsAdded: string[] = [];
  if (!(await db.document.findUnique({ where: { slug: translation.slug }, select: { id: true } }))) {
    await storeDocument(db, firstDocument(), { origin: "seed" });
    documentsAdded.push(translation.slug);
  }
  // After the text: some entries belong to it alone.
  const termsAdded = await addMissingTerms(db, glossary);
  const revisionsAdded = await applyEditorialPass(db);
  await addEditorialMarks(db);
  return { termsAdded, documentsAdded, revisionsAdded };
}

/** The editor's note and the places where the Italian source lost a word, where the text has none yet. */
async function addEditorialMarks(db: Database): Promise<void> {
  await db.$transaction(async (tx) => {
    await tx.document.updateMany({
      where: { slug: translation.slug, editorNoteIt: null, editorNoteEn: null },
      data: { editorNoteIt: editorNote.it, editorNoteEn: editorNote.en },
    });
    for (const { position, anchors } of lostWords) {
      await tx.paragraph.updateMany({
        where: { document: { slug: translation.slug }, position, lostWordsIt: null },
        data: { lostWordsIt: JSON.stringify(anchors) },
      });
    }
  });
}

/**
 * The editorial pass's changes, each a reviewed revision with its reason, on the pairs
 * that still hold the first edition's text (or note): a text the team has changed since
 * is theirs, and one already revised is left alone. One transaction for the whole pass.
 */
async function applyEditorialPass(db: Database): Promise<number> {
  const firstEdition = new Map(translation.paragraphs.map((paragraph, index) => [index + 1, paragraph]));
  return db.$transaction(async (tx) => {
    const pairs = await tx.paragraph.findMany({
      where: { document: { slug: translation.slug }, position: { in: editorialPass.map((change) => change.position) } },
      select: { id: true, position: true, textEn: true, translatorNote: true, version: true, status: true },
    });
    const byPosition = new Map(pairs.map((pair) => [pair.position, pair]));
    let applied = 0;
    for (const change of editorialPass) {
      const pair = byPosition.get(change.position);
      const first = firstEdition.get(change.position);
      if (!pair || !first || pair.status !== "approved") continue;
      const before = change.field === "text" ? pair.textEn : (pair.translatorNote ?? "");
      const original = change.field === "text" ? first.en : "note" in first ? first.note : "";
      if (before !== original || before === change.after) continue;
      const version = pair.version + 1;
      const now = new Date();
      await tx.paragraph.update({
        where: { id: pair.id },
        data:
          change.field === "text"
            ? { textEn: change.after, approvedEn: change.after, version, reviewedAt: now }
            : { translatorNote: change.after, approvedNote: change.after, version, reviewedAt: now },
      });
      await tx.revision.create({
        data: {
          paragraphId: pair.id,
          language: "en",
          field: change.field,
          before,
          after: change.after,
          version,
          status: "approved",
          origin: EDITORIAL_ORIGIN,
          reason: change.reason,
        },
      });
      byPosition.set(pair.position, {
        ...pair,
        version,
        ...(change.field === "text" ? { textEn: change.after } : { translatorNote: change.after }),
      });
      applied++;
    }
    return applied;
  });
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
