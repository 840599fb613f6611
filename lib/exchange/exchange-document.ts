import type { NewParagraph } from "../core/new-document";
import type { ReviewStatus } from "../generated/prisma/enums";
import type { UnitOrigin } from "./imported-paragraph";
import { REVIEW_STATUSES } from "../core/statuses";
import { totalWords, type WordCounts } from "../review/word-counts";

export type PairStatus = ReviewStatus;

/** One pair as the writers take it: the working edition (with a status) or the published one (without). */
export interface ExchangeParagraph {
  textIt: string;
  textEn: string;
  /** Absent in the readers' edition, which carries only what was published. */
  status?: PairStatus;
  translatorNote: string | null;
  headingLevel: number | null;
  /** Why a reviewer sent the pair back (working edition only, with the status needs changes). */
  statusReason?: string | null;
  /**
   * What readers see of a pair under review (working edition only): the English and its
   * note last approved, and the Italian last approved where it differs from the working
   * one. A file imported as a new text keeps them published, so readers do not lose them
   * to the review.
   */
  publishedEn?: string | null;
  publishedNote?: string | null;
  publishedIt?: string | null;
  /** The pair's version (working edition only): a file brought back to update the text says which edits it was made from. */
  version?: number;
  /** Where the Italian source lost a word (lib/reader/lost-words.ts): the e-book marks it, the exchange formats carry the Italian as stored. */
  lostWordsIt?: string | null;
}

/** A document's pairs: in hand (an array), or read as they are written out (a long text, in batches). */
export type ExchangePairs = readonly ExchangeParagraph[] | AsyncIterable<ExchangeParagraph>;

export interface ExchangeDocument<Pairs extends ExchangePairs = ExchangeParagraph[]> {
  slug: string;
  titleIt: string;
  titleEn: string;
  sourceName: string;
  attribution: string;
  sourceUrl: string | null;
  publishedOn: string | null;
  /** The title exactly as the source gave it (in capitals, say), when it differs from the shown one. */
  originalTitle?: string;
  /** The text's words by status (working edition only): what a translator prices and plans. */
  words?: WordCounts;
  paragraphs: Pairs;
}

/** A document whose pairs are read from the database as a file is written (lib/exchange/editions.ts). */
export type StreamedDocument = ExchangeDocument<AsyncIterable<ExchangeParagraph>>;

/**
 * Each pair made into what a writer writes for it (with its index), the `before` items
 * first: an array for pairs in hand, and for streamed pairs an async iterable that reads
 * them only as it is written out.
 */
export function mapPairs<T>(pairs: readonly ExchangeParagraph[], write: (pair: ExchangeParagraph, index: number) => T, before?: T[]): T[];
export function mapPairs<T>(
  pairs: ExchangePairs,
  write: (pair: ExchangeParagraph, index: number) => T,
  before?: T[],
): T[] | AsyncIterable<T>;
export function mapPairs<T>(pairs: ExchangePairs, write: (pair: ExchangeParagraph, index: number) => T, before: T[] = []) {
  if (Array.isArray(pairs)) return [...before, ...(pairs as readonly ExchangeParagraph[]).map(write)];
  return (async function* () {
    yield* before;
    let index = 0;
    for await (const pair of pairs) yield write(pair, index++);
  })();
}

/** mapPairs for writers that make several items of a pair (one per sentence link). */
export function flatMapPairs<T>(pairs: ExchangePairs, write: (pair: ExchangeParagraph, index: number) => T[]): T[] | AsyncIterable<T> {
  if (Array.isArray(pairs)) return (pairs as readonly ExchangeParagraph[]).flatMap(write);
  return (async function* () {
    let index = 0;
    for await (const pair of pairs) yield* write(pair, index++);
  })();
}

/** How an export cuts a text: a unit per pair (the default), or per sentence link within each pair. */
export type Segmentation = "paragraphs" | "sentences";

/** A streamed document with all its pairs read (for tests and tools that want them in hand). */
export async function readAllPairs(document: StreamedDocument): Promise<ExchangeDocument> {
  const paragraphs: ExchangeParagraph[] = [];
  for await (const pair of document.paragraphs) paragraphs.push(pair);
  return { ...document, paragraphs };
}

/** A document read from an exchange file, ready for the importer to give a slug and store. */
export interface ImportedDocument {
  /** The language the file's text was written in (an XLIFF's source language), when it says. */
  originalLanguage?: "it" | "en";
  titleIt: string;
  titleEn: string;
  sourceName?: string;
  attribution?: string;
  sourceUrl?: string;
  publishedOn?: string;
  originalTitle?: string;
  paragraphs: NewParagraph[];
  /** Where each paragraph's unit came from (same order), for updating a text from the file. */
  origins: UnitOrigin[];
}

/** The document's own fields, carried as named properties (TMX prop, XLIFF metadata). */
const METADATA = {
  "title-it": "titleIt",
  "title-en": "titleEn",
  "source-name": "sourceName",
  attribution: "attribution",
  "source-url": "sourceUrl",
  "published-on": "publishedOn",
  "original-title": "originalTitle",
} as const satisfies Record<string, keyof ExchangeDocument<ExchangePairs> & keyof ImportedDocument>;

/** The prefix of every property A Fronte writes ("x-" marks a user-defined type in TMX). */
export const PROPERTY_PREFIX = "x-a-fronte-";

/**
 * The document's non-empty metadata as [name, value] pairs, names without a prefix
 * ("title-it"); for the working edition also its words by status ("words-approved":
 * "pairs=12 it=840 en=812"), which importing ignores.
 */
export function documentMetadata(document: ExchangeDocument<ExchangePairs>): [string, string][] {
  const fields = Object.entries(METADATA).flatMap(([name, field]) => {
    const value = document[field];
    // The original title only where it differs from the one shown (a title in capitals).
    if (field === "originalTitle" && value === document.titleIt) return [];
    return value ? [[name, value] as [string, string]] : [];
  });
  const { words } = document;
  if (!words) return fields;
  const line = ({ pairs, it, en }: { pairs: number; it: number; en: number }) => `pairs=${pairs} it=${it} en=${en}`;
  return [
    ...fields,
    ["words-total", line(totalWords(words))],
    ...REVIEW_STATUSES.map((status): [string, string] => [`words-${status.replace("_", "-")}`, line(words[status])]),
  ];
}

/**
 * Builds the imported document from the metadata a file carried (names without a
 * prefix); a file written by another tool has none, so the title is its file name.
 */
export function importedDocument(
  metadata: ReadonlyMap<string, string>,
  paragraphs: NewParagraph[],
  origins: UnitOrigin[],
  fileName: string,
): ImportedDocument {
  const fields: Partial<Record<(typeof METADATA)[keyof typeof METADATA], string>> = {};
  for (const [name, field] of Object.entries(METADATA)) {
    const value = metadata.get(name)?.trim();
    if (value) fields[field] = value;
  }
  return { ...fields, titleIt: fields.titleIt ?? titleFromFileName(fileName), titleEn: fields.titleEn ?? "", paragraphs, origins };
}

function titleFromFileName(fileName: string): string {
  const base = (fileName.split(/[\\/]/).pop() ?? fileName).replace(/(\.[a-z0-9]+)+$/i, "");
  return base.replace(/[-_]+/g, " ").trim() || fileName;
}

/** The two languages of a pair, from a tag such as "it", "it-IT" or "EN-gb"; null for any other. */
export function pairLanguage(tag: string | undefined): "it" | "en" | null {
  const primary = tag?.trim().toLowerCase().split(/[-_]/)[0];
  return primary === "it" || primary === "en" ? primary : null;
}
