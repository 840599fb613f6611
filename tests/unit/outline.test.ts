import { describe, expect, it } from "vitest";
import { buildOutline, sectionOf, SECTION_MAX, type OutlineHeading } from "@/lib/reader/outline";

const spans = (pairCount: number, headings: OutlineHeading[] = []) =>
  buildOutline(pairCount, headings).map((section) => [section.first, section.last]);
const chapter = (position: number, level = 2) => ({ position, level });

describe("buildOutline", () => {
  it("keeps a short text on one page, headings or not", () => {
    expect(spans(15)).toEqual([[1, 15]]);
    expect(spans(SECTION_MAX, [chapter(50)])).toEqual([[1, SECTION_MAX]]);
    expect(buildOutline(15, [chapter(1, 1)])[0]).toEqual({ number: 1, first: 1, last: 15, heading: { position: 1, level: 1 } });
  });

  it("cuts a long text without headings into equal runs of at most SECTION_MAX pairs", () => {
    expect(SECTION_MAX).toBe(120);
    expect(spans(SECTION_MAX + 1)).toEqual([
      [1, 61],
      [62, 121],
    ]);
    const book = buildOutline(10_000, []);
    expect(book).toHaveLength(84);
    expect(book.every((section) => [119, 120].includes(section.last - section.first + 1))).toBe(true);
    expect(book.at(-1)).toMatchObject({ number: 84, last: 10_000, heading: null });
  });

  it("cuts at the highest heading level, with the text before the first heading as a section of its own", () => {
    const chapters = [100, 200, 300].map((position) => chapter(position));
    const subsections = [150, 250].map((position) => chapter(position, 3));
    expect(spans(400, [...subsections, ...chapters])).toEqual([
      [1, 99],
      [100, 199],
      [200, 299],
      [300, 400],
    ]);
  });

  it("goes down a level only inside a section that is still too long", () => {
    const headings = [chapter(1, 1), chapter(100), chapter(150, 3), chapter(250, 3), chapter(300)];
    // 1-99 is short; 100-299 is too long and is cut at its level-3 headings; 300-320 is short.
    expect(spans(320, headings)).toEqual([
      [1, 99],
      [100, 149],
      [150, 249],
      [250, 299],
      [300, 320],
    ]);
  });

  it("cuts a chapter longer than a page into equal runs after its heading", () => {
    expect(spans(460, [chapter(1), chapter(101)])).toEqual([
      [1, 100],
      [101, 220],
      [221, 340],
      [341, 460],
    ]);
  });

  it("joins a section of headings alone to the one after it", () => {
    const outline = buildOutline(300, [chapter(100, 1), chapter(101), chapter(200)]);
    expect(outline.map((section) => [section.first, section.last])).toEqual([
      [1, 99],
      [100, 199],
      [200, 300],
    ]);
    expect(outline[1]!.heading).toEqual({ position: 100, level: 1 });
  });

  it("keeps a heading alone when it ends the text", () => {
    expect(spans(241, [chapter(121), chapter(241)])).toEqual([
      [1, 120],
      [121, 240],
      [241, 241],
    ]);
  });

  it("ignores headings outside the text", () => {
    expect(spans(200, [chapter(0, 1), chapter(999, 1), chapter(100)])).toEqual([
      [1, 99],
      [100, 200],
    ]);
  });
});

describe("sectionOf", () => {
  const outline = buildOutline(10_000, []);

  it("finds the section of the first, a middle and the last pair", () => {
    const second = outline[1]!;
    expect(sectionOf(outline, 1)?.number).toBe(1);
    expect(sectionOf(outline, second.first - 1)?.number).toBe(1);
    expect(sectionOf(outline, second.first)?.number).toBe(2);
    const middle = sectionOf(outline, 8_001)!;
    expect(middle.first).toBeLessThanOrEqual(8_001);
    expect(middle.last).toBeGreaterThanOrEqual(8_001);
    expect(sectionOf(outline, 10_000)?.number).toBe(84);
  });

  it("finds nothing outside the text", () => {
    expect(sectionOf(outline, 0)).toBeNull();
    expect(sectionOf(outline, 10_001)).toBeNull();
  });
});
