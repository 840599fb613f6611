import { databaseUrl } from "./database-url";
import { createPrismaClient, type Database } from "./prisma-client";

// One client per process. Outside production it is kept on globalThis so that
// Next's hot reload does not open a new connection on every change.
const cache = globalThis as unknown as { aFronteDb?: Database };

export const db: Database = cache.aFronteDb ?? createPrismaClient(databaseUrl());

if (process.env.NODE_ENV !== "production") cache.aFronteDb = db;
