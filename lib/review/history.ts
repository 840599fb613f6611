/** What a revision did, for the history list: a text change or a review decision. */
export type RevisionEvent = "created" | "edited" | "reverted" | "note" | "approved" | "needs_changes";

interface RevisionFacts {
  field: "text" | "note";
  before: string;
  after: string;
  status: string;
  reason: string | null;
  revertOfId: number | null;
  origin: string;
}

export function revisionEvent(revision: RevisionFacts): RevisionEvent {
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
