import { spawnSync } from "node:child_process";
import fs from "node:fs";
import { TEMPLATE_DATABASE, TEST_DATABASE_DIR } from "./test-database";

// Vitest global setup: applies the real migrations with Prisma to a fresh template.
export default function migrateTemplateDatabase() {
  fs.rmSync(TEST_DATABASE_DIR, { recursive: true, force: true });
  fs.mkdirSync(TEST_DATABASE_DIR, { recursive: true });
  const result = spawnSync(process.execPath, ["scripts/prisma.mjs", "migrate", "deploy"], {
    env: { ...process.env, DATABASE_URL: `file:${TEMPLATE_DATABASE}` },
    encoding: "utf8",
  });
  if (result.status !== 0) throw new Error(`prisma migrate deploy failed:\n${result.stdout}\n${result.stderr}`);
}
