import { decodeText } from "../core/decode-text";
import { ImportError } from "../core/import-error";
import { isShouted, sentenceCaseTitle } from "../text/title-case";
import { escapeInlineMarkdown, type SourceOptions, type SourceText, type TextBlock } from "./source-text";

/** What a plain-text file holds once its layout is read. */
export interface ParsedText extends SourceText {
  /** The blocks as written, one line each, without Markdown (the blocks hold the stored form). */
  paragraphs: string[];
}

export type ParseOptions = SourceOptions;

const MAX_TITLE_LENGTH = 200;
const MAX_ATTRIBUTION_LENGTH = 200;

// Lines that web pages' share and print widgets leave in scraped text.
const DEBRIS = [
  /^clicca su \+ per scegliere altri social/i,
  /^(condividi|condividilo|share)( (su|on|via|this|questo articolo|this article))?\b.{0,60}$/i,
  /^(click|clicca) (to|per) (share|condividere|print|stampare)\b/i,
  /^(tweet|stampa|print|email|e-mail|whatsapp|telegram|facebook|twitter|linkedin)$/i,
];

const ATTRIBUTION = /^(fonte|fonti|source|sources)\s*(?::\s*|\n)\s*(\S[\s\S]*)$/i;

/**
 * Reads a UTF-8 plain-text file laid out one paragraph per block (blocks separated
 * by blank lines; lines inside a block are joined). The first block is the title;
 * a closing "Fonte" block is the attribution; share-widget debris is left out.
 */
export function parsePlainText(bytes: Uint8Array, options: ParseOptions = {}): ParsedText {
  const fileName = options.fileName ?? "the file";
  const blocks = splitBlocks(decodeText(bytes, fileName, options)).map((raw) => ({
    raw,
    block: { text: escapeInlineMarkdown(joinLines(raw)) },
  }));
  return readBlocks(blocks, options);
}

/** A block as read from a file: its text as written (lines kept) and as it will be stored. */
export interface RawBlock {
  raw: string;
  block: TextBlock;
  /** A heading that may be the title when it opens the file (Markdown's `#`; never `##`). */
  title?: boolean;
}

/**
 * The layout rules shared with Markdown: share-widget debris is left out, a closing
 * "Fonte" block is the attribution, and the first block the title when it is a
 * heading marked as a possible title or, not being a heading, a title line.
 */
export function readBlocks(blocks: RawBlock[], options: ParseOptions): ParsedText {
  const fileName = options.fileName ?? "the file";
  const discarded: string[] = [];
  const kept = blocks.filter(({ raw }) => {
    const isDebris = raw.length <= 120 && DEBRIS.some((pattern) => pattern.test(raw));
    if (isDebris) discarded.push(raw);
    return !isDebris;
  });

  const attributionMatch = kept.length > 1 && !kept.at(-1)?.block.headingLevel ? ATTRIBUTION.exec(kept.at(-1)?.raw ?? "") : null;
  let attribution: ParsedText["attribution"] = null;
  if (attributionMatch && (attributionMatch[0]?.length ?? 0) <= MAX_ATTRIBUTION_LENGTH) {
    kept.pop();
    attribution = { label: capitalize(attributionMatch[1] ?? ""), source: joinLines(attributionMatch[2] ?? "") };
  }

  if (kept.length === 0) {
    throw new ImportError("no-paragraphs", `${fileName} has no paragraphs: nothing is left once share-widget lines are removed.`);
  }
  const titleRequired = options.titleRequired ?? true;
  const first = kept[0];
  const opensWithTitle =
    !!first &&
    (first.block.headingLevel !== undefined ? first.title === true : isTitleLine(first.raw)) &&
    (kept.length > 1 || (options.title === undefined && titleRequired));
  const originalTitle = (opensWithTitle ? joinLines(kept.shift()?.raw ?? "") : options.title?.trim()) ?? "";
  if (!originalTitle && titleRequired && first?.block.headingLevel !== undefined) {
    throw new ImportError(
      "no-title",
      `${fileName} opens with a section heading ("${joinLines(first.raw)}"), not a title (a "# " heading), and no title was given.`,
    );
  }
  if (!originalTitle && titleRequired) {
    throw new ImportError(
      "no-title",
      `${fileName} does not open with a title (one line of at most ${MAX_TITLE_LENGTH} characters, then a blank line) and no title was given.`,
    );
  }
  const paragraphs = kept.map(({ raw }) => joinLines(raw));
  if (kept.every(({ block }) => block.headingLevel !== undefined)) {
    throw new ImportError("no-paragraphs", `${fileName} has a title ("${originalTitle}") but no paragraphs after it.`);
  }

  const title = isShouted(originalTitle) ? sentenceCaseTitle(originalTitle, options.properNames ?? []) : originalTitle;
  return { title, originalTitle, paragraphs, blocks: kept.map(({ block }) => block), attribution, discarded };
}

function isTitleLine(block: string): boolean {
  return !block.includes("\n") && block.length <= MAX_TITLE_LENGTH && !/[.;,:]$/.test(block);
}

function splitBlocks(text: string): string[] {
  return text
    .split(/\n[ \t]*\n/)
    .map((block) =>
      block
        .split("\n")
        .map((line) => line.trim())
        .filter(Boolean)
        .join("\n"),
    )
    .filter(Boolean);
}

export function joinLines(block: string): string {
  return block
    .split("\n")
    .join(" ")
    .replace(/[ \t]+/g, " ")
    .trim();
}

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1).toLowerCase();
}
