// A long text on a real database: its outline as the reader reads it, the workspace's
// pages and filters, and "next pair that needs work" across pages.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { storeDocument } from "@/lib/import/store-document";
import { createGlossaryMatchers } from "@/lib/glossary/mark-paragraphs";
import { countSections, getOutline, getReaderSection, sectionNumberOf } from "@/lib/reader/sections";
import { parseReviewFilters } from "@/lib/review/filters";
import { countWords, noWords } from "@/lib/review/word-counts";
import { findPairNeedingWork, getWorkspacePage, WORKSPACE_PAGE_SIZE } from "@/lib/review/workspace";

const SLUG = "libro-lungo";
const COUNT = 460;
const matchers = createGlossaryMatchers([
  {
    slug: "cina",
    forms: [
      { language: "it", form: "Cina" },
      { language: "en", form: "China" },
    ],
  },
]);
const filters = (query: Record<string, string> = {}) => parseReviewFilters(query);

beforeAll(async () => {
  await storeDocument(
    db,
    {
      slug: SLUG,
      titleIt: "Un libro lungo",
      titleEn: "A long book",
      originalTitle: "Un libro lungo",
      sourceName: "Redazione",
      attribution: "Redazione",
      paragraphs: Array.from({ length: COUNT }, (_, index) => {
        const position = index + 1;
        // Chapters at 1, 101, 201, 301, 401; pair 230 waits for review; pair 400 lost its number in English.
        if (position % 100 === 1)
          return {
            textIt: `Capitolo ${(position + 99) / 100}`,
            textEn: `Chapter ${(position + 99) / 100}`,
            headingLevel: 2,
            status: "approved" as const,
          };
        if (position === 440)
          return {
            textIt: "Il trattato fu firmato dopo lunghi e difficili negoziati a Pechino.",
            textEn: "Signed.",
            status: "approved" as const,
          };
        if (position === 230)
          return { textIt: "La Cina firmò l’accordo.", textEn: "China signed the agreement.", status: "translated" as const };
        if (position === 400) return { textIt: "Nel 2005 la Cina firmò.", textEn: "China signed that year.", status: "approved" as const };
        return {
          textIt: `Il paragrafo numero ${position} parla della Cina.`,
          textEn: `Paragraph number ${position} is about China.`,
          status: "approved" as const,
        };
      }),
    },
    { origin: "import" },
  );
});

describe("a long text's outline", () => {
  it("cuts the text at its chapters, each chapter's heading in both languages", async () => {
    const outline = await getOutline(SLUG);
    expect(outline?.sections.map((section) => [section.first, section.last, section.titles?.en])).toEqual([
      [1, 100, "Chapter 1"],
      [101, 200, "Chapter 2"],
      [201, 300, "Chapter 3"],
      [301, 400, "Chapter 4"],
      [401, 460, "Chapter 5"],
    ]);
    expect(await countSections(SLUG)).toBe(5);
  });

  it("reads one section's pairs, and finds the section of any pair", async () => {
    const page = await getReaderSection(SLUG, 2);
    expect(page?.pairs.map((pair) => pair.position)).toEqual(Array.from({ length: 100 }, (_, index) => 101 + index));
    expect(await getReaderSection(SLUG, 6)).toBeNull();
    expect(await sectionNumberOf(SLUG, 400)).toBe(4);
    expect(await sectionNumberOf(SLUG, 461)).toBeNull();
    expect(await sectionNumberOf("nessun-testo", 1)).toBeNull();
  });
});

describe("the workspace of a long text", () => {
  it("shows one page of pairs, with the whole text's progress counted by the database", async () => {
    const first = await getWorkspacePage(SLUG, filters(), matchers);
    expect(first?.pairs.map(({ pair }) => pair.position)).toEqual(Array.from({ length: WORKSPACE_PAGE_SIZE }, (_, index) => index + 1));
    expect(first).toMatchObject({ shown: COUNT, total: COUNT, page: 1, pageCount: 10 });
    expect(first?.counts).toMatchObject({ approved: COUNT - 1, translated: 1, draft: 0, needs_changes: 0 });
    // Words by status, counted by the database exactly as countWords counts each text.
    const stored = await db.paragraph.findMany({
      where: { document: { slug: SLUG } },
      select: { status: true, textIt: true, textEn: true },
    });
    const expected = noWords();
    for (const pair of stored) {
      expected[pair.status].pairs++;
      expected[pair.status].it += countWords(pair.textIt);
      expected[pair.status].en += countWords(pair.textEn);
    }
    expect(first?.words).toEqual(expected);
    expect(first?.words.translated).toEqual({ pairs: 1, it: 4, en: 4 });
    const last = await getWorkspacePage(SLUG, filters({ page: "10" }), matchers);
    expect(last?.pairs.map(({ pair }) => pair.position)).toEqual(Array.from({ length: 10 }, (_, index) => 451 + index));
    // A page past the end shows the last one.
    expect((await getWorkspacePage(SLUG, filters({ page: "99" }), matchers))?.page).toBe(10);
  });

  it("filters by status, by words in either language and by check, across the whole text", async () => {
    const translated = await getWorkspacePage(SLUG, filters({ status: "translated" }), matchers);
    expect(translated?.pairs.map(({ pair }) => pair.position)).toEqual([230]);
    const words = await getWorkspacePage(SLUG, filters({ q: "numero 3" }), matchers);
    // "numero 3", "numero 30".."numero 39", "numero 300".."numero 399" but not the chapters.
    expect(words?.shown).toBe(1 + 10 + 100 - 1);
    const numbers = await getWorkspacePage(SLUG, filters({ check: "numbers" }), matchers);
    expect(numbers?.pairs.map(({ pair, warnings }) => [pair.position, warnings.map((warning) => warning.code)])).toEqual([
      [400, ["numbers"]],
    ]);
  });

  it("finds the next pair that needs work pages away, and the previous one, or says there is none", async () => {
    expect(await findPairNeedingWork(SLUG, filters(), 10, 1, matchers)).toEqual({ position: 230, page: 5 });
    expect(await findPairNeedingWork(SLUG, filters(), 230, 1, matchers)).toEqual({ position: 400, page: 8 });
    expect(await findPairNeedingWork(SLUG, filters(), 440, -1, matchers)).toEqual({ position: 400, page: 8 });
    expect(await findPairNeedingWork(SLUG, filters(), 400, 1, matchers)).toEqual({ position: 440, page: 9 });
    expect(await findPairNeedingWork(SLUG, filters(), 440, 1, matchers)).toBeNull();
    // Under a filter, only the pairs it shows count, and pages are the filtered list's.
    expect(await findPairNeedingWork(SLUG, filters({ check: "numbers" }), 1, 1, matchers)).toEqual({ position: 400, page: 1 });
  });

  it("judges a pair afresh once its text changed", async () => {
    const pair = await db.paragraph.findFirstOrThrow({ where: { position: 400, document: { slug: SLUG } } });
    await db.paragraph.update({ where: { id: pair.id }, data: { textEn: "In 2005 China signed.", version: { increment: 1 } } });
    expect((await getWorkspacePage(SLUG, filters({ check: "numbers" }), matchers))?.shown).toBe(0);
    expect(await findPairNeedingWork(SLUG, filters(), 230, 1, matchers)).toEqual({ position: 440, page: 9 });
  });
});

describe("consistency across a text", () => {
  it("finds, under the check filter, every pair whose Italian is translated otherwise elsewhere in the text", async () => {
    const slug = "coerenza";
    await storeDocument(
      db,
      {
        slug,
        titleIt: "Coerenza",
        titleEn: "Consistency",
        originalTitle: "Coerenza",
        sourceName: "Redazione",
        attribution: "Redazione",
        paragraphs: Array.from({ length: 120 }, (_, index) => {
          const position = index + 1;
          // "Fine del capitolo." closes every 20th pair: pair 80 says it otherwise.
          if (position % 20 === 0)
            return {
              textIt: "Fine del capitolo.",
              textEn: position === 80 ? "Chapter ends." : "End of the chapter.",
              status: "translated" as const,
            };
          return { textIt: `Paragrafo ${position}.`, textEn: `Paragraph ${position}.`, status: "translated" as const };
        }),
      },
      { origin: "import" },
    );
    const page = await getWorkspacePage(slug, filters({ check: "consistency" }), matchers);
    expect(page?.pairs.map(({ pair, warnings }) => [pair.position, warnings.find((warning) => warning.code === "consistency")])).toEqual([
      [20, { code: "consistency", positions: [80], more: 0 }],
      [40, { code: "consistency", positions: [80], more: 0 }],
      [60, { code: "consistency", positions: [80], more: 0 }],
      [80, { code: "consistency", positions: [20, 40, 60, 100, 120], more: 0 }],
      [100, { code: "consistency", positions: [80], more: 0 }],
      [120, { code: "consistency", positions: [80], more: 0 }],
    ]);
  });
});
