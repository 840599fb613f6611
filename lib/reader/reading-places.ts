/**
 * Where a reader was in each text, kept in their own browser (readers have no
 * accounts): the reader page writes the pair being read, the library offers to go
 * back there. Pure: the storage is handed in.
 */

export interface ReadingPlace {
  slug: string;
  /** The pair being read, and how many the text has. */
  position: number;
  count: number;
  /** The text's title as the reader saw it. */
  title: string;
  /** When, in milliseconds since the epoch. */
  at: number;
}

export const READING_PLACES_KEY = "a-fronte-reading";
/** The texts remembered, most recent first. */
const KEPT = 20;

interface Storage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

/** The places remembered, most recent first; nothing for a storage that holds nonsense. */
export function readingPlaces(storage: Storage): ReadingPlace[] {
  try {
    const value: unknown = JSON.parse(storage.getItem(READING_PLACES_KEY) ?? "[]");
    return Array.isArray(value) ? value.filter(isPlace).sort((a, b) => b.at - a.at) : [];
  } catch {
    return [];
  }
}

/** Remembers a place, replacing the text's earlier one. A full or refused storage is no error. */
export function rememberPlace(storage: Storage, place: ReadingPlace): void {
  const places = [place, ...readingPlaces(storage).filter((other) => other.slug !== place.slug)].slice(0, KEPT);
  try {
    storage.setItem(READING_PLACES_KEY, JSON.stringify(places));
  } catch {
    // Private browsing or a full storage: the place is not kept, reading goes on.
  }
}

function isPlace(value: unknown): value is ReadingPlace {
  if (typeof value !== "object" || value === null) return false;
  const place = value as Record<string, unknown>;
  const whole = (number: unknown) => Number.isInteger(number) && (number as number) > 0;
  return (
    typeof place.slug === "string" &&
    /^[a-z0-9-]{1,100}$/.test(place.slug) &&
    whole(place.position) &&
    whole(place.count) &&
    typeof place.title === "string" &&
    typeof place.at === "number"
  );
}
