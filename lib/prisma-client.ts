import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "./generated/prisma/client";

export type Database = PrismaClient;

/** A Prisma client on the SQLite file at `url`, through the better-sqlite3 adapter. */
export function createPrismaClient(url: string): PrismaClient {
  // timeout: how long a write waits for another writer's lock (SQLite busy timeout).
  return new PrismaClient({ adapter: new OneConnectionAdapter({ url, timeout: 5000 }) });
}

type Adapter = Awaited<ReturnType<PrismaBetterSQLite3["connect"]>>;

/**
 * The adapter gives the client a single better-sqlite3 connection. It queues
 * transactions behind each other, but not the queries made outside one: such a query
 * (another request's) would run on the connection while a transaction is open, and so
 * inside it: it would see the transaction's uncommitted rows, and its own write would
 * be undone if that transaction rolled back, after being reported as saved. Here a
 * query outside a transaction waits until no transaction is open.
 */
class OneConnectionAdapter extends PrismaBetterSQLite3 {
  override async connect(): Promise<Adapter> {
    return queueBehindTransactions(await super.connect());
  }
}

function queueBehindTransactions(adapter: Adapter): Adapter {
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
      const release = await acquire();
      try {
        return await adapter.queryRaw(query);
      } finally {
        release();
      }
    },
    async executeRaw(query) {
      const release = await acquire();
      try {
        return await adapter.executeRaw(query);
      } finally {
        release();
      }
    },
    async startTransaction(isolationLevel) {
      const release = await acquire();
      try {
        const transaction = await adapter.startTransaction(isolationLevel);
        // Prisma has already sent COMMIT or ROLLBACK when it calls these.
        const end = (done: () => Promise<void>) => () => done().finally(release);
        return Object.assign(Object.create(transaction) as typeof transaction, {
          commit: end(() => transaction.commit()),
          rollback: end(() => transaction.rollback()),
          queryRaw: transaction.queryRaw.bind(transaction),
          // If the COMMIT or ROLLBACK itself fails (SQLite already rolled back after a
          // full disk or an I/O error), Prisma never calls commit() or rollback():
          // hand the connection on here, or every later query would wait for ever.
          async executeRaw(query: Parameters<typeof transaction.executeRaw>[0]) {
            try {
              return await transaction.executeRaw(query);
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
  return new Proxy(adapter, {
    get(target, property) {
      if (Object.hasOwn(queued, property)) return queued[property as keyof Adapter];
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}

function once(action: () => void): () => void {
  let done = false;
  return () => {
    if (!done) (done = true), action();
  };
}
