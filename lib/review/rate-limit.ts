import type { Transaction } from "../core/mutation";

/** Readers' reports: a few per address in a window. */
export const REPORTS_PER_ADDRESS = { count: 5, windowSeconds: 15 * 60 };

/**
 * What protects storage instead of a site-wide ceiling (which one client could trip to
 * switch reports off for everyone): reports waiting for the team, per pair and in all.
 * Once the team resolves some, readers can report again.
 */
export const OPEN_REPORTS = { perPair: 50, overall: 2000 };

/** The longest window any allowance uses: rows older than it are purged. */
const LONGEST_WINDOW_SECONDS = REPORTS_PER_ADDRESS.windowSeconds;

/**
 * Takes one from `key`'s allowance in a fixed window. Returns 0 when allowed, else the
 * seconds until the window ends. The write comes first, so that concurrent callers
 * queue on SQLite's write lock instead of both reading a count that is about to change.
 */
export async function consumeAllowance(
  tx: Transaction,
  key: string,
  limit: { count: number; windowSeconds: number },
  now: Date,
): Promise<number> {
  const windowStart = new Date(now.getTime() - limit.windowSeconds * 1000);
  await tx.rateLimit.deleteMany({ where: { key, windowStarted: { lte: windowStart } } });
  // Every other key's row whose window has passed goes too, so rows never pile up.
  await tx.rateLimit.deleteMany({ where: { windowStarted: { lte: new Date(now.getTime() - LONGEST_WINDOW_SECONDS * 1000) } } });
  const row = await tx.rateLimit.upsert({
    where: { key },
    create: { key, windowStarted: now, count: 1 },
    update: { count: { increment: 1 } },
  });
  if (row.count <= limit.count) return 0;
  return Math.max(1, Math.ceil((row.windowStarted.getTime() + limit.windowSeconds * 1000 - now.getTime()) / 1000));
}
