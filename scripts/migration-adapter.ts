import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";

/** SQLite's result code for "database is locked" (https://www.sqlite.org/rescode.html#busy). */
const SQLITE_BUSY = 5;

/**
 * The adapter Prisma's WebAssembly schema engine migrates through. The better-sqlite3
 * adapter reports SQLite's "database is locked" as the error kind `SocketTimeout`, which
 * the schema engine of Prisma 6.19 does not know: it failed with "WASM_ERROR: unknown
 * variant SocketTimeout" instead of naming the lock. Here that error is reported as the
 * SQLite error it is, so `migrate deploy` says "database is locked".
 */
export class MigrationAdapter extends PrismaBetterSQLite3 {
  override async connect(): Promise<Connection> {
    return reportBusyAsSqliteError(await super.connect());
  }
}

type Connection = Awaited<ReturnType<PrismaBetterSQLite3["connect"]>>;

/** Wraps every method of a connection (and of the transactions it starts). */
function reportBusyAsSqliteError<T extends object>(target: T): T {
  return new Proxy(target, {
    get(object, property) {
      const value: unknown = Reflect.get(object, property, object);
      if (typeof value !== "function") return value;
      return (...args: unknown[]) => {
        try {
          const result: unknown = value.apply(object, args);
          return result instanceof Promise ? result.then(wrapTransaction, rethrow) : result;
        } catch (error) {
          rethrow(error);
        }
      };
    },
  });
}

function wrapTransaction(result: unknown): unknown {
  const isTransaction = typeof result === "object" && result !== null && "commit" in result && "queryRaw" in result;
  return isTransaction ? reportBusyAsSqliteError(result) : result;
}

function rethrow(error: unknown): never {
  const cause = (error as { name?: unknown; cause?: { kind?: unknown; originalMessage?: unknown } } | null)?.cause;
  if ((error as { name?: unknown } | null)?.name === "DriverAdapterError" && cause?.kind === "SocketTimeout") {
    const message = typeof cause.originalMessage === "string" ? cause.originalMessage : "database is locked";
    (error as { cause: unknown }).cause = { kind: "sqlite", extendedCode: SQLITE_BUSY, message };
  }
  throw error;
}

/** PostgreSQL's catalog types `"char"` and `name` (identifiers), and `text`, by type id. */
const CATALOG_TYPES = new Set([18, 19]);
const TEXT_TYPE = 25;

/**
 * The adapter Prisma's schema engine migrates a PostgreSQL database through: the pg
 * adapter with two adjustments the CLI needs (the app's client needs neither).
 * - Catalog queries return `name` and `"char"` columns, which the adapter of Prisma 6.19
 *   cannot read ("Column type 'name' could not be deserialized", prisma/orm#27403; the
 *   same for 'char' in `db pull`): they are reported as text, which they are.
 * - A migration is sent as one script, not split at every ";" (which broke PL/pgSQL
 *   bodies and committed half of a failed migration): PostgreSQL runs a multi-statement
 *   query in one implicit transaction, so a migration applies whole or not at all.
 * The pool lets the process exit when idle: otherwise every command waits ~10 s.
 */
export class PostgresMigrationAdapter extends PrismaPg {
  constructor(connectionString: string) {
    super(nameAsTextPool({ connectionString, allowExitOnIdle: true }), { disposeExternalPool: true });
  }

  override async connect(): Promise<PostgresConnection> {
    const connection = await super.connect();
    const pool = connection.underlyingDriver() as pg.Pool;
    return Object.assign(connection, {
      async executeScript(script: string) {
        await pool.query(script);
      },
    });
  }
}

type PostgresConnection = Awaited<ReturnType<PrismaPg["connect"]>>;

/** A pool whose results report the catalog's `name` and `"char"` columns as text. */
function nameAsTextPool(config: pg.PoolConfig): pg.Pool {
  const pool = new pg.Pool(config);
  const query = pool.query.bind(pool) as (...args: unknown[]) => Promise<pg.QueryResult | pg.QueryResult[]>;
  return Object.assign(pool, {
    async query(...args: unknown[]) {
      const result = await query(...args);
      for (const part of Array.isArray(result) ? result : [result]) {
        for (const field of part.fields ?? []) if (CATALOG_TYPES.has(field.dataTypeID)) field.dataTypeID = TEXT_TYPE;
      }
      return result;
    },
  });
}
