import { createHash, randomBytes } from "node:crypto";
import { z } from "zod";
import { Role } from "../generated/prisma/enums";
import type { Database } from "../prisma-client";
import { hashPassword, MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH, verifyPassword } from "./password";
import { forgiveAttempt, reserveAttempt } from "./sign-in-throttle";
import { throttleKeys } from "./throttle-policy";
import { verificationGate, type VerificationGate } from "./verification-gate";

/** A session ends 14 days after sign-in at the latest, and after 12 idle hours by default. */
const SESSION_DAYS = 14;
const DEFAULT_IDLE_HOURS = 12;

export const usernameSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9][a-z0-9._-]{1,31}$/, "2 to 32 letters, digits, dots, hyphens or underscores, starting with a letter or digit");

export const newUserSchema = z.object({
  username: usernameSchema,
  displayName: z.string().trim().min(1).max(100),
  role: z.enum(Role),
  password: z.string().min(MIN_PASSWORD_LENGTH, `a password needs at least ${MIN_PASSWORD_LENGTH} characters`).max(MAX_PASSWORD_LENGTH),
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
  | { ok: false; reason: "locked"; retryAfterSeconds: number }
  /** Too many passwords being checked at once on this server: nothing was checked. */
  | { ok: false; reason: "busy" };

export interface SignInOptions {
  now?: Date;
  /** The browser's current session, if any: signing in again ends it (no session fixation). */
  previousToken?: string;
  gate?: VerificationGate;
  verify?: typeof verifyPassword;
}

/**
 * Checks a username and password and opens a session. Every attempt first takes a
 * slot in the server's cap on concurrent verifications, then is counted per account
 * and address, per account and per address (lib/auth/sign-in-throttle.ts) before the
 * password is checked, so parallel guesses cannot outrun the count. An unknown user
 * and a wrong password get the same answer in the same time.
 */
export async function signIn(
  db: Database,
  attempt: { username: string; password: string; address: string },
  options: SignInOptions = {},
): Promise<SignInResult> {
  const { now = new Date(), gate = verificationGate, verify = verifyPassword } = options;
  const username = attempt.username.trim().toLowerCase();
  const keys = throttleKeys(username, attempt.address);

  const leave = await gate.enter();
  if (!leave) return { ok: false, reason: "busy" };
  try {
    const reservation = await reserveAttempt(db, keys, now);
    if (!reservation.ok) return { ok: false, reason: "locked", retryAfterSeconds: reservation.retryAfterSeconds };

    const user = await db.user.findUnique({ where: { username } });
    const usable = user && !user.disabledAt ? user : null;
    const matches = await verify(attempt.password, usable?.passwordHash ?? (await dummyHash()));
    // A failure stays counted: its reserved rows are the record of it.
    if (!usable || !matches) return { ok: false, reason: "invalid" };

    await forgiveAttempt(db, keys, reservation.ids);
    return { ok: true, ...(await openSession(db, usable.id, now, options.previousToken)) };
  } finally {
    leave();
  }
}

async function openSession(db: Database, userId: number, now: Date, previousToken: string | undefined) {
  const token = randomBytes(32).toString("base64url");
  const expiresAt = new Date(now.getTime() + SESSION_DAYS * 86_400_000);
  await db.$transaction([
    db.session.deleteMany({ where: { OR: [...(previousToken ? [{ id: sessionId(previousToken) }] : []), ...staleSessions(now)] } }),
    db.session.create({ data: { id: sessionId(token), userId, expiresAt, lastSeenAt: now } }),
  ]);
  return { token, expiresAt };
}

/** Sessions past their end or unused for the idle timeout: purged whenever someone signs in. */
function staleSessions(now: Date) {
  return [{ expiresAt: { lte: now } }, { lastSeenAt: { lte: new Date(now.getTime() - idleMilliseconds()) } }];
}

/** SESSION_IDLE_HOURS (default 12): a session unused for that long ends. */
export function idleMilliseconds(): number {
  const hours = Number(process.env.SESSION_IDLE_HOURS);
  return (Number.isFinite(hours) && hours > 0 ? hours : DEFAULT_IDLE_HOURS) * 3_600_000;
}

/** A session's last use is written at most this often, not on every request. */
const SEEN_EVERY_MS = 5 * 60_000;

/** Sets a new password for an account and ends every session it has. */
export async function changePassword(db: Database, username: string, password: string): Promise<void> {
  const parsed = newUserSchema.pick({ username: true, password: true }).safeParse({ username, password });
  if (!parsed.success) throw new AccountError(z.prettifyError(parsed.error));
  const passwordHash = await hashPassword(parsed.data.password);
  await db.$transaction(async (tx) => {
    const user = await tx.user.updateMany({ where: { username: parsed.data.username }, data: { passwordHash } });
    if (user.count === 0) throw new AccountError(`There is no account "${parsed.data.username}".`);
    await tx.session.deleteMany({ where: { user: { username: parsed.data.username } } });
  });
}

/** Disables an account (or enables it again) and ends every session it has. */
export async function setAccountDisabled(db: Database, username: string, disabled: boolean, now = new Date()): Promise<void> {
  const name = usernameSchema.safeParse(username);
  if (!name.success) throw new AccountError(z.prettifyError(name.error));
  await db.$transaction(async (tx) => {
    const user = await tx.user.updateMany({ where: { username: name.data }, data: { disabledAt: disabled ? now : null } });
    if (user.count === 0) throw new AccountError(`There is no account "${name.data}".`);
    await tx.session.deleteMany({ where: { user: { username: name.data } } });
  });
}

export interface SessionUser {
  id: number;
  username: string;
  displayName: string;
  role: Role;
}

/**
 * The user a session token belongs to, or null when it is unknown, expired, unused for
 * the idle timeout, or the account is disabled. Use keeps the session alive.
 */
export async function userForSession(db: Database, token: string, now = new Date()): Promise<SessionUser | null> {
  const id = sessionId(token);
  const session = await db.session.findUnique({
    where: { id },
    select: {
      expiresAt: true,
      lastSeenAt: true,
      user: { select: { id: true, username: true, displayName: true, role: true, disabledAt: true } },
    },
  });
  if (!session || session.expiresAt <= now || session.user.disabledAt) return null;
  const idle = now.getTime() - session.lastSeenAt.getTime();
  if (idle >= idleMilliseconds()) {
    await db.session.deleteMany({ where: { id } });
    return null;
  }
  if (idle >= SEEN_EVERY_MS) await db.session.updateMany({ where: { id }, data: { lastSeenAt: now } });
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
