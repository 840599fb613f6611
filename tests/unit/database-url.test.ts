import path from "node:path";
import { describe, expect, it } from "vitest";
import { databaseEngine, databaseUrl, prismaFolder } from "@/lib/database-url";

// DATABASE_URL alone chooses the engine: the app, the seed, the CLI and migrations all read it here.
const env = (DATABASE_URL?: string) => ({ ...process.env, DATABASE_URL }) as NodeJS.ProcessEnv;

describe("databaseUrl", () => {
  it("uses the embedded SQLite file when unset, and resolves file: paths", () => {
    expect(databaseUrl(env(undefined))).toBe(`file:${path.resolve("data", "a-fronte.db")}`);
    expect(databaseUrl(env("file:data/test/unit/elsewhere.db"))).toBe(`file:${path.resolve("data/test/unit/elsewhere.db")}`);
    expect(databaseEngine(databaseUrl(env(undefined)))).toBe("sqlite");
    expect(prismaFolder("sqlite")).toBe(path.join("prisma", "sqlite"));
  });

  it("takes a PostgreSQL URL as given, in either spelling", () => {
    for (const url of ["postgresql://a_fronte:secret@db.example.org:5432/a_fronte", "postgres://localhost/a_fronte"]) {
      expect(databaseUrl(env(url))).toBe(url);
      expect(databaseEngine(url)).toBe("postgresql");
    }
    expect(prismaFolder("postgresql")).toBe(path.join("prisma", "postgres"));
  });

  it("refuses anything else, naming both forms and never printing the password", () => {
    expect(() => databaseUrl(env("mysql://root:hunter2@localhost/a_fronte"))).toThrow(
      'DATABASE_URL must be a SQLite file URL such as file:./data/a-fronte.db or a PostgreSQL URL such as postgresql://user:password@localhost:5432/a_fronte (got "mysql://root:***@localhost/a_fronte")',
    );
  });
});
