import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { ImportError } from "@/lib/core/import-error";
import { LOW_CONFIDENCE } from "@/lib/core/limits";
import { alignParagraphs, type Bead } from "@/lib/align/paragraphs";
import { parsePlainText } from "@/lib/import/plain-text";
import { translation } from "@/prisma/seed/cesi-cina-kazakhstan.en";
import { glossary } from "@/prisma/seed/glossary";

const italian = parsePlainText(fs.readFileSync("prisma/seed/cesi-cina-kazakhstan.it.txt")).paragraphs;
const english: string[] = translation.paragraphs.map((paragraph) => paragraph.en);

/** The pairing as "Italian indices:English indices", e.g. "3+4:3" or "5:" for a 1:0 bead. */
function pairing(beads: Bead[]): string[] {
  return beads.map((bead) => `${bead.it.join("+")}:${bead.en.join("+")}`);
}

function identity(count: number, from = 0): string[] {
  return Array.from({ length: count }, (_, offset) => `${from + offset}:${from + offset}`);
}

/** Splits a paragraph at the comma nearest its middle, as a translator dividing a long sentence would. */
function splitInTwo(text: string): [string, string] {
  const commas = [...text.matchAll(/, /g)].map((match) => match.index);
  const at = commas.reduce((best, index) => (Math.abs(index - text.length / 2) < Math.abs(best - text.length / 2) ? index : best));
  return [`${text.slice(0, at)}.`, text.slice(at + 2)];
}

const ADDED =
  "The translator added this paragraph to explain to English readers that the Shanghai Cooperation Organization " +
  "was founded in 2001 by China, Russia, Kazakhstan, Kyrgyzstan, Tajikistan and Uzbekistan, and that it deals with security.";

/** The seed glossary's terms as the aligner takes them: each with its forms in both languages. */
const terms = glossary.map(({ slug, formsIt, formsEn }) => ({
  slug,
  forms: [
    ...(formsIt ?? []).map((form) => ({ language: "it" as const, form })),
    ...(formsEn ?? []).map((form) => ({ language: "en" as const, form })),
  ],
}));

/** Cuts a paragraph after full stops, semicolons or commas into `count` parts (the first ones taking one clause each). */
function clausesOf(text: string, count: number): string[] {
  const sentences = text.split(/(?<=[.;,]) /);
  if (sentences.length < count) throw new Error(`only ${sentences.length} sentences`);
  return [...sentences.slice(0, count - 1), sentences.slice(count - 1).join(" ")];
}

function refusal(it: string[], en: string[]): ImportError {
  try {
    alignParagraphs(it, en);
  } catch (error) {
    if (error instanceof ImportError) return error;
    throw error;
  }
  throw new Error("the English was aligned");
}

describe("alignParagraphs on the C.E.S.I. article and its translation", () => {
  it("pairs a one-to-one translation one to one, every pair confidently", () => {
    const beads = alignParagraphs(italian, english);
    expect(pairing(beads)).toEqual(identity(15));
    for (const bead of beads) expect(bead.confidence).toBeGreaterThan(0.95);
  });

  it("finds an English paragraph that joins two Italian ones (2:1)", () => {
    const merged = [...english.slice(0, 3), `${english[3]} ${english[4]}`, ...english.slice(5)];
    const beads = alignParagraphs(italian, merged);
    expect(pairing(beads)).toEqual([...identity(3), "3+4:3", ...italian.slice(5).map((_, k) => `${5 + k}:${4 + k}`)]);
    expect(beads[3]!.confidence).toBeGreaterThanOrEqual(LOW_CONFIDENCE);
  });

  it("finds an Italian paragraph translated as two English ones (1:2)", () => {
    const split = [...english.slice(0, 8), ...splitInTwo(english[8]!), ...english.slice(9)];
    const beads = alignParagraphs(italian, split);
    expect(pairing(beads)).toEqual([...identity(8), "8:8+9", ...italian.slice(9).map((_, k) => `${9 + k}:${10 + k}`)]);
    expect(beads[8]!.confidence).toBeGreaterThanOrEqual(LOW_CONFIDENCE);
  });

  it("leaves an Italian paragraph whose English is missing unpaired (1:0), with confidence 0", () => {
    const dropped = [...english.slice(0, 5), ...english.slice(6)];
    const beads = alignParagraphs(italian, dropped);
    expect(pairing(beads)).toEqual([...identity(5), "5:", ...italian.slice(6).map((_, k) => `${6 + k}:${5 + k}`)]);
    expect(beads[5]!.confidence).toBe(0);
  });

  it("leaves an English paragraph with no Italian counterpart unpaired (0:1), with confidence 0", () => {
    const beads = alignParagraphs(italian, [...english.slice(0, 6), ADDED, ...english.slice(6)]);
    expect(pairing(beads)).toEqual([...identity(6), ":6", ...italian.slice(6).map((_, k) => `${6 + k}:${7 + k}`)]);
    expect(beads[6]!.confidence).toBe(0);
  });

  it("flags the pairs an extra paragraph may have displaced when similar lengths hide where it belongs", () => {
    // Paragraphs 7 to 10 are all 200-240 characters long: the lengths cannot tell where the extra one sits.
    const beads = alignParagraphs(italian, [...english.slice(0, 10), ADDED, ...english.slice(10)]);
    const withAdded = beads.find((bead) => bead.en.includes(10))!;
    expect(withAdded.confidence).toBeLessThan(LOW_CONFIDENCE);
    expect(beads.filter((bead) => bead.it[0]! < 8).every((bead) => bead.confidence >= LOW_CONFIDENCE)).toBe(true);
  });

  it("finds that extra paragraph exactly when the glossary's forms anchor the pairs that name its terms", () => {
    const beads = alignParagraphs(italian, [...english.slice(0, 10), ADDED, ...english.slice(10)], { terms });
    expect(pairing(beads)).toEqual([...identity(10), ":10", ...italian.slice(10).map((_, k) => `${10 + k}:${11 + k}`)]);
    expect(beads.filter((bead) => bead.it.length).every((bead) => bead.confidence >= LOW_CONFIDENCE)).toBe(true);
  });

  it("pairs by the numbers paragraphs of one length: a missing English is found where its year is missing", () => {
    const years = Array.from({ length: 12 }, (_, index) => 1990 + index * 3);
    const it = years.map((year) => `Nel ${year} il comitato si è riunito a Roma per discutere il bilancio annuale.`);
    const en = years.map((year) => `In ${year} the committee met in Rome to discuss the yearly budget.`);
    en.splice(7, 1);
    const beads = alignParagraphs(it, en, { refuseDoubtful: false });
    expect(pairing(beads)).toEqual([...identity(7), "7:", ...it.slice(8).map((_, k) => `${8 + k}:${7 + k}`)]);
    // Beside the gap, a 2:1 taking the missing paragraph in stays possible; farther away every pair is sure.
    expect(beads.filter((bead) => Math.abs(bead.it[0]! - 7) > 1).every((bead) => bead.confidence >= LOW_CONFIDENCE)).toBe(true);
  });

  it("finds two Italian paragraphs whose English is cut elsewhere (2:2)", () => {
    const [first, second] = splitInTwo(english[8]!);
    const recut = [...english.slice(0, 7), `${english[7]} ${first}`, second, ...english.slice(9)];
    const beads = alignParagraphs(italian, recut, { terms });
    expect(pairing(beads)).toEqual([...identity(7), "7+8:7+8", ...identity(6, 9)]);
  });

  it("finds an Italian paragraph translated as three English ones (1:3) and three joined in one (3:1)", () => {
    const split = [...english.slice(0, 3), ...clausesOf(english[3]!, 3), ...english.slice(4)];
    expect(pairing(alignParagraphs(italian, split, { terms }))).toEqual([
      ...identity(3),
      "3:3+4+5",
      ...italian.slice(4).map((_, k) => `${4 + k}:${6 + k}`),
    ]);
    const joined = [...english.slice(0, 9), english.slice(9, 12).join(" "), ...english.slice(12)];
    expect(pairing(alignParagraphs(italian, joined, { terms }))).toEqual([
      ...identity(9),
      "9+10+11:9",
      ...italian.slice(12).map((_, k) => `${12 + k}:${10 + k}`),
    ]);
  });

  it("recovers the pairing when merges, a split and a gap come together", () => {
    const [firstHalf, secondHalf] = splitInTwo(english[0]!);
    const edited = [
      firstHalf,
      secondHalf,
      ...english.slice(1, 6),
      `${english[6]} ${english[7]}`,
      ...english.slice(8, 12),
      ...english.slice(13),
    ];
    const beads = alignParagraphs(italian, edited);
    expect(pairing(beads)).toEqual([
      "0:0+1",
      "1:2",
      "2:3",
      "3:4",
      "4:5",
      "5:6",
      "6+7:7",
      "8:8",
      "9:9",
      "10:10",
      "11:11",
      "12:",
      "13:12",
      "14:13",
    ]);
  });

  it("flags a pairing the lengths cannot decide rather than guessing confidently", () => {
    // Swap two English paragraphs of very different lengths: the lengths contradict every pairing there.
    const swapped = [...english];
    [swapped[6], swapped[8]] = [english[8]!, english[6]!];
    const beads = alignParagraphs(italian, swapped);
    const doubtful = beads.filter((bead) => bead.confidence < LOW_CONFIDENCE).flatMap((bead) => bead.it);
    expect(doubtful.length).toBeGreaterThan(0);
    expect(doubtful.every((index) => index >= 5 && index <= 9)).toBe(true);
  });
});

describe("English that cannot be aligned at all", () => {
  it("refuses an empty English, saying so", () => {
    const error = refusal(italian, []);
    expect(error.code).toBe("unalignable");
    expect(error.message).toMatch(/English has no text/);
  });

  it("refuses an English far shorter than any translation, giving both lengths", () => {
    const error = refusal(italian, english.slice(0, 5));
    expect(error.code).toBe("unalignable");
    expect(error.message).toMatch(/English is \d+% as long as the Italian \(\d+ characters against \d+\)/);
  });

  it("refuses an English of the right length whose paragraphs follow another layout", () => {
    const error = refusal(italian, [english.slice(0, 7).join(" "), english.slice(7).join(" ")]);
    expect(error.code).toBe("unalignable");
    expect(error.message).toMatch(/Italian paragraphs have no English counterpart/);
  });

  it("refuses an English whose paragraph lengths do not correspond (the paragraphs shuffled)", () => {
    const shuffled = english.map((_, index) => english[(index * 4) % english.length]!);
    const error = refusal(italian, shuffled);
    expect(error.code).toBe("unalignable");
    expect(error.message).toMatch(/paragraph lengths do not correspond/);
  });
});

describe("alignParagraphs at scale", () => {
  // How fast is the benchmark's to say (scripts/bench/align.ts), not a timed assertion here.
  it("aligns 2,000 × 2,000 paragraphs with a gap and a merge", () => {
    const it = Array.from({ length: 2_000 }, (_, index) => italian[index % italian.length]!);
    const en = Array.from({ length: 2_000 }, (_, index) => english[index % english.length]!);
    en.splice(1_200, 2, `${en[1_200]} ${en[1_201]}`);
    en.splice(500, 1);

    const beads = alignParagraphs(it, en);

    expect(beads.find((bead) => bead.it[0] === 500)).toEqual({ it: [500], en: [], confidence: 0 });
    expect(beads.find((bead) => bead.it[0] === 1_200)).toMatchObject({ it: [1_200, 1_201], en: [1_199] });
    expect(beads.flatMap((bead) => bead.it)).toEqual(it.map((_, index) => index));
    expect(beads.flatMap((bead) => bead.en)).toEqual(en.map((_, index) => index));
  });

  it("widens its band for a gap of 140 paragraphs in the middle of a 3,000-pair text, and pairs every paragraph around it", () => {
    // Numbered, so that every paragraph is told apart by its anchors, not only its length.
    const it = Array.from({ length: 3_000 }, (_, index) => `${italian[index % italian.length]} (${index + 10})`);
    const en = Array.from({ length: 3_000 }, (_, index) => `${english[index % english.length]} (${index + 10})`);
    en.splice(1_430, 140);

    const beads = alignParagraphs(it, en);

    const unpaired = beads.filter((bead) => bead.en.length === 0).flatMap((bead) => bead.it);
    expect(unpaired).toEqual(Array.from({ length: 140 }, (_, offset) => 1_430 + offset));
    expect(beads.find((bead) => bead.it[0] === 1_570)).toMatchObject({ it: [1_570], en: [1_430] });
    expect(beads.find((bead) => bead.it[0] === 2_999)).toMatchObject({ it: [2_999], en: [2_859] });
  });
});
