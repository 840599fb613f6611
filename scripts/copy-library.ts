import { createHash } from "node:crypto";
import { databaseEngine, redactPassword } from "../lib/database-url";
import type { Prisma } from "../lib/generated/prisma/client";
import { createPrismaClient, engineOf, type Database } from "../lib/prisma-client";
import { applyMigrations } from "./apply-migrations";

/**
 * Every table, in an order where each row's references are copied before it, with the
 * column it is read in order of. A model added to prisma/models.prisma and not here
 * fails the type check (the record must name every model).
 */
const TABLES: Record<Prisma.ModelName, { rank: number; key: string; serial: boolean }> = {
  User: { rank: 0, key: "id", serial: true },
  Document: { rank: 0, key: "id", serial: true },
  ImportToken: { rank: 0, key: "id", serial: true },
  RateLimit: { rank: 0, key: "key", serial: false },
  SignInAttempt: { rank: 0, key: "id", serial: true },
  Memory: { rank: 0, key: "id", serial: true },
  Paragraph: { rank: 1, key: "id", serial: true },
  GlossaryTerm: { rank: 1, key: "id", serial: true },
  Session: { rank: 1, key: "id", serial: false },
  MemoryUnit: { rank: 1, key: "id", serial: true },
  Revision: { rank: 2, key: "id", serial: true },
  GlossaryForm: { rank: 2, key: "id", serial: true },
  Comment: { rank: 2, key: "id", serial: true },
};

const ORDER = (Object.keys(TABLES) as Prisma.ModelName[]).sort((a, b) => TABLES[a].rank - TABLES[b].rank);
const CHUNK = 1000;
/** Long enough for a library of many books: the copy is one transaction on each side. */
const COPY_TIMEOUT_MS = 60 * 60_000;

export interface TableReport {
  table: string;
  rows: number;
  sourceChecksum: string;
  targetRows: number;
  targetChecksum: string;
}

type Row = Record<string, unknown>;
interface Delegate {
  findMany(args: { orderBy: Row; take: number; skip?: number; cursor?: Row }): Promise<Row[]>;
  createMany(args: { data: Row[] }): Promise<unknown>;
  count(): Promise<number>;
}

const delegate = (db: Database | Prisma.TransactionClient, table: Prisma.ModelName) =>
  (db as unknown as Record<string, Delegate>)[table[0]!.toLowerCase() + table.slice(1)]!;

/**
 * Copies a whole library (every row of every table, ids kept) from one database into
 * another, SQLite or PostgreSQL either way. The target is migrated first and must hold
 * no rows (a library is copied whole, never merged). The source is read in one
 * transaction, which holds its write lock, so the copy is of one moment even beside a
 * running server; the target is written in one transaction: all or nothing. Then both
 * are read again, table by table, and compared by row count and a SHA-256 of the rows.
 */
export async function copyLibrary(fromUrl: string, toUrl: string, log: (line: string) => void = console.log): Promise<TableReport[]> {
  if (fromUrl === toUrl) throw new CopyError("The source and the target are the same database.");
  const migrated = await applyMigrations({ ...process.env, DATABASE_URL: toUrl });
  if (migrated !== 0) throw new CopyError(`Migrating the target ${redactPassword(toUrl)} failed; nothing was copied.`);
  const source = createPrismaClient(fromUrl);
  const target = createPrismaClient(toUrl);
  try {
    for (const table of ORDER) {
      const rows = await delegate(target, table).count();
      if (rows > 0) {
        throw new CopyError(
          `The target ${redactPassword(toUrl)} is not empty (${table}: ${rows} rows); nothing was copied. Copy into a new, empty database.`,
        );
      }
    }
    const copied = await source.$transaction(
      (reader) =>
        target.$transaction(
          async (writer) => {
            const sums = new Map<Prisma.ModelName, { rows: number; checksum: string }>();
            for (const table of ORDER) {
              const hash = createHash("sha256");
              let rows = 0;
              for await (const chunk of chunks(reader, table)) {
                await delegate(writer, table).createMany({ data: chunk });
                for (const row of chunk) hash.update(canonical(row));
                rows += chunk.length;
              }
              sums.set(table, { rows, checksum: hash.digest("hex") });
              log(`${table}: ${rows} rows copied`);
            }
            if (engineOf(target) === "postgresql") await advanceSequences(writer);
            return sums;
          },
          { timeout: COPY_TIMEOUT_MS, maxWait: COPY_TIMEOUT_MS },
        ),
      { timeout: COPY_TIMEOUT_MS, maxWait: COPY_TIMEOUT_MS },
    );
    const reports: TableReport[] = [];
    for (const table of ORDER) {
      const again = await checksum(target, table);
      const { rows, checksum: sourceChecksum } = copied.get(table)!;
      reports.push({ table, rows, sourceChecksum, targetRows: again.rows, targetChecksum: again.checksum });
    }
    return reports;
  } finally {
    await source.$disconnect();
    await target.$disconnect();
  }
}

/** A table's rows and the SHA-256 of them, read in key order (as copyLibrary hashes them). */
export async function checksum(db: Database, table: Prisma.ModelName): Promise<{ rows: number; checksum: string }> {
  const hash = createHash("sha256");
  let rows = 0;
  for await (const chunk of chunks(db, table)) {
    for (const row of chunk) hash.update(canonical(row));
    rows += chunk.length;
  }
  return { rows, checksum: hash.digest("hex") };
}

async function* chunks(db: Database | Prisma.TransactionClient, table: Prisma.ModelName): AsyncGenerator<Row[]> {
  const { key } = TABLES[table];
  let cursor: unknown;
  for (;;) {
    const rows = await delegate(db, table).findMany({
      orderBy: { [key]: "asc" },
      take: CHUNK,
      ...(cursor === undefined ? {} : { skip: 1, cursor: { [key]: cursor } }),
    });
    if (rows.length === 0) return;
    yield rows;
    if (rows.length < CHUNK) return;
    cursor = rows.at(-1)![key];
  }
}

/** One row as one line: columns in the model's order, dates as ISO instants, so both engines' rows compare equal. */
function canonical(row: Row): string {
  return `${JSON.stringify(Object.entries(row).map(([column, value]) => [column, value instanceof Date ? value.toISOString() : value]))}\n`;
}

/** PostgreSQL's id sequences start after the copied ids (SQLite's AUTOINCREMENT follows explicit ids by itself). */
async function advanceSequences(tx: Prisma.TransactionClient): Promise<void> {
  for (const table of ORDER.filter((name) => TABLES[name].serial)) {
    await tx.$executeRawUnsafe(
      `SELECT setval(pg_get_serial_sequence('"${table}"', 'id'), coalesce((SELECT max("id") FROM "${table}"), 0) + 1, false)`,
    );
  }
}

export class CopyError extends Error {}

/** The report as lines, and whether every table matched. */
export function describeCopy(reports: readonly TableReport[], fromUrl: string, toUrl: string): { lines: string[]; ok: boolean } {
  const lines = [`Copied ${redactPassword(fromUrl)} (${databaseEngine(fromUrl)}) → ${redactPassword(toUrl)} (${databaseEngine(toUrl)}):`];
  let ok = true;
  for (const report of reports) {
    const same = report.rows === report.targetRows && report.sourceChecksum === report.targetChecksum;
    ok &&= same;
    lines.push(
      `  ${report.table.padEnd(14)} ${String(report.rows).padStart(8)} rows  sha256 ${report.sourceChecksum.slice(0, 16)}  ${same ? "= target" : `≠ target (${report.targetRows} rows, ${report.targetChecksum.slice(0, 16)})`}`,
    );
  }
  lines.push(ok ? "Every table's rows and checksum match." : "The target differs from the source: see above.");
  return { lines, ok };
}
