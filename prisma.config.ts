import path from "node:path";
import { defineConfig } from "prisma/config";
import { databaseEngine, databaseUrl, prismaFolder } from "./lib/database-url";
import { MigrationAdapter, PostgresMigrationAdapter } from "./scripts/migration-adapter";

// DATABASE_URL picks the engine: its schema folder (the shared prisma/models.prisma
// plus the engine's generator and datasource), its migrations and its adapter.
// Prisma's Rust schema engine is downloaded on first use, which fails offline: the
// "js" engine runs migrations through the same driver adapters the app uses.
// On SQLite it holds the database exclusively while it works (PRAGMA
// locking_mode=EXCLUSIVE), so it cannot start while another process has the file open
// in WAL mode, as a running server does: scripts/apply-migrations.ts only runs it when
// a migration is pending.
const url = databaseUrl();
const folder = prismaFolder(databaseEngine(url));

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: folder,
  migrations: { path: path.join(folder, "migrations") },
  async adapter() {
    // timeout: how long SQLite waits for another connection's lock before "database is locked".
    return databaseEngine(url) === "postgresql" ? new PostgresMigrationAdapter(url) : new MigrationAdapter({ url, timeout: 5000 });
  },
});
