import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { changePassword, createUser, endSession, setAccountDisabled, signIn, userForSession, AccountError } from "@/lib/auth/accounts";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { ACCOUNT_FAILURES, ADDRESS_FAILURES, FREE_FAILURES, lockSeconds, WINDOW_SECONDS } from "@/lib/auth/throttle-policy";
import { VerificationGate } from "@/lib/auth/verification-gate";
import { db } from "@/lib/db";

const PASSWORD = "correct horse battery";

describe("passwords", () => {
  it("are stored as salted scrypt hashes that only the right password matches", async () => {
    const first = await hashPassword(PASSWORD);
    const second = await hashPassword(PASSWORD);
    expect(first).toMatch(/^scrypt\$32768\$8\$1\$[\w-]+\$[\w-]+$/);
    expect(first).not.toBe(second);
    expect(first).not.toContain(PASSWORD);
    expect(await verifyPassword(PASSWORD, first)).toBe(true);
    expect(await verifyPassword("correct horse battery!", first)).toBe(false);
    expect(await verifyPassword(PASSWORD, "not-a-hash")).toBe(false);
  });
});

describe("sign-in throttling policy", () => {
  it("allows a few failures per account and address, then delays for doubling periods up to the 15-minute window", () => {
    expect([1, 4, 5, 6, 7, 20].map(lockSeconds)).toEqual([0, 0, 30, 60, 120, 900]);
  });
});

describe("accounts", () => {
  it("refuse a short password, a taken username and an unknown role", async () => {
    await createUser(db, { username: "Giulia", displayName: "Giulia", role: "translator", password: PASSWORD });
    await expect(createUser(db, { username: "paolo", displayName: "Paolo", role: "reviewer", password: "short" })).rejects.toThrow(
      /at least 12 characters/,
    );
    await expect(createUser(db, { username: "giulia", displayName: "Another", role: "reviewer", password: PASSWORD })).rejects.toThrow(
      AccountError,
    );
    await expect(createUser(db, { username: "rita", displayName: "Rita", role: "king" as "admin", password: PASSWORD })).rejects.toThrow(
      AccountError,
    );
    expect(await db.user.count()).toBe(1);
  });

  it("open a session for the right password and not for a wrong one or an unknown user", async () => {
    await createUser(db, { username: "marco", displayName: "Marco Bianchi", role: "reviewer", password: PASSWORD });
    const wrong = await signIn(db, { username: "marco", password: "wrong password!", address: "10.0.0.1" });
    const unknown = await signIn(db, { username: "nobody", password: PASSWORD, address: "10.0.0.1" });
    expect(wrong).toEqual({ ok: false, reason: "invalid" });
    expect(unknown).toEqual({ ok: false, reason: "invalid" });

    const right = await signIn(db, { username: " MARCO ", password: PASSWORD, address: "10.0.0.1" });
    if (!right.ok) throw new Error("sign-in refused");
    expect(await userForSession(db, right.token)).toEqual({
      id: expect.any(Number),
      username: "marco",
      displayName: "Marco Bianchi",
      role: "reviewer",
    });
    // The database holds only a hash of the token.
    expect(await db.session.count({ where: { id: right.token } })).toBe(0);

    await endSession(db, right.token);
    expect(await userForSession(db, right.token)).toBeNull();
  });

  it("expire sessions and refuse disabled accounts", async () => {
    const user = await createUser(db, { username: "sara", displayName: "Sara", role: "translator", password: PASSWORD });
    const result = await signIn(db, { username: "sara", password: PASSWORD, address: "10.0.0.2" });
    if (!result.ok) throw new Error("sign-in refused");
    expect(await userForSession(db, result.token, new Date(result.expiresAt.getTime() + 1))).toBeNull();
    await db.user.update({ where: { id: user.id }, data: { disabledAt: new Date() } });
    expect(await userForSession(db, result.token)).toBeNull();
    expect(await signIn(db, { username: "sara", password: PASSWORD, address: "10.0.0.2" })).toEqual({ ok: false, reason: "invalid" });
  });

  it("delay an account at one address after a few failures, even for the right password, but not its owner elsewhere", async () => {
    await createUser(db, { username: "luca", displayName: "Luca", role: "translator", password: PASSWORD });
    const now = new Date("2026-11-27T12:00:00Z");
    for (let attempt = 1; attempt <= FREE_FAILURES; attempt++) {
      expect(await signIn(db, { username: "luca", password: `guess number ${attempt}`, address: "192.0.2.1" }, { now })).toEqual({
        ok: false,
        reason: "invalid",
      });
    }
    expect(await signIn(db, { username: "luca", password: PASSWORD, address: "192.0.2.1" }, { now })).toEqual({
      ok: false,
      reason: "locked",
      retryAfterSeconds: 30,
    });
    // The owner, from another address, is not held up by the guesser.
    expect((await signIn(db, { username: "luca", password: PASSWORD, address: "192.0.2.99" }, { now })).ok).toBe(true);
    const later = new Date(now.getTime() + 31_000);
    expect((await signIn(db, { username: "luca", password: PASSWORD, address: "192.0.2.1" }, { now: later })).ok).toBe(true);
  });

  it("lock an account guessed at from many addresses, until the failures leave the window", async () => {
    await createUser(db, { username: "irene", displayName: "Irene", role: "reviewer", password: PASSWORD });
    const now = new Date("2026-11-27T12:30:00Z");
    for (let attempt = 0; attempt < ACCOUNT_FAILURES; attempt++) {
      await signIn(db, { username: "irene", password: "spread out guess", address: `10.1.${attempt >> 8}.${attempt & 255}` }, { now });
    }
    expect(await signIn(db, { username: "irene", password: PASSWORD, address: "10.9.9.9" }, { now })).toEqual({
      ok: false,
      reason: "locked",
      retryAfterSeconds: WINDOW_SECONDS,
    });
    const afterWindow = new Date(now.getTime() + WINDOW_SECONDS * 1000);
    expect((await signIn(db, { username: "irene", password: PASSWORD, address: "10.9.9.9" }, { now: afterWindow })).ok).toBe(true);
  });

  it("lock an address that rotates usernames", async () => {
    await createUser(db, { username: "elena", displayName: "Elena", role: "admin", password: PASSWORD });
    const now = new Date("2026-11-27T13:00:00Z");
    for (let attempt = 1; attempt <= ADDRESS_FAILURES; attempt++) {
      await signIn(db, { username: `someone${attempt}`, password: "guess guess guess", address: "198.51.100.7" }, { now });
    }
    const locked = await signIn(db, { username: "elena", password: PASSWORD, address: "198.51.100.7" }, { now });
    expect(locked).toEqual({ ok: false, reason: "locked", retryAfterSeconds: WINDOW_SECONDS });
    // Another address is not held up by that one.
    expect((await signIn(db, { username: "elena", password: PASSWORD, address: "198.51.100.8" }, { now })).ok).toBe(true);
  });

  it("forget failures once they leave the window, and purge them", async () => {
    await createUser(db, { username: "bruno", displayName: "Bruno", role: "translator", password: PASSWORD });
    const then = new Date("2026-11-27T15:00:00Z");
    for (let attempt = 1; attempt <= FREE_FAILURES + 2; attempt++) {
      await signIn(
        db,
        { username: "bruno", password: `old guess ${attempt}`, address: "192.0.2.50" },
        { now: new Date(then.getTime() + attempt) },
      );
    }
    expect((await signIn(db, { username: "bruno", password: PASSWORD, address: "192.0.2.50" }, { now: then })).ok).toBe(false);
    const stale = await db.signInAttempt.count({ where: { at: { lte: new Date(then.getTime() + 100) } } });
    expect(stale).toBeGreaterThan(0);
    // Twenty-two minutes later the owner signs in at once, and the old rows are gone.
    const later = new Date(then.getTime() + 22 * 60_000);
    expect((await signIn(db, { username: "bruno", password: PASSWORD, address: "192.0.2.50" }, { now: later })).ok).toBe(true);
    expect(await db.signInAttempt.count({ where: { at: { lte: new Date(then.getTime() + 100) } } })).toBe(0);
  });
});

describe("npm run user:add", () => {
  function addUser(stdin: string, ...args: string[]) {
    return spawnSync(process.execPath, ["node_modules/tsx/dist/cli.mjs", "scripts/user-add.ts", ...args], {
      input: stdin,
      encoding: "utf8",
    });
  }

  it("creates an account with the password from standard input", async () => {
    const result = addUser("a-piped-password-123\n", "Chiara", "--role", "reviewer", "--name", "Chiara Verdi");
    expect(result.stdout).toContain('Created reviewer "chiara" (Chiara Verdi).');
    expect(result.status).toBe(0);
    const user = await db.user.findUniqueOrThrow({ where: { username: "chiara" } });
    expect(await verifyPassword("a-piped-password-123", user.passwordHash)).toBe(true);
  });

  it("refuses an account without a password of its own", async () => {
    const result = addUser("", "dario", "--role", "admin");
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("No account created");
    expect(await db.user.count({ where: { username: "dario" } })).toBe(0);
  });
});

describe("npm run user:passwd and user:disable", () => {
  function run(script: string, stdin: string, ...args: string[]) {
    return spawnSync(process.execPath, ["node_modules/tsx/dist/cli.mjs", `scripts/${script}.ts`, ...args], {
      input: stdin,
      encoding: "utf8",
    });
  }

  it("change a password and disable an account, each ending every session", async () => {
    await createUser(db, { username: "teo", displayName: "Teo", role: "translator", password: PASSWORD });
    const session = await signIn(db, { username: "teo", password: PASSWORD, address: "10.0.2.1" });
    if (!session.ok) throw new Error("sign-in refused");

    const changed = run("user-passwd", "another-long-password\n", "teo");
    expect(changed.stdout).toContain('New password set for "teo"');
    expect(changed.status).toBe(0);
    expect(await userForSession(db, session.token)).toBeNull();
    const fresh = await signIn(db, { username: "teo", password: "another-long-password", address: "10.0.2.1" });
    if (!fresh.ok) throw new Error("sign-in refused");

    const disabled = run("user-disable", "", "teo");
    expect(disabled.stdout).toContain('Disabled "teo"');
    expect(await userForSession(db, fresh.token)).toBeNull();
    expect(await signIn(db, { username: "teo", password: "another-long-password", address: "10.0.2.2" })).toEqual({
      ok: false,
      reason: "invalid",
    });
    expect(run("user-disable", "", "teo", "--enable").status).toBe(0);
    expect((await signIn(db, { username: "teo", password: "another-long-password", address: "10.0.2.2" })).ok).toBe(true);
  });

  it("refuse an unknown account or a short password, changing nothing", async () => {
    const unknown = run("user-passwd", "another-long-password\n", "nessuno");
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toContain('There is no account "nessuno"');
    await createUser(db, { username: "ugo", displayName: "Ugo", role: "translator", password: PASSWORD });
    const short = run("user-passwd", "short\n", "ugo");
    expect(short.status).toBe(1);
    expect(short.stderr).toContain("at least 12 characters");
    expect((await signIn(db, { username: "ugo", password: PASSWORD, address: "10.0.2.3" })).ok).toBe(true);
    expect(run("user-disable", "", "nessuno").status).toBe(1);
  });
});

describe("parallel guesses", () => {
  /** The real scrypt check, counted: how many ran, and the most at once. */
  function countedVerify() {
    const counts = { verified: 0, running: 0, mostAtOnce: 0 };
    const verify = async (password: string, hash: string) => {
      counts.verified++;
      counts.mostAtOnce = Math.max(counts.mostAtOnce, ++counts.running);
      try {
        return await verifyPassword(password, hash);
      } finally {
        counts.running--;
      }
    };
    return { counts, verify };
  }

  it("check at most the allowed number of passwords, however many arrive at once", async () => {
    await createUser(db, { username: "nadia", displayName: "Nadia", role: "translator", password: PASSWORD });
    const now = new Date("2026-11-27T14:00:00Z");
    const { counts, verify } = countedVerify();
    // A gate wide enough for all of them: only the count before the check holds them back.
    const gate = new VerificationGate(1000);
    const guesses = Array.from({ length: 200 }, (_, attempt) => (attempt === 120 ? PASSWORD : `parallel guess ${attempt}`));
    const results = await Promise.all(
      guesses.map((password) => signIn(db, { username: "nadia", password, address: "192.0.2.200" }, { now, gate, verify })),
    );
    expect(counts.verified).toBe(FREE_FAILURES);
    expect(results.filter((result) => result.ok)).toEqual([]);
    expect(results.filter((result) => !result.ok && result.reason === "locked")).toHaveLength(200 - FREE_FAILURES);
  });

  it("are answered 'busy' without hashing beyond the server's cap, whatever usernames they name", async () => {
    const { counts, verify } = countedVerify();
    const gate = new VerificationGate(2);
    const now = new Date("2026-11-27T16:00:00Z");
    const results = await Promise.all(
      Array.from({ length: 40 }, (_, attempt) =>
        signIn(
          db,
          { username: `rotating${attempt}`, password: "a guess of sorts", address: `203.0.113.${attempt}` },
          { now, gate, verify },
        ),
      ),
    );
    expect(counts.mostAtOnce).toBeLessThanOrEqual(2);
    const busy = results.filter((result) => !result.ok && result.reason === "busy").length;
    expect(busy).toBeGreaterThan(0);
    expect(counts.verified).toBe(40 - busy);
    // A refused-as-busy attempt was not counted as a failure either.
    expect(await db.signInAttempt.count({ where: { key: { startsWith: "pair:rotating" } } })).toBe(40 - busy);
  });
});

describe("sessions", () => {
  it("end the browser's previous session when it signs in again", async () => {
    await createUser(db, { username: "olga", displayName: "Olga", role: "reviewer", password: PASSWORD });
    const first = await signIn(db, { username: "olga", password: PASSWORD, address: "10.0.0.5" });
    if (!first.ok) throw new Error("sign-in refused");
    const second = await signIn(db, { username: "olga", password: PASSWORD, address: "10.0.0.5" }, { previousToken: first.token });
    if (!second.ok) throw new Error("sign-in refused");
    expect(await userForSession(db, first.token)).toBeNull();
    expect(await userForSession(db, second.token)).not.toBeNull();
  });

  it("end after the idle timeout, and stay alive while used", async () => {
    await createUser(db, { username: "piero", displayName: "Piero", role: "translator", password: PASSWORD });
    const start = new Date("2026-11-28T08:00:00Z");
    const result = await signIn(db, { username: "piero", password: PASSWORD, address: "10.0.0.6" }, { now: start });
    if (!result.ok) throw new Error("sign-in refused");
    const hours = (count: number) => new Date(start.getTime() + count * 3_600_000);
    // Used every 11 hours, it outlives the 12-hour idle timeout.
    expect(await userForSession(db, result.token, hours(11))).not.toBeNull();
    expect(await userForSession(db, result.token, hours(22))).not.toBeNull();
    // Left alone for 12 hours, it ends, and is purged.
    expect(await userForSession(db, result.token, hours(34))).toBeNull();
    expect(await db.session.count({ where: { user: { username: "piero" } } })).toBe(0);
  });

  it("are purged once expired or idle when anyone signs in", async () => {
    await createUser(db, { username: "quinto", displayName: "Quinto", role: "translator", password: PASSWORD });
    const old = new Date("2026-10-01T08:00:00Z");
    await signIn(db, { username: "quinto", password: PASSWORD, address: "10.0.0.7" }, { now: old });
    await signIn(db, { username: "quinto", password: PASSWORD, address: "10.0.0.7" });
    expect(await db.session.count({ where: { user: { username: "quinto" } } })).toBe(1);
  });

  it("all end when the password changes or the account is disabled", async () => {
    await createUser(db, { username: "rosa", displayName: "Rosa", role: "admin", password: PASSWORD });
    const sessions = [];
    for (const address of ["10.0.1.1", "10.0.1.2"]) {
      const result = await signIn(db, { username: "rosa", password: PASSWORD, address });
      if (!result.ok) throw new Error("sign-in refused");
      sessions.push(result.token);
    }
    await changePassword(db, "rosa", "a brand new passphrase");
    for (const token of sessions) expect(await userForSession(db, token)).toBeNull();
    expect((await signIn(db, { username: "rosa", password: PASSWORD, address: "10.0.1.1" })).ok).toBe(false);
    const fresh = await signIn(db, { username: "rosa", password: "a brand new passphrase", address: "10.0.1.3" });
    if (!fresh.ok) throw new Error("sign-in refused");

    await setAccountDisabled(db, "rosa", true);
    expect(await userForSession(db, fresh.token)).toBeNull();
    expect(await db.session.count({ where: { user: { username: "rosa" } } })).toBe(0);
    await expect(changePassword(db, "nobody", "a brand new passphrase")).rejects.toThrow(/no account "nobody"/);
    await expect(changePassword(db, "rosa", "short")).rejects.toThrow(/at least 12 characters/);
  });
});
