import { z } from "zod";
import { MAX_PARAGRAPH_LENGTH } from "../core/limits";
import { defineMutation, refuse, type Actor, type Transaction } from "../core/mutation";
import { conflictWith, NOT_FOUND, rowId, type Outcome } from "../core/outcome";
import { userText } from "../core/user-text";
import type { AlignmentChange, Language, Prisma, RevisionField } from "../generated/prisma/client";

// Reviewers fix the aligner's pairing by hand: merge a pair with the next, split one in
// two, or move a pair's English to a neighbour. Every pair a change touches:
// - gets a revision per text that changed, marked with the kind of change;
// - goes back to review (translated, or draft without English) with a new version;
// - has its English withdrawn from readers (its approved English and note are cleared)
//   until a reviewer approves it again, so a reader never sees an English beside an
//   Italian it no longer belongs to: the reader shows the placeholder meanwhile;
// - keeps its published Italian, re-cut the same way (merged, split or left as it
//   was): a re-alignment moves boundaries, it never publishes a pending Italian edit;
// - loses the aligner's confidence, since a person has now paired it.
// A merged-away pair's revisions and comments move to the pair it joined.
// A heading pair stays a heading and a body pair stays body text: merging or moving
// English between pairs of different kinds (or heading levels) is refused, and a
// split heading gives two headings of its level (merging them back undoes it).

/** Why a re-alignment was refused beyond a malformed input. */
export type AlignmentProblem =
  "no-split-mark" | "several-split-marks" | "text-changed" | "nothing-to-move" | "too-long" | "heading-mismatch" | "range";
export type AlignmentRefusal = { ok: false; status: 422; error: "alignment"; problem: AlignmentProblem };
/** `changed`: how many pairs a re-alignment of a run rewrote. */
export type AlignmentOutcome = Outcome<{ position: number; changed?: number }> | AlignmentRefusal;

const mergeInput = z.object({ paragraphId: rowId, baseVersion: rowId, nextId: rowId, nextVersion: rowId });
const moveInput = z.object({ paragraphId: rowId, baseVersion: rowId, neighbourId: rowId, neighbourVersion: rowId });
const splitText = userText({ max: MAX_PARAGRAPH_LENGTH + 100, allowEmpty: true });
const splitInput = z.object({ paragraphId: rowId, baseVersion: rowId, textIt: splitText, textEn: splitText });

/** A blank line (spaces allowed) marks where a text splits. */
const SPLIT_MARK = /\n\s*\n/;

/** Merges a pair with the one after it: each language's texts joined with a single space. */
export const mergeWithNext = defineMutation({
  may: "review",
  input: mergeInput,
  async write(tx, { input: { paragraphId, baseVersion, nextId, nextVersion }, actor, changes }): Promise<AlignmentOutcome> {
    const first = await claim(tx, paragraphId, baseVersion);
    const second = await claim(tx, nextId, nextVersion);
    if (second.documentId !== first.documentId || second.position !== first.position + 1) refuse(conflictWith(second, second.textEn));
    if (second.headingLevel !== first.headingLevel) refuse(problem("heading-mismatch"));
    const merged = {
      textIt: join(first.textIt, second.textIt),
      approvedIt: join(first.approvedIt ?? "", second.approvedIt ?? ""),
      textEn: join(first.textEn, second.textEn),
      translatorNote: join(first.translatorNote ?? "", second.translatorNote ?? "") || null,
      headingLevel: first.headingLevel,
    };
    if (merged.textIt.length > MAX_PARAGRAPH_LENGTH || merged.textEn.length > MAX_PARAGRAPH_LENGTH) refuse(problem("too-long"));

    await tx.revision.updateMany({ where: { paragraphId: second.id }, data: { paragraphId: first.id } });
    await tx.comment.updateMany({ where: { paragraphId: second.id }, data: { paragraphId: first.id } });
    await tx.paragraph.delete({ where: { id: second.id } });
    await shiftPositions(tx, first.documentId, second.position, -1);
    await rewrite(tx, first, merged, { actor, change: "merge", at: new Date() });
    changes.text(first.document.slug, { published: true });
    return { ok: true, position: first.position };
  },
});

/**
 * Splits a pair in two where a blank line marks each text; a text without the mark
 * stays whole in the first pair, and the new pair's half in that language is empty.
 * Only the split is applied: the words must be the pair's own.
 */
export const splitPair = defineMutation({
  may: "review",
  input: splitInput,
  async write(tx, { input: { paragraphId, baseVersion, ...texts }, actor, changes }): Promise<AlignmentOutcome> {
    const italian = texts.textIt.split(SPLIT_MARK);
    const english = texts.textEn.split(SPLIT_MARK);
    if (italian.length > 2 || english.length > 2) return problem("several-split-marks");
    if (italian.length < 2 && english.length < 2) return problem("no-split-mark");

    const pair = await claim(tx, paragraphId, baseVersion);
    if (!sameWords(italian.join(" "), pair.textIt) || !sameWords(english.join(" "), pair.textEn)) refuse(problem("text-changed"));
    const at = new Date();
    await shiftPositions(tx, pair.documentId, pair.position, +1);
    const added = await tx.paragraph.create({
      data: {
        documentId: pair.documentId,
        position: pair.position + 1,
        textIt: "",
        textEn: "",
        approvedIt: "",
        headingLevel: pair.headingLevel,
      },
      select: STATE,
    });
    const half = (parts: string[], index: number) => parts[index]?.trim() ?? "";
    // Both halves keep the pair's kind: a split heading gives two headings of its level.
    const headingLevel = pair.headingLevel;
    // Readers' Italian is cut where the working one is, unless it has an edit waiting
    // for approval: then the first pair keeps it whole until a reviewer approves both.
    const published = pair.approvedIt !== null && sameWords(pair.approvedIt, pair.textIt) ? italian : [pair.approvedIt ?? ""];
    const first = {
      textIt: half(italian, 0),
      approvedIt: half(published, 0),
      textEn: half(english, 0),
      translatorNote: pair.translatorNote,
      headingLevel,
    };
    await rewrite(tx, pair, first, { actor, change: "split", at });
    const second = {
      textIt: half(italian, 1),
      approvedIt: half(published, 1),
      textEn: half(english, 1),
      translatorNote: null,
      headingLevel,
    };
    await rewrite(tx, added, second, { actor, change: "split", at });
    changes.text(pair.document.slug, { published: true });
    return { ok: true, position: pair.position };
  },
});

/**
 * Moves a pair's English (and its note) to the previous or next pair, where it joins
 * that pair's English on the side it came from: the fix for an off-by-one pairing.
 */
export const moveEnglish = defineMutation({
  may: "review",
  input: moveInput,
  async write(tx, { input: { paragraphId, baseVersion, neighbourId, neighbourVersion }, actor, changes }): Promise<AlignmentOutcome> {
    const source = await claim(tx, paragraphId, baseVersion);
    const target = await claim(tx, neighbourId, neighbourVersion);
    if (target.documentId !== source.documentId || Math.abs(target.position - source.position) !== 1)
      refuse(conflictWith(target, target.textEn));
    if (source.textEn === "") refuse(problem("nothing-to-move"));
    // A heading's English must not become body text, nor body text a heading's.
    if (target.headingLevel !== source.headingLevel) refuse(problem("heading-mismatch"));
    const ordered = <T>(moved: T, staying: T) => (target.position > source.position ? [moved, staying] : [staying, moved]);
    const textEn = join(...ordered(source.textEn, target.textEn));
    if (textEn.length > MAX_PARAGRAPH_LENGTH) refuse(problem("too-long"));
    const translatorNote = join(...ordered(source.translatorNote ?? "", target.translatorNote ?? "")) || null;

    const at = new Date();
    const staying = (pair: PairRow) => ({ textIt: pair.textIt, approvedIt: pair.approvedIt, headingLevel: pair.headingLevel });
    await rewrite(tx, source, { ...staying(source), textEn: "", translatorNote: null }, { actor, change: "move", at });
    await rewrite(tx, target, { ...staying(target), textEn, translatorNote }, { actor, change: "move", at });
    changes.text(source.document.slug, { published: true });
    return { ok: true, position: source.position };
  },
});

type Tx = Transaction;
export const STATE = {
  id: true,
  documentId: true,
  position: true,
  textIt: true,
  approvedIt: true,
  textEn: true,
  translatorNote: true,
  headingLevel: true,
  version: true,
  status: true,
  document: { select: { slug: true } },
} as const;
export type PairRow = Prisma.ParagraphGetPayload<{ select: typeof STATE }>;
/** What a re-aligned pair is written with: its texts, readers' Italian, and its kind (a heading's level, or null for body text). */
type Texts = Pick<PairRow, "textIt" | "approvedIt" | "textEn" | "translatorNote" | "headingLevel">;

export function problem(kind: AlignmentProblem): AlignmentRefusal {
  return { ok: false, status: 422, error: "alignment", problem: kind };
}

/** Moves a pair on to its next version if it is still at the version the reviewer saw; refuses the re-alignment otherwise. */
export async function claim(tx: Tx, id: number, version: number): Promise<PairRow> {
  const { count } = await tx.paragraph.updateMany({ where: { id, version }, data: { version: version + 1 } });
  const pair = await tx.paragraph.findUnique({ where: { id }, select: STATE });
  if (!pair) refuse(NOT_FOUND);
  if (count === 0) refuse(conflictWith(pair, pair.textEn));
  return pair;
}

/**
 * Moves every pair after `position` by `by` places. Positions are unique per document
 * and SQLite checks that row by row, so they pass through negative numbers rather
 * than collide on the way (one expression each, which Prisma's updateMany cannot say).
 */
async function shiftPositions(tx: Tx, documentId: number, position: number, by: number): Promise<void> {
  await tx.$executeRaw`UPDATE "Paragraph" SET "position" = -("position" + ${by}) WHERE "documentId" = ${documentId} AND "position" > ${position}`;
  await tx.$executeRaw`UPDATE "Paragraph" SET "position" = -"position" WHERE "documentId" = ${documentId} AND "position" < 0`;
}

const FIELDS: { column: "textIt" | "textEn" | "translatorNote"; language: Language; field: RevisionField }[] = [
  { column: "textIt", language: "it", field: "text" },
  { column: "textEn", language: "en", field: "text" },
  { column: "translatorNote", language: "en", field: "note" },
];

/** Writes a re-aligned pair's texts, sends it back to review unpublished, and records a revision per changed text. */
export async function rewrite(
  tx: Tx,
  pair: PairRow,
  texts: Texts,
  context: { actor: Actor; change: AlignmentChange; at: Date },
): Promise<void> {
  const status = texts.textEn === "" ? "draft" : "translated";
  await tx.paragraph.update({
    where: { id: pair.id },
    data: {
      textIt: texts.textIt,
      textEn: texts.textEn,
      translatorNote: texts.translatorNote,
      // Always written, so no pair's kind is left to whatever the row held.
      headingLevel: texts.headingLevel,
      status,
      statusReason: null,
      alignmentConfidence: null,
      approvedEn: null,
      approvedIt: texts.approvedIt,
      approvedNote: null,
      reviewedById: null,
      reviewedAt: null,
    },
  });
  const changed = FIELDS.filter(({ column }) => (pair[column] ?? "") !== (texts[column] ?? ""));
  // A change that left every text as it was (a merge with an empty pair) is still recorded once.
  await tx.revision.createMany({
    data: (changed.length ? changed : FIELDS.slice(0, 1)).map(({ column, language, field }) => ({
      paragraphId: pair.id,
      language,
      field,
      before: pair[column] ?? "",
      after: texts[column] ?? "",
      version: pair.version,
      status,
      authorId: context.actor.id,
      alignmentChange: context.change,
      createdAt: context.at,
    })),
  });
}

function join(...parts: string[]): string {
  return parts.filter((part) => part.trim() !== "").join(" ");
}

function sameWords(a: string, b: string): boolean {
  const words = (text: string) => text.normalize("NFC").trim().replace(/\s+/g, " ");
  return words(a) === words(b);
}
