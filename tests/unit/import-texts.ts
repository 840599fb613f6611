import fs from "node:fs";
import { parsePlainText } from "@/lib/import/plain-text";
import { translation } from "@/prisma/seed/cesi-cina-kazakhstan.en";
import { SEED_TEXT_FILE } from "@/prisma/seed/seed-library";

/** The seed article's 15 Italian paragraphs and their reviewed English, pair by pair. */
export const italian: readonly string[] = parsePlainText(fs.readFileSync(SEED_TEXT_FILE)).paragraphs;
export const english: readonly string[] = translation.paragraphs.map((paragraph) => paragraph.en);

/** A paragraph cut in two at the comma or semicolon nearest its middle, as translators sometimes do. */
export function splitInTwo(paragraph: string): [string, string] {
  const breaks = [...paragraph.matchAll(/[,;] /g)].map((match) => match.index);
  const cut = breaks.sort((a, b) => Math.abs(a - paragraph.length / 2) - Math.abs(b - paragraph.length / 2))[0];
  if (cut === undefined) throw new Error(`nowhere to cut "${paragraph.slice(0, 40)}…"`);
  return [paragraph.slice(0, cut + 1), paragraph.slice(cut + 2)];
}

/** The English with paragraph `index` split in two: one more paragraph than the Italian. */
export function englishWithSplit(index: number): string[] {
  return english.flatMap((paragraph, at) => (at === index ? splitInTwo(paragraph) : [paragraph]));
}
