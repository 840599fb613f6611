/** The most pairs one re-alignment of a run takes: a page of the workspace. */
export const MOST_REALIGNED_PAIRS = 50;
