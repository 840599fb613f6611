import type { NewTerm } from "../../lib/glossary/new-term";
import type { NewDocument } from "../../lib/core/new-document";

/** A deterministic pseudo-random sequence, so every run measures the same inputs. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const SYLLABLES = ["ca", "te", "ri", "no", "lu", "sa", "mi", "ve", "do", "ra", "po", "gi", "ze", "fa", "bo", "ne"];

function pseudoWord(next: () => number, length: number): string {
  return Array.from({ length }, () => SYLLABLES[Math.floor(next() * SYLLABLES.length)]).join("");
}

/** `count` made-up terms, one to three words each, with an Italian and an English form. */
export function generateTerms(count: number, seed = 7): NewTerm[] {
  const next = random(seed);
  return Array.from({ length: count }, (_, index) => {
    const words = Array.from({ length: 1 + Math.floor(next() * 3) }, () => pseudoWord(next, 2 + Math.floor(next() * 3)));
    const form = words.join(" ");
    return {
      slug: `generated-${index}`,
      kind: "concept",
      termIt: form,
      termEn: `${form} (en)`,
      definitionIt: "Termine generato per la misura delle prestazioni del glossario.",
      definitionEn: "A term generated to measure the glossary's performance.",
      formsIt: [form, `${form}i`],
      formsEn: [form],
    };
  });
}

/** A bench's own text of the given pairs, titled by its slug. */
export function benchText(slug: string, paragraphs: NewDocument["paragraphs"]): NewDocument {
  return { slug, titleIt: slug, titleEn: slug, originalTitle: slug, sourceName: "Benchmark", attribution: "Benchmark", paragraphs };
}

/** `count` paragraph pairs cut from real paragraphs, so terms occur as in a real text. */
export function generateDocument(slug: string, count: number, italian: readonly string[], english: readonly string[]): NewDocument {
  return {
    slug,
    titleIt: `Documento di prova (${count} paragrafi)`,
    titleEn: `Benchmark document (${count} paragraphs)`,
    originalTitle: `Documento di prova (${count} paragrafi)`,
    sourceName: "Benchmark",
    attribution: "Benchmark",
    paragraphs: Array.from({ length: count }, (_, index) => ({
      textIt: italian[index % italian.length] ?? "",
      textEn: english[index % english.length] ?? "",
      status: "approved" as const,
    })),
  };
}

/**
 * A book of `count` pairs cut from real paragraphs, with a chapter heading pair every
 * `chapterEvery` pairs ("## Capitolo 3" / "## Chapter 3"), so that it has an outline.
 */
export function generateBook(
  slug: string,
  count: number,
  italian: readonly string[],
  english: readonly string[],
  chapterEvery = 150,
): NewDocument {
  const book = generateDocument(slug, count, italian, english);
  return {
    ...book,
    titleIt: `Libro di prova (${count} paragrafi)`,
    titleEn: `Test book (${count} paragraphs)`,
    originalTitle: `Libro di prova (${count} paragrafi)`,
    paragraphs: book.paragraphs.map((paragraph, index) => {
      if (index % chapterEvery !== 0) return paragraph;
      const chapter = index / chapterEvery + 1;
      return { textIt: `Capitolo ${chapter}`, textEn: `Chapter ${chapter}`, status: "approved" as const, headingLevel: 2 };
    }),
  };
}
