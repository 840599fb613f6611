import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(import.meta.dirname),
      // The guard that keeps server modules out of browser bundles; tests are server-side.
      "server-only": path.resolve(import.meta.dirname, "tests/support/empty-module.ts"),
    },
  },
  test: {
    environment: "node",
    include: ["tests/unit/**/*.test.ts"],
    // PostgreSQL's own tests run in vitest.postgres.config.ts only.
    exclude: ["tests/unit/postgres/**"],
    globalSetup: ["tests/support/migrate-template-database.ts"],
    setupFiles: ["tests/support/use-test-database.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
