import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { createUser } from "@/lib/auth/accounts";
import { ImportError } from "@/lib/core/import-error";
import { db } from "@/lib/db";
import { authorizeImport } from "@/lib/import/import-editor";
import { acceptImportToken, createImportToken, listImportTokens, revokeImportToken } from "@/lib/import/import-token";

const PASSWORD = "una-password-lunga";

async function refusal(promise: Promise<unknown>): Promise<ImportError> {
  const error = await promise.then(
    () => null,
    (reason: unknown) => reason,
  );
  if (!(error instanceof ImportError)) throw new Error(`expected an ImportError, got ${String(error)}`);
  return error;
}

describe("import tokens", () => {
  it("are stored only as their SHA-256, work until revoked, and note when they were used", async () => {
    const { id, token } = await createImportToken(db, "  migrazione iniziale ");
    expect(token).toMatch(/^afi_[\w-]{43}$/);
    const row = await db.importToken.findUniqueOrThrow({ where: { id } });
    expect(row.label).toBe("migrazione iniziale");
    expect(row.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(row)).not.toContain(token.slice(4));

    expect(await acceptImportToken(db, token)).toMatchObject({ id, label: "migrazione iniziale" });
    expect((await listImportTokens(db)).find((t) => t.id === id)?.lastUsedAt).toBeInstanceOf(Date);
    expect(await acceptImportToken(db, `${token}x`)).toBeNull();

    expect(await revokeImportToken(db, id)).toBe(true);
    expect(await revokeImportToken(db, id)).toBe(false);
    expect(await acceptImportToken(db, token)).toBeNull();
  });

  it("need a label", async () => {
    expect((await refusal(createImportToken(db, "   "))).message).toContain("label");
  });
});

describe("authorizeImport", () => {
  it("lets an admin in with the right password, and a valid token", async () => {
    const admin = await createUser(db, { username: "ada", displayName: "Ada", role: "admin", password: PASSWORD });
    expect(await authorizeImport(db, { username: "Ada", password: PASSWORD })).toEqual({ kind: "user", id: admin.id, username: "ada" });
    const { id, token } = await createImportToken(db, "ci");
    expect(await authorizeImport(db, { token })).toEqual({ kind: "token", id, label: "ci" });
  });

  it("refuses a wrong password, an unknown user, another role, a disabled admin and a revoked token", async () => {
    await createUser(db, { username: "tomaso", displayName: "Tomaso", role: "translator", password: PASSWORD });
    const disabled = await createUser(db, { username: "ex-admin", displayName: "Ex", role: "admin", password: PASSWORD });
    await db.user.update({ where: { id: disabled.id }, data: { disabledAt: new Date() } });
    const { id, token } = await createImportToken(db, "vecchio");
    await revokeImportToken(db, id);

    expect((await refusal(authorizeImport(db, { username: "ada", password: "sbagliata-sbagliata" }))).message).toBe(
      "Wrong username or password.",
    );
    expect((await refusal(authorizeImport(db, { username: "nessuno", password: PASSWORD }))).message).toBe("Wrong username or password.");
    expect((await refusal(authorizeImport(db, { username: "ex-admin", password: PASSWORD }))).message).toBe("Wrong username or password.");
    const role = await refusal(authorizeImport(db, { username: "tomaso", password: PASSWORD }));
    expect([role.code, role.message]).toEqual(["unauthorized", '"tomaso" is a translator; only an admin may import texts.']);
    expect((await refusal(authorizeImport(db, { token }))).message).toContain("unknown or revoked");
  });
});

describe("npm run import:token", { timeout: 120_000 }, () => {
  const run = (...args: string[]) =>
    spawnSync(process.execPath, ["node_modules/tsx/dist/cli.mjs", "scripts/import-token.ts", ...args], { encoding: "utf8" });

  it("prints a new token once, lists tokens without them, and revokes", async () => {
    const made = run("--label", "prima importazione");
    expect(made.status).toBe(0);
    const token = /^(afi_\S+)$/m.exec(made.stdout)?.[1] ?? "";
    expect(await acceptImportToken(db, token)).toMatchObject({ label: "prima importazione" });
    const id = (await listImportTokens(db)).find((row) => row.label === "prima importazione")!.id;

    const listed = run("--list");
    expect(listed.stdout).toMatch(new RegExp(`^${id}\tprima importazione\tmade .*\tlast used `, "m"));
    expect(listed.stdout).not.toContain(token.slice(4));

    expect(run("--revoke", String(id)).stdout.trim()).toBe(`Revoked import token ${id}.`);
    expect(await acceptImportToken(db, token)).toBeNull();
    const again = run("--revoke", String(id));
    expect([again.status, again.stderr.trim()]).toEqual([1, `No usable import token ${id} (unknown or already revoked).`]);
    expect(run().status).toBe(2);
    expect(run("--label", "x", "--list").status).toBe(2);
  });
});
