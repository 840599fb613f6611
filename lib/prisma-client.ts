import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "./generated/prisma/client";

export type Database = PrismaClient;

/** A Prisma client on the SQLite file at `url`, through the better-sqlite3 adapter. */
export function createPrismaClient(url: string): PrismaClient {
  // timeout: how long a write waits for another writer's lock (SQLite busy timeout).
  return new PrismaClient({ adapter: new PrismaBetterSQLite3({ url, timeout: 5000 }) });
}
