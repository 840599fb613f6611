import { describe, expect, it } from "vitest";
import { alignVersions, type VersionParagraph } from "@/lib/align/source-versions";
import { italian } from "./import-texts";

const body = (texts: readonly string[]): VersionParagraph[] => texts.map((text) => ({ text, headingLevel: null }));
const kinds = (steps: ReturnType<typeof alignVersions>) => steps.map((step) => step.kind);

describe("alignVersions", () => {
  it("keeps every paragraph of an unchanged text", () => {
    expect(alignVersions(body(italian), body(italian))).toEqual(italian.map((_, index) => ({ kind: "same", old: index, fresh: index })));
  });

  it("finds corrections, a paragraph dropped, one added, one split and two joined, in the new version's order", () => {
    const fresh = [...italian];
    fresh[1] = fresh[1]!.replace("Kazakhstan", "Kazakistan"); // a correction
    fresh.splice(4, 1); // paragraph 4 dropped
    const [first, ...rest] = fresh[6]!.split(", ");
    fresh.splice(6, 1, `${first}.`, rest.join(", ")); // old paragraph 7 split
    fresh.splice(10, 2, `${fresh[10]} ${fresh[11]}`); // old paragraphs 10 and 11 joined
    fresh.push("Un paragrafo del tutto nuovo, scritto per la seconda edizione del testo."); // added at the end
    const steps = alignVersions(body(italian), body(fresh));
    expect(steps).toEqual([
      { kind: "same", old: 0, fresh: 0 },
      { kind: "changed", old: 1, fresh: 1, similarity: expect.any(Number) },
      { kind: "same", old: 2, fresh: 2 },
      { kind: "same", old: 3, fresh: 3 },
      { kind: "removed", old: 4 },
      { kind: "same", old: 5, fresh: 4 },
      { kind: "same", old: 6, fresh: 5 },
      { kind: "split", old: 7, fresh: [6, 7], similarity: expect.any(Number) },
      { kind: "same", old: 8, fresh: 8 },
      { kind: "same", old: 9, fresh: 9 },
      { kind: "joined", old: [10, 11], fresh: 10, similarity: expect.any(Number) },
      { kind: "same", old: 12, fresh: 11 },
      { kind: "same", old: 13, fresh: 12 },
      { kind: "same", old: 14, fresh: 13 },
      { kind: "added", fresh: 14 },
    ]);
    expect((steps[1] as { similarity: number }).similarity).toBeGreaterThan(0.9);
  });

  it("does not take a rewritten paragraph for a corrected one", () => {
    const fresh = [...italian.slice(0, 3), "Tutt’altro argomento: la stagione delle piogge nel Sud-est asiatico.", ...italian.slice(4)];
    expect(kinds(alignVersions(body(italian), body(fresh))).slice(2, 6)).toEqual(["same", "removed", "added", "same"]);
  });

  it("tells a heading from body text of the same words", () => {
    const old = [{ text: "Le origini", headingLevel: null }, ...body(italian.slice(0, 2))];
    const fresh = [{ text: "Le origini", headingLevel: 2 }, ...body(italian.slice(0, 2))];
    expect(kinds(alignVersions(old, fresh))).toEqual(["changed", "same", "same"]);
  });

  // How fast is the benchmark's to say (scripts/bench/new-source.ts), not a timed assertion here.
  it("aligns a 10,000-paragraph book with scattered corrections", () => {
    const book = Array.from({ length: 10_000 }, (_, index) => `${italian[index % italian.length]} (${index})`);
    const fresh = book.map((text, index) => (index % 500 === 7 ? text.replace(/\((\d+)\)/, "[$1]") : text));
    fresh.splice(5_000, 0, "Un paragrafo aggiunto nel mezzo del libro.");
    const steps = alignVersions(body(book), body(fresh));
    expect(steps.filter((step) => step.kind === "changed")).toHaveLength(20);
    expect(steps.filter((step) => step.kind === "added")).toEqual([{ kind: "added", fresh: 5_000 }]);
    expect(steps.filter((step) => step.kind === "same")).toHaveLength(9_980);
  });
});

describe("alignVersions between a correction and a join", () => {
  it("takes a corrected paragraph beside a dropped one for what it is, not for the two joined", () => {
    const old = body(["Nel 2018 il ministro ha visitato Astana per tre giorni.", "Questo paragrafo sparisce nella nuova versione."]);
    const fresh = body(["Nel 2019 il ministro ha visitato Astana per due giorni."]);
    expect(kinds(alignVersions(old, fresh))).toEqual(["changed", "removed"]);
  });
});

describe("alignVersions on a book changed throughout", () => {
  it("pairs every corrected paragraph with its old self around one dropped, without comparing all with all", () => {
    const book = Array.from({ length: 3_000 }, (_, index) => `${italian[index % italian.length]} (${index})`);
    // One systematic correction everywhere (as quotes or apostrophes retyped), and paragraph 1,500 dropped.
    const fresh = book.map((text) => text.replace(/\((\d+)\)/, "[$1]").replace(/ il /g, " lo ")).filter((_, index) => index !== 1_500);
    const started = process.cpuUsage();
    const steps = alignVersions(body(book), body(fresh));
    const used = process.cpuUsage(started);
    expect((used.user + used.system) / 1_000).toBeLessThan(10_000);
    expect(steps.filter((step) => step.kind === "removed")).toEqual([{ kind: "removed", old: 1_500 }]);
    const changed = steps.filter((step) => step.kind === "changed");
    expect(changed).toHaveLength(2_999);
    expect(changed.every((step) => step.kind === "changed" && fresh[step.fresh]!.endsWith(`[${step.old}]`))).toBe(true);
  });
});
