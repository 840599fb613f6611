import type { Database } from "../prisma-client";
import { throttleKeys, waitSeconds, WINDOW_SECONDS } from "./throttle-policy";

type Keys = ReturnType<typeof throttleKeys>;

/** Waiting is answered; a reservation is a slot to check one password in. */
export type Reservation = { ok: true; ids: number[] } | { ok: false; retryAfterSeconds: number };

class Refused extends Error {
  constructor(readonly retryAfterSeconds: number) {
    super("sign-in throttled");
  }
}

/**
 * Counts an attempt under each of its keys and checks the limits, in one transaction,
 * before any password is checked: N parallel attempts see each other's rows, so at
 * most the allowed number get a slot. The write comes first, so the transaction
 * holds SQLite's write lock while it counts. A refused attempt leaves nothing behind.
 */
export async function reserveAttempt(db: Database, keys: Keys, now: Date): Promise<Reservation> {
  try {
    return await db.$transaction(async (tx) => {
      const mine = await tx.signInAttempt.createManyAndReturn({
        data: Object.values(keys).map((key) => ({ key, at: now })),
        select: { id: true },
      });
      // Failures that left the window no longer count: purged for every key at once.
      await tx.signInAttempt.deleteMany({ where: { at: { lt: new Date(now.getTime() - WINDOW_SECONDS * 1000) } } });
      const ids = mine.map(({ id }) => id);
      const earlier = await tx.signInAttempt.findMany({
        where: { key: { in: Object.values(keys) }, id: { notIn: ids } },
        select: { key: true, at: true },
      });
      const timesOf = (key: string) => earlier.filter((row) => row.key === key).map((row) => row.at.getTime());
      const wait = waitSeconds({ pair: timesOf(keys.pair), account: timesOf(keys.account), address: timesOf(keys.address) }, now.getTime());
      if (wait > 0) throw new Refused(wait);
      return { ok: true as const, ids };
    });
  } catch (error) {
    if (error instanceof Refused) return { ok: false, retryAfterSeconds: error.retryAfterSeconds };
    throw error;
  }
}

/**
 * After the right password: this attempt is not a failure, and neither are the
 * earlier ones from the same account and address (the owner's own typos). What others
 * tried against the account from elsewhere still counts.
 */
export async function forgiveAttempt(db: Database, keys: Keys, reservation: number[]): Promise<void> {
  await db.signInAttempt.deleteMany({ where: { OR: [{ id: { in: reservation } }, { key: keys.pair }] } });
}
