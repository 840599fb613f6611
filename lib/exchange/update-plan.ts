import type { NewParagraph } from "../core/new-document";
import { canonicalMarkdown } from "../text/write-inline-markdown";
import type { PairStatus } from "./exchange-document";
import type { UnitOrigin } from "./imported-paragraph";

// Updating a text from a file a CAT tool brought back (the round trip): each unit is
// matched to a pair by its id and its Italian, and sorted into what applying the file
// would do to it. Pure: lib/exchange/update-text.ts reads the pairs and writes the plan.

/** A pair of the text as it stands. */
export interface CurrentPair {
  id: number;
  position: number;
  version: number;
  textIt: string;
  textEn: string;
  status: PairStatus;
  statusReason: string | null;
  translatorNote: string | null;
}

/** A unit of the file, as read and validated (lib/exchange/read-exchange-file.ts). */
export interface FileUnit {
  paragraph: NewParagraph;
  origin: UnitOrigin;
}

/** What the file would set on a pair. */
export interface PairUpdate {
  textEn: string;
  translatorNote: string | null;
  status: PairStatus;
  statusReason: string | null;
  /** The file asked for a status this user may not give (see Decide); the pair gets `status` instead. */
  held: boolean;
}

/** The status a user may give a pair, given the one the file asks for and whether the file changes its English or note. */
export type Decide = (wanted: PairStatus, pair: CurrentPair, englishChanged: boolean) => PairStatus;

export type UnitPlan =
  /** The file says what the pair already says. */
  | { kind: "unchanged"; unit: FileUnit; pair: CurrentPair }
  /** The file changes the pair, which no one has changed since the file was written (or the file cannot say). */
  | { kind: "changed"; unit: FileUnit; pair: CurrentPair; update: PairUpdate; matchedBy: MatchedBy }
  /** The file changes a pair that was edited after the file was written: applied only when chosen. */
  | { kind: "conflict"; unit: FileUnit; pair: CurrentPair; update: PairUpdate; matchedBy: MatchedBy }
  /** No pair has the unit's Italian (the source was edited since, or the unit is not from this text). */
  | { kind: "unmatched"; unit: FileUnit; nearest: CurrentPair | null };

/** How a unit found its pair: its id named the pair and the Italian agreed, or only the Italian did. */
export type MatchedBy = "id" | "source";

export interface UpdatePlan {
  units: UnitPlan[];
  counts: Record<UnitPlan["kind"], number>;
  /** Pairs of the text no unit matched: left as they are. */
  untouched: number;
  /** Units without the version A Fronte writes (another tool's file): edits made since cannot be told from theirs. */
  unversioned: number;
}

/**
 * Whitespace as a CAT tool may leave it (a trailing space, a doubled space) does not make
 * another text, nor does Markdown written another way that reads the same ("2 * 3" comes
 * back from a file as "2 \* 3": the file carries the star, not how it was typed).
 */
const sameText = (a: string, b: string) => a === b || sourceKey(a) === sourceKey(b);

/**
 * Sorts every unit of the file. A unit matches the pair its id names when that pair's
 * Italian is the unit's; otherwise the pair with the same Italian nearest its place that
 * no other unit took (a text may repeat a paragraph). A matched pair whose version moved
 * past the one the file was written from, and whose English the file changes, is a conflict.
 */
export function planUpdate(pairs: readonly CurrentPair[], units: readonly FileUnit[], decide: Decide = (wanted) => wanted): UpdatePlan {
  const byPosition = new Map(pairs.map((pair) => [pair.position, pair]));
  const bySource = new Map<string, CurrentPair[]>();
  for (const pair of pairs) {
    const key = sourceKey(pair.textIt);
    bySource.set(key, [...(bySource.get(key) ?? []), pair]);
  }
  const taken = new Set<number>();
  const matches: ({ pair: CurrentPair; by: MatchedBy } | null)[] = units.map(({ paragraph, origin }) => {
    const named = origin.position === null ? undefined : byPosition.get(origin.position);
    if (named && sameText(named.textIt, paragraph.textIt) && !taken.has(named.id)) {
      taken.add(named.id);
      return { pair: named, by: "id" };
    }
    return null;
  });
  units.forEach(({ paragraph, origin }, index) => {
    if (matches[index]) return;
    const expected = origin.position ?? index + 1;
    const candidates = (bySource.get(sourceKey(paragraph.textIt)) ?? []).filter((pair) => !taken.has(pair.id));
    const nearest = candidates.sort((a, b) => Math.abs(a.position - expected) - Math.abs(b.position - expected))[0];
    if (nearest) {
      taken.add(nearest.id);
      matches[index] = { pair: nearest, by: "source" };
    }
  });

  const planned = units.map((unit, index): UnitPlan => {
    const match = matches[index];
    if (!match) {
      const named = unit.origin.position === null ? null : (byPosition.get(unit.origin.position) ?? null);
      return { kind: "unmatched", unit, nearest: named };
    }
    const { pair, by } = match;
    const update = updateOf(unit, pair, decide);
    if (!update) return { kind: "unchanged", unit, pair };
    // The version the file carries is the version of the pair its id named: it says nothing
    // of a pair found by its Italian alone, which is then taken as edited since.
    const editedSince = unit.origin.version !== null && (by === "source" || pair.version > unit.origin.version);
    if (!editedSince) return { kind: "changed", unit, pair, update, matchedBy: by };
    // Changed on both sides: the file's English against the newer one is a conflict; where
    // the file only repeats the status the pair had then, the newer decision stands.
    const englishDiffers = update.textEn !== pair.textEn || update.translatorNote !== pair.translatorNote;
    return englishDiffers ? { kind: "conflict", unit, pair, update, matchedBy: by } : { kind: "unchanged", unit, pair };
  });
  const counts = { unchanged: 0, changed: 0, conflict: 0, unmatched: 0 };
  for (const unit of planned) counts[unit.kind] += 1;
  return {
    units: planned,
    counts,
    untouched: pairs.length - taken.size,
    unversioned: units.filter((unit) => unit.origin.version === null).length,
  };
}

function sourceKey(text: string): string {
  return canonicalMarkdown(text.replace(/\s+/g, " ").trim());
}

/**
 * What the unit would change on its pair, or null when nothing. The English, the note
 * and a status the file states; a file that states none (another tool's TMX) changes the
 * status only with the English, to "translated", and keeps the pair's note.
 */
function updateOf({ paragraph, origin }: FileUnit, pair: CurrentPair, decide: Decide): PairUpdate | null {
  const textEn = paragraph.textEn?.trim() ?? "";
  // Another tool's file that carries no note has not removed ours: it never had it.
  const translatorNote = paragraph.translatorNote?.trim() || (origin.version === null ? pair.translatorNote : null);
  const textChanged = !sameText(textEn, pair.textEn);
  const noteChanged = (translatorNote ?? "") !== (pair.translatorNote ?? "");
  const wanted: PairStatus = origin.statusGiven
    ? (paragraph.status ?? "translated")
    : textChanged
      ? textEn
        ? "translated"
        : "draft"
      : pair.status;
  // Any change of the English side goes through the user's rights, even under the status
  // the pair already has: a note changed on an approved pair would otherwise be published
  // unreviewed. A status alone, unchanged, is no decision.
  const englishSideChanged = textChanged || noteChanged;
  const status = wanted === pair.status && !englishSideChanged ? wanted : decide(wanted, pair, englishSideChanged);
  // A reviewer's reason is changed only by someone who may send pairs back.
  const mayGiveReason = decide("needs_changes", pair, false) === "needs_changes";
  const statusReason =
    status === "needs_changes" ? ((mayGiveReason ? paragraph.statusReason?.trim() : undefined) ?? pair.statusReason) : null;
  const statusChanged = status !== pair.status || (status === "needs_changes" && statusReason !== pair.statusReason);
  if (!textChanged && !noteChanged && !statusChanged) return null;
  return { textEn: textChanged ? textEn : pair.textEn, translatorNote, status, statusReason, held: status !== wanted };
}
