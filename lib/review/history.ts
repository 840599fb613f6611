import type { AlignmentChange } from "../generated/prisma/enums";

/** What a revision did, for the history list: a text change or a review decision. */
export type RevisionEvent = "created" | "edited" | "reverted" | "note" | "links" | "approved" | "needs_changes" | AlignmentEvent;

/**
 * A re-alignment by hand: merged with the next pair, split (this pair's half, or the
 * new pair's), English moved in or out, or English dealt out again over a run of pairs.
 */
export type AlignmentEvent = "merged" | "split" | "split-off" | "moved-in" | "moved-out" | "realigned";

interface RevisionFacts {
  field: "text" | "note" | "links";
  before: string;
  after: string;
  status: string;
  reason: string | null;
  revertOfId: number | null;
  origin: string;
  alignmentChange?: AlignmentChange | null;
}

export function revisionEvent(revision: RevisionFacts): RevisionEvent {
  if (revision.alignmentChange) return alignmentEvent({ ...revision, alignmentChange: revision.alignmentChange });
  const decision = revision.before === revision.after;
  if (decision && revision.status === "approved") return "approved";
  if (decision && revision.reason !== null) return "needs_changes";
  if (revision.field === "note") return "note";
  if (revision.field === "links") return "links";
  if (revision.revertOfId !== null) return "reverted";
  return revision.before === "" && revision.origin !== "user" ? "created" : "edited";
}

/** Revisions that set a text (not decisions, not sentence links): the ones worth comparing and restoring. */
export function changesText(revision: RevisionFacts): boolean {
  const event = revisionEvent(revision);
  return event !== "approved" && event !== "needs_changes" && event !== "links";
}

export function isAlignmentEvent(event: RevisionEvent): event is AlignmentEvent {
  return ["merged", "split", "split-off", "moved-in", "moved-out", "realigned"].includes(event);
}

function alignmentEvent(revision: RevisionFacts & { alignmentChange: AlignmentChange }): AlignmentEvent {
  switch (revision.alignmentChange) {
    case "merge":
      return "merged";
    case "split":
      // The new pair's texts start from nothing.
      return revision.before === "" ? "split-off" : "split";
    case "move":
      return revision.after === "" ? "moved-out" : "moved-in";
    case "realign":
      return "realigned";
  }
}

/** What places a revision among a pair's re-alignments. */
export interface AlignmentMark {
  id: number;
  version: number;
  createdAt: Date;
  alignmentChange?: AlignmentChange | null;
}

/** A pair's last revision that re-aligned it (the newest by id), or null if it never was. */
export function latestAlignment<T extends AlignmentMark>(revisions: readonly T[]): T | null {
  return revisions.reduce<T | null>(
    (latest, revision) => (revision.alignmentChange && (!latest || revision.id > latest.id) ? revision : latest),
    null,
  );
}

/**
 * Whether a revision's text may be restored on the pair as it is aligned now. A
 * revision from before the pair's latest re-alignment holds a text of another pairing
 * (a merged-away neighbour's old half, an English since moved away): restoring it
 * would undo part of the re-alignment behind the reviewer's back. The re-alignment's
 * own revisions (one change writes them together: same kind, moment and version) and
 * every later one can be restored.
 */
export function restorable(revision: AlignmentMark, latest: AlignmentMark | null): boolean {
  if (!latest || revision.id >= latest.id) return true;
  return (
    Boolean(revision.alignmentChange) &&
    revision.alignmentChange === latest.alignmentChange &&
    revision.version === latest.version &&
    revision.createdAt.getTime() === latest.createdAt.getTime()
  );
}

interface ComparableRevision {
  id: number;
  field: string;
  language: string;
}

/**
 * Which two revisions the history compares: the ones asked for (`from`, `to`); one asked
 * for, with the revision of the same text before it; by default the latest change of a
 * text that has two, against the one before it. `texts` are text revisions newest
 * first (changesText); an id not among them is ignored. Null when no text has two
 * revisions.
 */
export function revisionsToCompare<T extends ComparableRevision>(texts: readonly T[], from?: number, to?: number): [T, T] | null {
  const sameText = (a: T, b: T) => a.field === b.field && a.language === b.language;
  const before = (revision: T) => texts.find((other) => other.id < revision.id && sameText(other, revision));
  const chosen = (id: number | undefined) => (id === undefined ? undefined : texts.find((revision) => revision.id === id));
  const [first, second] = [chosen(from), chosen(to)];
  if (first && second) return [first, second];
  const one = second ?? first;
  if (one) {
    const previous = before(one);
    return previous ? [previous, one] : null;
  }
  for (const latest of texts) {
    const previous = before(latest);
    if (previous) return [previous, latest];
  }
  return null;
}
