// How sign-in guessing is slowed down. Failures count for a sliding window and then
// decay; the account's real owner, at their own address, is never locked out for
// longer than the window by what others do from elsewhere, short of a flood.

/** Failures older than this no longer count (and are purged). */
export const WINDOW_SECONDS = 15 * 60;

/** Failures an account-and-address pair may make before each further try is delayed. */
export const FREE_FAILURES = 5;
const FIRST_DELAY_SECONDS = 30;

/**
 * Caps on failures within the window, far above the pair's: across every address for
 * one account (a spread-out attack), and across every account for one address (an
 * address rotating usernames).
 */
export const ACCOUNT_FAILURES = 50;
export const ADDRESS_FAILURES = 30;

/**
 * How long an account-and-address pair waits after its `failures`-th failure in the
 * window: nothing for the first few, then 30 s, doubling with each further failure,
 * at most the window itself.
 */
export function lockSeconds(failures: number): number {
  if (failures < FREE_FAILURES) return 0;
  return Math.min(WINDOW_SECONDS, FIRST_DELAY_SECONDS * 2 ** (failures - FREE_FAILURES));
}

/** The keys an attempt is counted under. The address is the client's as lib/auth/client-address.ts finds it. */
export function throttleKeys(username: string, address: string) {
  return { pair: `pair:${username}|${address}`, account: `user:${username}`, address: `ip:${address}` };
}

/**
 * Seconds until a new attempt may be tried, 0 when it may be now, given the times
 * (ms) of the attempts already counted in the window under each key.
 */
export function waitSeconds(counted: { pair: number[]; account: number[]; address: number[] }, now: number): number {
  const until = [delayed(counted.pair, now), capped(counted.account, ACCOUNT_FAILURES), capped(counted.address, ADDRESS_FAILURES)];
  return Math.max(0, ...until.map((time) => Math.ceil((time - now) / 1000)));
}

function delayed(times: number[], now: number): number {
  const lock = lockSeconds(times.length);
  return lock ? Math.max(...times) + lock * 1000 : now;
}

/** Over the cap, a key waits until its oldest counted failure leaves the window. */
function capped(times: number[], cap: number): number {
  if (times.length < cap) return 0;
  const oldestCounted = [...times].sort((a, b) => a - b)[times.length - cap] ?? 0;
  return oldestCounted + WINDOW_SECONDS * 1000;
}
