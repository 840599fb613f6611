import type { Database } from "../prisma-client";

type Transaction = Parameters<Parameters<Database["$transaction"]>[0]>[0];

/** Readers' reports: a few per address, and a ceiling for everyone together. */
export const REPORTS_PER_ADDRESS = { count: 5, windowSeconds: 15 * 60 };
export const REPORTS_OVERALL = { count: 200, windowSeconds: 60 * 60 };

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
  const row = await tx.rateLimit.upsert({
    where: { key },
    create: { key, windowStarted: now, count: 1 },
    update: { count: { increment: 1 } },
  });
  if (row.count <= limit.count) return 0;
  return Math.max(1, Math.ceil((row.windowStarted.getTime() + limit.windowSeconds * 1000 - now.getTime()) / 1000));
}
