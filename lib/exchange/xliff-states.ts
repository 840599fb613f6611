import { REVIEW_STATUSES } from "../core/statuses";
import type { PairStatus } from "./exchange-document";

// How a pair's status travels in XLIFF. Each mapping is chosen so that our own files
// come back with the status they left with, and other tools' states land on the
// nearest status: translate-toolkit writes a fuzzy PO entry as "needs-translation"
// with its text, which is a translation sent back for changes.

/** XLIFF 1.2: the target's state, and approved="yes" on the unit of an approved pair. */
export function xliff12State(status: PairStatus): { state: string; approved?: "yes" } {
  switch (status) {
    case "draft":
      return { state: "new" };
    case "translated":
      return { state: "translated" };
    case "needs_changes":
      return { state: "needs-translation" };
    case "approved":
      return { state: "signed-off", approved: "yes" };
  }
}

export function statusFromXliff12(state: string | undefined, approved: string | undefined, hasEnglish: boolean): PairStatus | undefined {
  // approved="yes" is the unit's own word that its translation is final, whatever state
  // the target was left in (tools approve units without touching the state).
  if (approved === "yes" && hasEnglish) return "approved";
  switch (state) {
    case "new":
      return "draft";
    case "needs-translation":
      return hasEnglish ? "needs_changes" : "draft";
    case "needs-adaptation":
    case "needs-l10n":
      return "needs_changes";
    case "needs-review-translation":
    case "needs-review-adaptation":
    case "needs-review-l10n":
    case "translated":
      return "translated";
    case "signed-off":
    case "final":
      return "approved";
    default:
      return undefined;
  }
}

/** The prefix of XLIFF 2 subStates that carry our own status where the core states have none. */
const SUB_STATE_PREFIX = "a-fronte:";

/** XLIFF 2.1: initial, translated, final; "needs changes" is a translated segment with our subState. */
export function xliff21State(status: PairStatus): { state: string; subState?: string } {
  switch (status) {
    case "draft":
      return { state: "initial" };
    case "translated":
      return { state: "translated" };
    case "needs_changes":
      return { state: "translated", subState: `${SUB_STATE_PREFIX}needs_changes` };
    case "approved":
      return { state: "final" };
  }
}

export function statusFromXliff21(state: string | undefined, subState: string | undefined): PairStatus | undefined {
  const own = subState?.startsWith(SUB_STATE_PREFIX)
    ? REVIEW_STATUSES.find((status) => `${SUB_STATE_PREFIX}${status}` === subState)
    : undefined;
  if (own) return own;
  switch (state) {
    case "initial":
      return "draft";
    case "translated":
      return "translated";
    case "reviewed":
    case "final":
      return "approved";
    default:
      return undefined;
  }
}
