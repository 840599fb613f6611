/** What a revision did, for the history list: a text change or a review decision. */
export type RevisionEvent = "created" | "edited" | "reverted" | "note" | "links" | "approved" | "needs_changes" | AlignmentEvent;

/** A re-alignment by hand: merged with the next pair, split (this pair's half, or the new pair's), English moved in or out. */
export type AlignmentEvent = "merged" | "split" | "split-off" | "moved-in" | "moved-out";

interface RevisionFacts {
  field: "text" | "note" | "links";
  before: string;
  after: string;
  status: string;
  reason: string | null;
  revertOfId: number | null;
  origin: string;
  alignmentChange?: "merge" | "split" | "move" | null;
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
  return ["merged", "split", "split-off", "moved-in", "moved-out"].includes(event);
}

function alignmentEvent(revision: RevisionFacts & { alignmentChange: "merge" | "split" | "move" }): AlignmentEvent {
  switch (revision.alignmentChange) {
    case "merge":
      return "merged";
    case "split":
      // The new pair's texts start from nothing.
      return revision.before === "" ? "split-off" : "split";
    case "move":
      return revision.after === "" ? "moved-out" : "moved-in";
  }
}

/** What places a revision among a pair's re-alignments. */
export interface AlignmentMark {
  id: number;
  version: number;
  createdAt: Date;
  alignmentChange?: "merge" | "split" | "move" | null;
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
