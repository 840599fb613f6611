import { describe, expect, it } from "vitest";
import { LOW_CONFIDENCE } from "@/lib/core/limits";
import { createGlossaryMatchers } from "@/lib/glossary/mark-paragraphs";
import { checkDocument } from "@/lib/review/checks";
import { matchesFilters, needsWork, parseReviewFilters } from "@/lib/review/filters";
import { changesText, revisionEvent } from "@/lib/review/history";

const matchers = createGlossaryMatchers([]);
const PAIRS = [
  { textIt: "Il Kazakhstan ha rappresentato la prima tappa.", textEn: "Kazakhstan was the first stop.", alignmentConfidence: 0.99 },
  { textIt: "La visita si pone a complemento dell’incontro.", textEn: "The visit complements the meeting.", alignmentConfidence: 0.42 },
  { textIt: "Un paragrafo senza controparte inglese.", textEn: "", alignmentConfidence: 0 },
  { textIt: "Un paragrafo allineato a mano.", textEn: "A paragraph aligned by hand.", alignmentConfidence: null },
];

describe("the low alignment confidence check", () => {
  const warnings = checkDocument(PAIRS, matchers);

  it("flags pairs the aligner was unsure of, with the confidence, and pairs it left with one side empty", () => {
    expect(warnings[0]!.filter((warning) => warning.code === "alignment")).toEqual([]);
    expect(warnings[1]).toContainEqual({ code: "alignment", confidence: 0.42 });
    expect(warnings[2]).toEqual([{ code: "alignment", confidence: 0 }, { code: "empty" }]);
    expect(warnings[3]!.filter((warning) => warning.code === "alignment")).toEqual([]);
  });

  it("draws the line at LOW_CONFIDENCE", () => {
    const [below, at] = checkDocument(
      [
        { ...PAIRS[0]!, alignmentConfidence: LOW_CONFIDENCE - 0.01 },
        { ...PAIRS[0]!, alignmentConfidence: LOW_CONFIDENCE },
      ],
      matchers,
    );
    expect(below!.map((warning) => warning.code)).toContain("alignment");
    expect(at!.map((warning) => warning.code)).not.toContain("alignment");
  });

  it("is a filter of the workspace: ?check=alignment shows just those pairs, and they need work even when approved", () => {
    const filters = parseReviewFilters({ check: "alignment" });
    expect(filters).toEqual({ status: "all", check: "alignment", query: "", page: 1 });
    const shown = PAIRS.filter((_, index) => matchesFilters({ status: "approved" }, warnings[index]!, filters));
    expect(shown.map((pair) => pair.textIt)).toEqual([PAIRS[1]!.textIt, PAIRS[2]!.textIt]);
    expect(needsWork({ status: "approved" }, warnings[1]!)).toBe(true);
  });
});

describe("alignment changes in a pair's history", () => {
  const base = { field: "text" as const, status: "translated", reason: null, revertOfId: null, origin: "user" };

  it("names each kind of change, and counts them as text changes that can be compared and restored", () => {
    const events = [
      { ...base, before: "Primo.", after: "Primo. Secondo.", alignmentChange: "merge" as const },
      { ...base, before: "Primo. Secondo.", after: "Primo.", alignmentChange: "split" as const },
      { ...base, before: "", after: "Secondo.", alignmentChange: "split" as const },
      { ...base, before: "First.", after: "", alignmentChange: "move" as const },
      { ...base, before: "Second.", after: "First. Second.", alignmentChange: "move" as const },
      { ...base, field: "note" as const, before: "", after: "A note.", alignmentChange: "move" as const },
    ];
    expect(events.map(revisionEvent)).toEqual(["merged", "split", "split-off", "moved-out", "moved-in", "moved-in"]);
    expect(events.every(changesText)).toBe(true);
    // A merge that left this pair's text as it was is still a merge, not a review decision.
    expect(revisionEvent({ ...base, before: "Primo.", after: "Primo.", status: "approved", alignmentChange: "merge" })).toBe("merged");
  });
});
