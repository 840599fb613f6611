/** One block of a source text: a paragraph, or a heading of Markdown level 2–6. */
export interface TextBlock {
  /** In the inline Markdown texts carry: `*em*`, `**strong**`, `\*` and `\\` for literal characters. */
  text: string;
  headingLevel?: number;
}

/** What an importer reads from one file, before it becomes a document. */
export interface SourceText {
  /** The title as it should be shown; "" when the file has none and none was required. */
  title: string;
  /** The title exactly as the file gave it. */
  originalTitle: string;
  blocks: TextBlock[];
  /** "Fonte: C.E.S.I." at the end of an article, kept as metadata, not body text. */
  attribution: { label: string; source: string } | null;
  /** Blocks left out as web-page debris (share widgets), so the caller can report them. */
  discarded: string[];
}

export interface SourceOptions {
  fileName?: string;
  /** The title to use when the file does not open with a title line. */
  title?: string;
  /** False for a translation, whose title is welcome but not needed. */
  titleRequired?: boolean;
  /** Spellings of proper names, to restore in a title set in capitals. */
  properNames?: readonly string[];
  /** Remove invisible characters (direction controls) instead of refusing the file for them. */
  stripInvisible?: boolean;
}

/** Plain text in the texts' inline Markdown (lib/text/inline-markdown.ts). */
export { escapeInlineMarkdown } from "../text/inline-markdown";
