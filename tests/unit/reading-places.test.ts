// Where a reader was in each text (lib/reader/reading-places.ts), kept in the browser's
// storage: the latest place per text, most recent first, and nothing from nonsense.
import { describe, expect, it } from "vitest";
import { READING_PLACES_KEY, readingPlaces, rememberPlace, type ReadingPlace } from "@/lib/reader/reading-places";

function memory(initial: Record<string, string> = {}) {
  const values = new Map(Object.entries(initial));
  return { getItem: (key: string) => values.get(key) ?? null, setItem: (key: string, value: string) => void values.set(key, value) };
}
const place = (slug: string, position: number, at: number): ReadingPlace => ({ slug, position, count: 15, title: slug, at });

describe("reading places", () => {
  it("keeps the latest place of each text, the most recent text first", () => {
    const storage = memory();
    rememberPlace(storage, place("cina", 3, 1));
    rememberPlace(storage, place("russia", 9, 2));
    rememberPlace(storage, place("cina", 8, 3));
    expect(readingPlaces(storage).map((kept) => [kept.slug, kept.position])).toEqual([
      ["cina", 8],
      ["russia", 9],
    ]);
  });

  it("reads nonsense as nothing, and skips entries that are not places", () => {
    expect(readingPlaces(memory({ [READING_PLACES_KEY]: "{not json" }))).toEqual([]);
    expect(readingPlaces(memory({ [READING_PLACES_KEY]: '{"slug":"x"}' }))).toEqual([]);
    const mixed = JSON.stringify([
      place("cina", 2, 5),
      { slug: "../../etc", position: 1, count: 1, title: "", at: 1 },
      { slug: "x", position: -1 },
    ]);
    expect(readingPlaces(memory({ [READING_PLACES_KEY]: mixed })).map((kept) => kept.slug)).toEqual(["cina"]);
  });

  it("takes a storage that refuses writes in its stride", () => {
    const full = {
      getItem: () => null,
      setItem: () => {
        throw new Error("QuotaExceededError");
      },
    };
    expect(() => rememberPlace(full, place("cina", 1, 1))).not.toThrow();
  });
});
