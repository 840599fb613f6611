// A process holding the database the way a running server does, for
// tests/unit/migrate-beside-server.test.ts: lib/db's Prisma client (the app's
// better-sqlite3 adapter, one connection) after a first query, the file in WAL mode.
//
//   DATABASE_URL=file:/path.db node --import tsx tests/support/database-holder.ts
//
// It prints "ready" once it has read, answers each line on standard input with the
// number of documents (as a server answers requests), and exits when standard input ends.
import readline from "node:readline";
import { db } from "../../lib/db";

const countDocuments = async () => String(await db.document.count());

try {
  await countDocuments();
  console.log("ready");
  for await (const line of readline.createInterface({ input: process.stdin })) {
    if (line) console.log(await countDocuments());
  }
} finally {
  await db.$disconnect();
}
