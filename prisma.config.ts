import path from "node:path";
import { defineConfig } from "prisma/config";
import { databaseUrl } from "./lib/database-url";
import { MigrationAdapter } from "./scripts/migration-adapter";

// Prisma's Rust schema engine is downloaded on first use, which fails offline. The
// "js" engine runs migrations through the same better-sqlite3 adapter the app uses.
// It holds the database exclusively while it works (PRAGMA locking_mode=EXCLUSIVE), so
// it cannot start while another process has the file open in WAL mode, as a running
// server does: scripts/apply-migrations.ts only runs it when a migration is pending.
export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations") },
  async adapter() {
    // timeout: how long SQLite waits for another connection's lock before "database is locked".
    return new MigrationAdapter({ url: databaseUrl(), timeout: 5000 });
  },
});
