import fs from "node:fs";
import path from "node:path";

/** The embedded database used when DATABASE_URL is not set. */
export const DEFAULT_DATABASE_FILE = path.join("data", "a-fronte.db");

/**
 * The SQLite URL the app, the seed and Prisma's CLI all use: DATABASE_URL when set
 * (`file:` + a path, relative to the working directory), otherwise the embedded
 * file under data/. The folder is created so a fresh clone needs no setup step.
 */
export function databaseUrl(env: NodeJS.ProcessEnv = process.env): string {
  const raw = env.DATABASE_URL?.trim() || `file:${DEFAULT_DATABASE_FILE}`;
  if (!raw.startsWith("file:")) {
    throw new Error(`DATABASE_URL must be a SQLite file URL such as file:./data/a-fronte.db (got "${raw}")`);
  }
  const file = path.resolve(raw.slice("file:".length));
  fs.mkdirSync(path.dirname(file), { recursive: true });
  return `file:${file}`;
}
