import { decodeText } from "./decode-text";
import { ImportError } from "./import-error";
import { isShouted, sentenceCaseTitle } from "../text/title-case";

/** What a plain-text file holds once its layout is read. */
export interface ParsedText {
  /** The title as it should be shown (sentence case when the source shouted it). */
  title: string;
  /** The title exactly as the file gave it. */
  originalTitle: string;
  paragraphs: string[];
  /** "Fonte: C.E.S.I." at the end of an article, kept as metadata, not body text. */
  attribution: { label: string; source: string } | null;
  /** Blocks left out as web-page debris (share widgets), so the caller can report them. */
  discarded: string[];
}

export interface ParseOptions {
  fileName?: string;
  /** The title to use when the file does not open with a title line. */
  title?: string;
  /** Spellings of proper names, to restore in a title set in capitals. */
  properNames?: readonly string[];
}

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
  const blocks = splitBlocks(decodeText(bytes, fileName));

  const discarded: string[] = [];
  const kept = blocks.filter((block) => {
    const isDebris = block.length <= 120 && DEBRIS.some((pattern) => pattern.test(block));
    if (isDebris) discarded.push(block);
    return !isDebris;
  });

  const attributionMatch = kept.length > 1 ? ATTRIBUTION.exec(kept.at(-1) ?? "") : null;
  let attribution: ParsedText["attribution"] = null;
  if (attributionMatch && (attributionMatch[0]?.length ?? 0) <= MAX_ATTRIBUTION_LENGTH) {
    kept.pop();
    attribution = { label: capitalize(attributionMatch[1] ?? ""), source: joinLines(attributionMatch[2] ?? "") };
  }

  if (kept.length === 0) {
    throw new ImportError("no-paragraphs", `${fileName} has no paragraphs: nothing is left once share-widget lines are removed.`);
  }
  const opensWithTitle = isTitleLine(kept[0] ?? "") && (kept.length > 1 || options.title === undefined);
  const originalTitle = opensWithTitle ? joinLines(kept.shift() ?? "") : options.title?.trim();
  if (!originalTitle) {
    throw new ImportError(
      "no-title",
      `${fileName} does not open with a title (one line of at most ${MAX_TITLE_LENGTH} characters, then a blank line) and no title was given.`,
    );
  }
  const paragraphs = kept.map(joinLines);
  if (paragraphs.length === 0) {
    throw new ImportError("no-paragraphs", `${fileName} has a title ("${originalTitle}") but no paragraphs after it.`);
  }

  const title = isShouted(originalTitle) ? sentenceCaseTitle(originalTitle, options.properNames ?? []) : originalTitle;
  return { title, originalTitle, paragraphs, attribution, discarded };
}

function isTitleLine(block: string): boolean {
  return !block.includes("\n") && block.length <= MAX_TITLE_LENGTH && !/[.;,]$/.test(block);
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

function joinLines(block: string): string {
  return block.split("\n").join(" ").replace(/[ \t]+/g, " ").trim();
}

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1).toLowerCase();
}
