import { describe, expect, it } from "vitest";
import { buildOutline, sectionOf, SECTION_MAX, type OutlineHeading } from "@/lib/reader/outline";

const spans = (pairCount: number, headings: OutlineHeading[] = []) =>
  buildOutline(pairCount, headings).map((section) => [section.first, section.last]);

describe("buildOutline", () => {
  it("keeps a short text on one page, headings or not", () => {
    expect(spans(15)).toEqual([[1, 15]]);
    expect(spans(SECTION_MAX, [{ position: 50, level: 2 }])).toEqual([[1, SECTION_MAX]]);
    expect(buildOutline(15, [{ position: 1, level: 1 }])[0]).toEqual({ number: 1, first: 1, last: 15, heading: { position: 1, level: 1 } });
  });

  it("cuts a long text without headings into equal runs of at most SECTION_MAX pairs", () => {
    expect(spans(SECTION_MAX + 1)).toEqual([
      [1, 101],
      [102, 201],
    ]);
    const book = buildOutline(10_000, []);
    expect(book).toHaveLength(50);
    expect(book.every((section) => section.last - section.first + 1 === 200)).toBe(true);
    expect(book.at(-1)).toMatchObject({ number: 50, first: 9801, last: 10_000, heading: null });
  });

  it("cuts at the highest heading level, with the text before the first heading as a section of its own", () => {
    const chapters = [180, 360, 540].map((position) => ({ position, level: 2 }));
    const subsections = [200, 400].map((position) => ({ position, level: 3 }));
    expect(spans(700, [...subsections, ...chapters])).toEqual([
      [1, 179],
      [180, 359],
      [360, 539],
      [540, 700],
    ]);
  });

  it("goes down a level only inside a section that is still too long", () => {
    const headings = [
      { position: 1, level: 1 },
      { position: 100, level: 2 },
      { position: 150, level: 3 },
      { position: 300, level: 3 },
      { position: 500, level: 2 },
    ];
    // 1-99 is short; 100-499 is too long and is cut at its level-3 headings; 500-520 is short.
    expect(spans(520, headings)).toEqual([
      [1, 99],
      [100, 149],
      [150, 299],
      [300, 499],
      [500, 520],
    ]);
  });

  it("cuts a chapter longer than a page into equal runs after its heading", () => {
    expect(
      spans(700, [
        { position: 1, level: 2 },
        { position: 101, level: 2 },
      ]),
    ).toEqual([
      [1, 100],
      [101, 300],
      [301, 500],
      [501, 700],
    ]);
  });

  it("joins a section of headings alone to the one after it", () => {
    const headings = [
      { position: 200, level: 1 },
      { position: 201, level: 2 },
      { position: 400, level: 2 },
    ];
    const outline = buildOutline(500, headings);
    expect(outline.map((section) => [section.first, section.last])).toEqual([
      [1, 199],
      [200, 399],
      [400, 500],
    ]);
    expect(outline[1]!.heading).toEqual({ position: 200, level: 1 });
  });

  it("keeps a heading alone when it ends the text", () => {
    expect(
      spans(401, [
        { position: 201, level: 2 },
        { position: 401, level: 2 },
      ]),
    ).toEqual([
      [1, 200],
      [201, 400],
      [401, 401],
    ]);
  });

  it("ignores headings outside the text", () => {
    expect(
      spans(300, [
        { position: 0, level: 1 },
        { position: 999, level: 1 },
        { position: 150, level: 2 },
      ]),
    ).toEqual([
      [1, 149],
      [150, 300],
    ]);
  });
});

describe("sectionOf", () => {
  const outline = buildOutline(10_000, []);

  it("finds the section of the first, a middle and the last pair", () => {
    expect(sectionOf(outline, 1)?.number).toBe(1);
    expect(sectionOf(outline, 200)?.number).toBe(1);
    expect(sectionOf(outline, 201)?.number).toBe(2);
    expect(sectionOf(outline, 8_001)?.number).toBe(41);
    expect(sectionOf(outline, 10_000)?.number).toBe(50);
  });

  it("finds nothing outside the text", () => {
    expect(sectionOf(outline, 0)).toBeNull();
    expect(sectionOf(outline, 10_001)).toBeNull();
  });
});
