/** Failures allowed before a key (an account or an address) is locked. */
export const FREE_FAILURES = 5;
const FIRST_LOCK_SECONDS = 30;
const MAX_LOCK_SECONDS = 15 * 60;

/**
 * How long a key is locked after its `failures`-th failure: nothing for the first
 * few, then 30 s, doubling with each further failure, at most 15 minutes.
 */
export function lockSeconds(failures: number): number {
  if (failures < FREE_FAILURES) return 0;
  return Math.min(MAX_LOCK_SECONDS, FIRST_LOCK_SECONDS * 2 ** (failures - FREE_FAILURES));
}
