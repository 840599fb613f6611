import { spawn } from "node:child_process";
import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { verifyPassword } from "@/lib/auth/password";
import { typeKeys } from "@/scripts/read-password";

describe("keys typed at a terminal", () => {
  it("make up the password until Enter, and what follows is kept for the next question", () => {
    expect(typeKeys("", "segreto")).toEqual({ typed: "segreto", rest: "" });
    expect(typeKeys("seg", "reto\rripeti")).toEqual({ typed: "segreto", ended: "enter", rest: "ripeti" });
    expect(typeKeys("", "segreto\r\nripeti")).toEqual({ typed: "segreto", ended: "enter", rest: "ripeti" });
    expect(typeKeys("", "\n")).toEqual({ typed: "", ended: "enter", rest: "" });
  });

  it("take Backspace and Ctrl+U as editing, a whole character at a time", () => {
    expect(typeKeys("", "segretx\u007fo")).toEqual({ typed: "segreto", rest: "" });
    expect(typeKeys("", "ab\b\bc")).toEqual({ typed: "c", rest: "" });
    expect(typeKeys("", "\u007f\u007fa")).toEqual({ typed: "a", rest: "" });
    expect(typeKeys("città😀", "\u007f\u007f")).toEqual({ typed: "citt", rest: "" });
    expect(typeKeys("sbagliato", "\u0015giusto")).toEqual({ typed: "giusto", rest: "" });
  });

  it("cancel at Ctrl+C, and at Ctrl+D before anything is typed", () => {
    expect(typeKeys("mezza", "\u0003rest")).toEqual({ typed: "mezza", ended: "cancel", rest: "rest" });
    expect(typeKeys("", "\u0004")).toEqual({ typed: "", ended: "cancel", rest: "" });
    expect(typeKeys("a", "\u0004b")).toEqual({ typed: "ab", rest: "" });
  });

  it("leave out arrow keys, function keys, pasting markers and other control keys", () => {
    expect(typeKeys("", "a\u001b[Db\u001b[1;5Cc\u001bOPd")).toEqual({ typed: "abcd", rest: "" });
    expect(typeKeys("", "\u001b[200~incollato\u001b[201~")).toEqual({ typed: "incollato", rest: "" });
    expect(typeKeys("", "a\tb\u0007c\u0000")).toEqual({ typed: "abc", rest: "" });
    expect(typeKeys("", "a\u001b")).toEqual({ typed: "a", rest: "" });
  });
});

// The same path as a person at a terminal: `script` (util-linux) runs user:add on a
// pseudo-terminal, and each answer is typed only once its question is on the screen.
describe.skipIf(!fs.existsSync("/usr/bin/script"))("npm run user:add at a terminal", () => {
  function atTerminal(args: string[], answers: string[]) {
    const command = ["node", "node_modules/tsx/dist/cli.mjs", "scripts/user-add.ts", ...args].map((word) => `'${word}'`).join(" ");
    const child = spawn("script", ["--quiet", "--return", "--echo", "never", "--command", command, "/dev/null"], { env: process.env });
    let screen = "";
    const pending = [...answers];
    child.stdout.on("data", (chunk: Buffer) => {
      screen += chunk.toString();
      const asked = (screen.match(/Password: |Repeat the password: /g) ?? []).length;
      while (pending.length > answers.length - asked) child.stdin.write(pending.shift()!);
    });
    return new Promise<{ screen: string; status: number | null }>((resolve) => child.on("close", (status) => resolve({ screen, status })));
  }

  it("asks twice without showing what is typed, Backspace included", async () => {
    const { screen, status } = await atTerminal(["elena", "--role", "translator"], ["a-typed-passwordd\u007f\r", "a-typed-password\r"]);
    expect(screen).toContain("Password: \r\nRepeat the password: \r\n");
    expect(screen).not.toContain("a-typed");
    expect(screen).toContain('Created translator "elena" (elena).');
    expect(status).toBe(0);
    const user = await db.user.findUniqueOrThrow({ where: { username: "elena" } });
    expect(await verifyPassword("a-typed-password", user.passwordHash)).toBe(true);
  });

  it("creates nothing when the two answers differ, or when Ctrl+C is pressed", async () => {
    const differ = await atTerminal(["fabio", "--role", "translator"], ["a-typed-password\r", "another-password\r"]);
    expect(differ.screen).toContain("No account created: The two passwords differ.");
    expect(differ.status).toBe(1);
    const cancelled = await atTerminal(["fabio", "--role", "translator"], ["a-typed-pass\u0003"]);
    expect(cancelled.status).toBe(130);
    expect(cancelled.screen).not.toContain("a-typed");
    expect(await db.user.count({ where: { username: "fabio" } })).toBe(0);
  });
});
