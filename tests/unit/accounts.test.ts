import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { createUser, signIn, userForSession, endSession, AccountError } from "@/lib/auth/accounts";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { lockSeconds } from "@/lib/auth/throttle-policy";
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
  it("allows a few failures, then locks for doubling periods up to 15 minutes", () => {
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
    await expect(createUser(db, { username: "rita", displayName: "Rita", role: "king" as "admin", password: PASSWORD })).rejects.toThrow(AccountError);
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
    expect(await userForSession(db, right.token)).toEqual({ id: expect.any(Number), username: "marco", displayName: "Marco Bianchi", role: "reviewer" });
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

  it("slow down repeated failures per account, whatever the address, even for the right password", async () => {
    await createUser(db, { username: "luca", displayName: "Luca", role: "translator", password: PASSWORD });
    const now = new Date("2026-11-27T12:00:00Z");
    for (let attempt = 1; attempt <= 5; attempt++) {
      await signIn(db, { username: "luca", password: "guess number " + attempt, address: `192.0.2.${attempt}` }, now);
    }
    expect(await signIn(db, { username: "luca", password: PASSWORD, address: "192.0.2.99" }, now)).toEqual({
      ok: false,
      reason: "locked",
      retryAfterSeconds: 30,
    });
    const later = new Date(now.getTime() + 31_000);
    expect((await signIn(db, { username: "luca", password: PASSWORD, address: "192.0.2.99" }, later)).ok).toBe(true);
  });

  it("slow down repeated failures per address, whatever the account", async () => {
    await createUser(db, { username: "elena", displayName: "Elena", role: "admin", password: PASSWORD });
    const now = new Date("2026-11-27T13:00:00Z");
    for (let attempt = 1; attempt <= 5; attempt++) {
      await signIn(db, { username: `someone${attempt}`, password: "guess guess guess", address: "198.51.100.7" }, now);
    }
    const locked = await signIn(db, { username: "elena", password: PASSWORD, address: "198.51.100.7" }, now);
    expect(locked).toEqual({ ok: false, reason: "locked", retryAfterSeconds: 30 });
    // Another address is not held up by that one.
    expect((await signIn(db, { username: "elena", password: PASSWORD, address: "198.51.100.8" }, now)).ok).toBe(true);
  });
});

describe("npm run user:add", () => {
  function addUser(stdin: string, ...args: string[]) {
    return spawnSync(process.execPath, ["node_modules/tsx/dist/cli.mjs", "scripts/user-add.ts", ...args], { input: stdin, encoding: "utf8" });
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

describe("parallel guesses", () => {
  it("are all counted, so a burst cannot get past the limit", async () => {
    await createUser(db, { username: "nadia", displayName: "Nadia", role: "translator", password: PASSWORD });
    const now = new Date("2026-11-27T14:00:00Z");
    const results = await Promise.all(
      Array.from({ length: 8 }, (_, attempt) => signIn(db, { username: "nadia", password: `parallel guess ${attempt}`, address: "192.0.2.200" }, now)),
    );
    expect(results.every((result) => !result.ok)).toBe(true);
    const throttle = await db.signInThrottle.findUniqueOrThrow({ where: { key: "user:nadia" } });
    expect(throttle.failures).toBe(8);
    expect((await signIn(db, { username: "nadia", password: PASSWORD, address: "192.0.2.201" }, now)).ok).toBe(false);
  });
});
