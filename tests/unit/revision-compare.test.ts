// Which two revisions a pair's history compares (lib/review/history.ts): never an
// Italian against an English, by default the latest change of a text against the one before.
import { describe, expect, it } from "vitest";
import { revisionsToCompare } from "@/lib/review/history";

const revision = (id: number, language: "it" | "en", field: "text" | "note" = "text") => ({ id, language, field });
const ids = (pair: ReturnType<typeof revisionsToCompare>) => pair?.map((chosen) => chosen.id) ?? null;

describe("revisionsToCompare", () => {
  it("compares the latest change with the one before it of the same text, skipping the other language's", () => {
    // Newest first: the English edited once after the seed, the Italian in between.
    const texts = [revision(9, "en"), revision(7, "it"), revision(3, "en"), revision(2, "it")];
    expect(ids(revisionsToCompare(texts))).toEqual([3, 9]);
  });

  it("falls back to a text that has two revisions when the latest one's text has only one", () => {
    // What the history showed as "choose two revisions of the same text": the English once, the Italian twice.
    const texts = [revision(9, "en"), revision(7, "it"), revision(2, "it")];
    expect(ids(revisionsToCompare(texts))).toEqual([2, 7]);
    expect(ids(revisionsToCompare([revision(4, "en", "note"), revision(3, "en"), revision(2, "it")]))).toBeNull();
  });

  it("pairs one chosen revision with the one before it of the same text, and honours two chosen", () => {
    const texts = [revision(9, "en"), revision(8, "en", "note"), revision(7, "it"), revision(5, "en", "note"), revision(3, "en")];
    expect(ids(revisionsToCompare(texts, undefined, 8))).toEqual([5, 8]);
    expect(ids(revisionsToCompare(texts, 3, 9))).toEqual([3, 9]);
    // Two of different texts are still what was asked for: the page says to choose the same text.
    expect(ids(revisionsToCompare(texts, 7, 9))).toEqual([7, 9]);
    // An address naming a revision not in this history gets the default.
    expect(ids(revisionsToCompare(texts, 404))).toEqual([3, 9]);
  });
});
