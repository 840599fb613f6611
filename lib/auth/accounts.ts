import { createHash, randomBytes } from "node:crypto";
import { z } from "zod";
import type { Role } from "../generated/prisma/client";
import type { Database } from "../prisma-client";
import { hashPassword, MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH, verifyPassword } from "./password";
import { lockSeconds } from "./throttle-policy";

const SESSION_DAYS = 14;

export const usernameSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9][a-z0-9._-]{1,31}$/, "2 to 32 letters, digits, dots, hyphens or underscores, starting with a letter or digit");

export const newUserSchema = z.object({
  username: usernameSchema,
  displayName: z.string().trim().min(1).max(100),
  role: z.enum(["translator", "reviewer", "admin"]),
  password: z
    .string()
    .min(MIN_PASSWORD_LENGTH, `a password needs at least ${MIN_PASSWORD_LENGTH} characters`)
    .max(MAX_PASSWORD_LENGTH),
});

export class AccountError extends Error {}

/** Creates an account; there is no default password anywhere, the caller supplies it. */
export async function createUser(db: Database, input: z.input<typeof newUserSchema>) {
  const parsed = newUserSchema.safeParse(input);
  if (!parsed.success) throw new AccountError(z.prettifyError(parsed.error));
  const { password, ...user } = parsed.data;
  if (await db.user.findUnique({ where: { username: user.username }, select: { id: true } })) {
    throw new AccountError(`The username "${user.username}" is taken.`);
  }
  return db.user.create({
    data: { ...user, passwordHash: await hashPassword(password) },
    select: { id: true, username: true, displayName: true, role: true },
  });
}

export type SignInResult =
  | { ok: true; token: string; expiresAt: Date }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "locked"; retryAfterSeconds: number };

/**
 * Checks a username and password and opens a session. Failures are counted per
 * account and per address; while either is locked no password is even checked.
 * An unknown user and a wrong password get the same answer in the same time.
 */
export async function signIn(
  db: Database,
  attempt: { username: string; password: string; address: string },
  now = new Date(),
): Promise<SignInResult> {
  const username = attempt.username.trim().toLowerCase();
  const keys = [`user:${username}`, `ip:${attempt.address}`];
  const throttles = await db.signInThrottle.findMany({ where: { key: { in: keys } } });
  const lockedUntil = Math.max(0, ...throttles.map((throttle) => throttle.lockedUntil?.getTime() ?? 0));
  if (lockedUntil > now.getTime()) {
    return { ok: false, reason: "locked", retryAfterSeconds: Math.ceil((lockedUntil - now.getTime()) / 1000) };
  }

  const user = await db.user.findUnique({ where: { username } });
  const usable = user && !user.disabledAt ? user : null;
  const matches = await verifyPassword(attempt.password, usable?.passwordHash ?? (await dummyHash()));
  if (!usable || !matches) {
    await countFailure(db, keys, now);
    return { ok: false, reason: "invalid" };
  }

  const token = randomBytes(32).toString("base64url");
  const expiresAt = new Date(now.getTime() + SESSION_DAYS * 86_400_000);
  await db.$transaction([
    db.signInThrottle.deleteMany({ where: { key: `user:${username}` } }),
    db.session.create({ data: { id: sessionId(token), userId: usable.id, expiresAt } }),
  ]);
  return { ok: true, token, expiresAt };
}

/** One more failure on each key, counted atomically so parallel guesses are all counted. */
async function countFailure(db: Database, keys: string[], now: Date): Promise<void> {
  await db.$transaction(async (tx) => {
    for (const key of keys) {
      const { failures } = await tx.signInThrottle.upsert({
        where: { key },
        create: { key, failures: 1 },
        update: { failures: { increment: 1 } },
      });
      const lock = lockSeconds(failures);
      if (lock) await tx.signInThrottle.update({ where: { key }, data: { lockedUntil: new Date(now.getTime() + lock * 1000) } });
    }
  });
}

export interface SessionUser {
  id: number;
  username: string;
  displayName: string;
  role: Role;
}

/** The user a session token belongs to, or null when it is unknown, expired or the account is disabled. */
export async function userForSession(db: Database, token: string, now = new Date()): Promise<SessionUser | null> {
  const session = await db.session.findUnique({
    where: { id: sessionId(token) },
    select: { expiresAt: true, user: { select: { id: true, username: true, displayName: true, role: true, disabledAt: true } } },
  });
  if (!session || session.expiresAt <= now || session.user.disabledAt) return null;
  const { disabledAt: _disabled, ...user } = session.user;
  return user;
}

export async function endSession(db: Database, token: string): Promise<void> {
  await db.session.deleteMany({ where: { id: sessionId(token) } });
}

function sessionId(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

let dummy: Promise<string> | null = null;
function dummyHash(): Promise<string> {
  dummy ??= hashPassword(randomBytes(16).toString("hex"));
  return dummy;
}
