import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";

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
