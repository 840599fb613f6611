import type { ExchangeDocument } from "./exchange-document";

/** The words the Markdown edition needs, in the reader's language. */
export interface MarkdownLabels {
  source: string;
  published: string;
  translatorNote: string;
  /** Put in place of English not yet published. */
  untranslated: string;
}

/**
 * The readers' edition as Markdown, a fronte in one column: each Italian paragraph
 * followed by its English as a quotation, headings at their level, the translator's
 * note under the English. Inline emphasis is already Markdown in the texts.
 */
export function writeMarkdown(document: ExchangeDocument, labels: MarkdownLabels): string {
  const blocks: string[] = [`# ${escapeBlock(document.titleIt)}`];
  if (document.titleEn) blocks.push(`> # ${escapeBlock(document.titleEn)}`);
  const about = [
    `${labels.source}: ${document.attribution}`,
    document.publishedOn ? `${labels.published}: ${document.publishedOn}` : null,
    document.sourceUrl ? `<${document.sourceUrl}>` : null,
  ].filter(Boolean);
  blocks.push(about.join("  \n"), "---");

  for (const paragraph of document.paragraphs) {
    const marker = paragraph.headingLevel ? `${"#".repeat(paragraph.headingLevel)} ` : "";
    if (paragraph.textIt) blocks.push(`${marker}${escapeBlock(paragraph.textIt)}`);
    const english = paragraph.textEn ? `${marker}${escapeBlock(paragraph.textEn)}` : `*${labels.untranslated}*`;
    blocks.push(quote(english));
    if (paragraph.translatorNote) blocks.push(quote(`*${labels.translatorNote}:* ${paragraph.translatorNote}`));
  }
  return `${blocks.join("\n\n")}\n`;
}

function quote(block: string): string {
  return block
    .split("\n")
    .map((line) => `> ${line}`)
    .join("\n");
}

/** Keeps a paragraph whose lines open like Markdown syntax ("# ", "- ", "1. ", "> ") a plain paragraph. */
function escapeBlock(text: string): string {
  return text.replace(/^(#{1,6}\s|[-+*]\s|>)/gm, (start) => `\\${start}`).replace(/^(\d+)([.)]\s)/gm, "$1\\$2");
}
