import { randomBytes } from "node:crypto";
import { defineConfig } from "vitest/config";
import base from "./vitest.config";

// The data layer's tests again, on PostgreSQL: `TEST_POSTGRES_URL=postgresql://… npx
// vitest run --config vitest.postgres.config.ts` (npm test does it when it can start
// Debian's PostgreSQL: scripts/test.mjs). Each test file gets a database of its own.
// Left out: what only SQLite has (its FTS5 index and triggers, its write lock,
// migrating beside a server holding the file) and what needs no database.
if (!process.env.TEST_POSTGRES_URL) throw new Error("TEST_POSTGRES_URL must name a PostgreSQL server and a role that may create databases");
// Every worker inherits these: the test files' databases are PostgreSQL's
// (tests/support/test-database.ts), and the run's template database is found by name.
process.env.A_FRONTE_TEST_ENGINE = "postgresql";
process.env.A_FRONTE_TEST_RUN ??= randomBytes(4).toString("hex");

const POSTGRES_TEST_FILES = [
  "accounts",
  "activity",
  "alignment-operations",
  "batch-decision",
  "document-slugs",
  "epub",
  "exchange-editions",
  "exchange-glossary",
  "exchange-hostile-input",
  "find-replace",
  "glossary-data",
  "import-command",
  "import-document",
  "import-elsewhere",
  "import-form",
  "import-token",
  "library",
  "long-texts",
  "markdown-download",
  "mutation-pipeline",
  "new-source",
  "realign",
  "review-concurrency",
  "review-permissions",
  "review-workflow",
  "schema-drift",
  "save-pair",
  "search",
  "seed",
  "sentence-links",
  "store-document",
  "translate-toolkit",
  "translation-memory",
  "update-from-file",
];

// Not merged: mergeConfig would add these files to the base's whole list.
export default defineConfig({
  ...base,
  test: {
    ...base.test,
    include: [...POSTGRES_TEST_FILES.map((name) => `tests/unit/${name}.test.ts`), "tests/unit/postgres/*.test.ts"],
    exclude: [],
  },
});
