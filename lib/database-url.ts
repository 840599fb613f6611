import fs from "node:fs";
import path from "node:path";

/** The embedded database used when DATABASE_URL is not set. */
export const DEFAULT_DATABASE_FILE = path.join("data", "a-fronte.db");

/** The two engines A Fronte runs on: SQLite embedded (the default), PostgreSQL by configuration. */
export type DatabaseEngine = "sqlite" | "postgresql";

/**
 * The database the app, the seed and Prisma's CLI all use: DATABASE_URL when set,
 * otherwise the embedded file under data/. A `file:` URL (a path, relative to the
 * working directory) is SQLite, and its folder is created so a fresh clone needs no
 * setup step; a `postgresql://` (or `postgres://`) URL is PostgreSQL, used as given.
 */
export function databaseUrl(env: NodeJS.ProcessEnv = process.env): string {
  const raw = env.DATABASE_URL?.trim() || `file:${DEFAULT_DATABASE_FILE}`;
  if (isPostgresUrl(raw)) return raw;
  if (!raw.startsWith("file:")) {
    throw new Error(
      `DATABASE_URL must be a SQLite file URL such as file:./data/a-fronte.db or a PostgreSQL URL such as postgresql://user:password@localhost:5432/a_fronte (got "${redactPassword(raw)}")`,
    );
  }
  const file = path.resolve(raw.slice("file:".length));
  fs.mkdirSync(path.dirname(file), { recursive: true });
  return `file:${file}`;
}

/** Which engine a database URL (as databaseUrl() returns it) names. */
export function databaseEngine(url: string = databaseUrl()): DatabaseEngine {
  return isPostgresUrl(url) ? "postgresql" : "sqlite";
}

/** The folder under prisma/ holding an engine's schema and migrations. */
export function prismaFolder(engine: DatabaseEngine): string {
  return path.join("prisma", engine === "postgresql" ? "postgres" : "sqlite");
}

/** A URL fit for a message or a log: the password replaced by "***". */
export function redactPassword(url: string): string {
  return url.replace(/^([a-z]+:\/\/[^:/@]*:)[^@]*@/i, "$1***@");
}

function isPostgresUrl(url: string): boolean {
  return /^postgres(ql)?:\/\//i.test(url);
}
