// The database half of `npm start` (migrations, WAL, seed) on its own, for
// tests/unit/migrate-beside-server.test.ts: the rest (build, next start) does not
// touch the database, and a build is too slow for a unit test.
//
//   DATABASE_URL=file:/path.db node --import tsx tests/support/prepare-database-once.ts
import { prepareDatabase } from "../../scripts/prepare-database";

await prepareDatabase();
