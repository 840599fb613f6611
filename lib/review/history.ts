/** What a revision did, for the history list: a text change or a review decision. */
export type RevisionEvent = "created" | "edited" | "reverted" | "note" | "approved" | "needs_changes" | AlignmentEvent;

/** A re-alignment by hand: merged with the next pair, split (this pair's half, or the new pair's), English moved in or out. */
export type AlignmentEvent = "merged" | "split" | "split-off" | "moved-in" | "moved-out";

interface RevisionFacts {
  field: "text" | "note";
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
  if (revision.revertOfId !== null) return "reverted";
  return revision.before === "" && revision.origin !== "user" ? "created" : "edited";
}

/** Revisions that set a text (not decisions): the ones worth comparing and restoring. */
export function changesText(revision: RevisionFacts): boolean {
  const event = revisionEvent(revision);
  return event !== "approved" && event !== "needs_changes";
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
