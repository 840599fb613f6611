import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { databaseEngine, type DatabaseEngine } from "./database-url";
import { PrismaClient } from "./generated/prisma/client";
import { PrismaClient as PostgresPrismaClient } from "./generated/prisma-postgres/client";

/**
 * The data layer's client. Both engines' clients are generated from the same models
 * (prisma/models.prisma) and answer the same queries with the same results; their
 * types differ only in details no query here uses (isolation level names), so the
 * PostgreSQL client is given the SQLite client's type at this one boundary.
 */
export type Database = PrismaClient;

/**
 * How long a write may wait for its turn: behind this process's open transaction (the
 * queue below) or another process's write lock (an import from the command line). A
 * save that merely waited is then applied, not refused; only past this is it answered
 * "unavailable".
 */
export const WRITE_WAIT_MS = 60_000;

const engines = new WeakMap<object, DatabaseEngine>();

/** The engine a client talks to, for the few places that must know (search, raw SQL). */
export function engineOf(db: Database): DatabaseEngine {
  return engines.get(db) ?? "sqlite";
}

/** A Prisma client on the database at `url` (as databaseUrl() returns it): SQLite or PostgreSQL. */
export function createPrismaClient(url: string): Database {
  const engine = databaseEngine(url);
  const client = engine === "postgresql" ? createPostgresClient(url) : createSqliteClient(url);
  engines.set(client, engine);
  return client;
}

/** PostgreSQL through the pg adapter's pool, each transaction taking the write lock (below). */
function createPostgresClient(url: string): Database {
  const client = new PostgresPrismaClient({
    adapter: new OneWriterPostgresAdapter({ connectionString: url, max: POSTGRES_POOL_SIZE }),
    transactionOptions: { maxWait: WRITE_WAIT_MS, timeout: WRITE_WAIT_MS },
  });
  return client as unknown as Database;
}

/** Connections per process: a few app servers stay well under PostgreSQL's default of 100. */
const POSTGRES_POOL_SIZE = 10;

/** The advisory lock every write transaction takes (any number; the same in every process). */
const WRITE_LOCK = 0x0af2_0e7e;

type PostgresAdapter = Awaited<ReturnType<PrismaPg["connect"]>>;

/**
 * Writes keep SQLite's semantics on PostgreSQL. Every transaction here writes after
 * reading and checking (a pair's version, a rate limit's count, four-eyes), written for
 * one writer at a time, which SQLite guarantees (BEGIN IMMEDIATE, above). Under
 * PostgreSQL's READ COMMITTED two such transactions in two processes (or two app
 * servers) would both pass their checks. So each transaction first takes one
 * cluster-wide advisory lock, held until it commits or rolls back: writers take turns
 * across every instance, readers (outside transactions) never wait.
 */
class OneWriterPostgresAdapter extends PrismaPg {
  override async connect(): Promise<PostgresAdapter> {
    const adapter = await super.connect();
    const startTransaction = adapter.startTransaction.bind(adapter);
    return Object.assign(adapter, {
      async startTransaction(isolationLevel?: Parameters<PostgresAdapter["startTransaction"]>[0]) {
        const transaction = await startTransaction(isolationLevel);
        try {
          await transaction.executeRaw({ sql: `SELECT pg_advisory_xact_lock(${WRITE_LOCK})`, args: [], argTypes: [] });
        } catch (error) {
          // Prisma sends ROLLBACK itself before rollback(), which only hands the connection back.
          await transaction.executeRaw({ sql: "ROLLBACK", args: [], argTypes: [] }).catch(() => undefined);
          await transaction.rollback();
          throw error;
        }
        return transaction;
      },
    });
  }
}

/** A Prisma client on the SQLite file at `url`, through the better-sqlite3 adapter. */
function createSqliteClient(url: string): PrismaClient {
  return new PrismaClient({
    // timeout: SQLite's own busy wait, kept short because better-sqlite3 waits
    // synchronously, holding up every request; longer waits are retried without blocking.
    adapter: new OneConnectionAdapter({ url, timeout: BLOCKING_WAIT_MS }),
    // maxWait: time to get the connection (the queue); timeout: a transaction's whole life.
    transactionOptions: { maxWait: WRITE_WAIT_MS, timeout: WRITE_WAIT_MS },
  });
}

const BLOCKING_WAIT_MS = 20;

type Adapter = Awaited<ReturnType<PrismaBetterSQLite3["connect"]>>;

/**
 * The adapter gives the client a single better-sqlite3 connection. It queues
 * transactions behind each other, but not the queries made outside one: such a query
 * (another request's) would run on the connection while a transaction is open, and so
 * inside it: it would see the transaction's uncommitted rows, and its own write would
 * be undone if that transaction rolled back, after being reported as saved. Here a
 * write outside a transaction waits until no transaction is open. A read outside a
 * transaction (a reader's page, a search) goes to a second, read-only connection
 * instead and waits for nothing: in WAL mode it reads the last committed state, so a
 * long transaction (an import) neither holds it up nor shows it half done.
 */
class OneConnectionAdapter extends PrismaBetterSQLite3 {
  constructor(private readonly config: { url: string; timeout: number }) {
    super(config);
  }

  override async connect(): Promise<Adapter> {
    const reader = await new PrismaBetterSQLite3({ ...this.config, readonly: true }).connect();
    return queueBehindTransactions(await super.connect(), reader);
  }
}

/** A statement that only reads: Prisma's reads, and the app's raw SELECTs (search). */
const READ_ONLY = /^\s*SELECT\b/i;

function queueBehindTransactions(adapter: Adapter, reader: Adapter): Adapter {
  let tail = Promise.resolve();
  /** Waits for the connection, and returns the function that hands it on. */
  function acquire(): Promise<() => void> {
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    const acquired = tail.then(() => once(release));
    tail = tail.then(() => released);
    return acquired;
  }

  const queued: Partial<Adapter> = {
    async queryRaw(query) {
      if (READ_ONLY.test(query.sql)) return whileBusy(() => reader.queryRaw(query));
      const release = await acquire();
      try {
        return await whileBusy(() => adapter.queryRaw(query));
      } finally {
        release();
      }
    },
    async executeRaw(query) {
      const release = await acquire();
      try {
        return await whileBusy(() => adapter.executeRaw(query));
      } finally {
        release();
      }
    },
    async startTransaction(isolationLevel) {
      const release = await acquire();
      try {
        const transaction = await adapter.startTransaction(isolationLevel);
        // The adapter began a deferred transaction: its first write would first open a read
        // snapshot, and if another process (an import's batch) commits while that write
        // waits for the lock, retrying it fails for good (SQLITE_BUSY_SNAPSHOT). Every
        // transaction here writes, so it takes the write lock at once instead, waiting
        // (without blocking) for as long as another process holds it.
        await transaction.executeRaw({ sql: "ROLLBACK", args: [], argTypes: [] });
        await whileBusy(() => transaction.executeRaw({ sql: "BEGIN IMMEDIATE", args: [], argTypes: [] }));
        // Prisma has already sent COMMIT or ROLLBACK when it calls these.
        const end = (done: () => Promise<void>) => () => done().finally(release);
        return Object.assign(Object.create(transaction) as typeof transaction, {
          commit: end(() => transaction.commit()),
          rollback: end(() => transaction.rollback()),
          // The transaction holds the write lock from its start; a statement refused as busy
          // (a checkpoint) is retried.
          queryRaw: (query: Parameters<typeof transaction.queryRaw>[0]) => whileBusy(() => transaction.queryRaw(query)),
          // If the COMMIT or ROLLBACK itself fails (SQLite already rolled back after a
          // full disk or an I/O error), Prisma never calls commit() or rollback():
          // hand the connection on here, or every later query would wait for ever.
          async executeRaw(query: Parameters<typeof transaction.executeRaw>[0]) {
            try {
              return await whileBusy(() => transaction.executeRaw(query));
            } catch (error) {
              if (/^\s*(COMMIT|ROLLBACK)\b/i.test(query.sql)) release();
              throw error;
            }
          },
        });
      } catch (error) {
        release();
        throw error;
      }
    },
  };
  const dispose = async () => {
    await reader.dispose();
    await adapter.dispose();
  };
  Object.assign(queued, { dispose });
  return new Proxy(adapter, {
    get(target, property) {
      if (Object.hasOwn(queued, property)) return queued[property as keyof Adapter];
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}

/**
 * Runs a statement, and again after a pause for as long as SQLite answers that another
 * process holds the write lock, up to WRITE_WAIT_MS. The pauses let other requests run.
 */
async function whileBusy<T>(statement: () => Promise<T>): Promise<T> {
  const started = Date.now();
  for (let pause = 5; ; pause = Math.min(pause * 2, 100)) {
    try {
      return await statement();
    } catch (error) {
      if (!isBusy(error) || Date.now() - started + pause > WRITE_WAIT_MS) throw error;
      await new Promise((resolve) => setTimeout(resolve, pause));
    }
  }
}

/** SQLITE_BUSY as the adapter reports it (a stale snapshot, SQLITE_BUSY_SNAPSHOT, is not retried). */
function isBusy(error: unknown): boolean {
  const cause = error instanceof Error ? (error.cause as { originalCode?: unknown } | undefined) : undefined;
  return cause?.originalCode === "SQLITE_BUSY";
}

function once(action: () => void): () => void {
  let done = false;
  return () => {
    if (done) return;
    done = true;
    action();
  };
}
