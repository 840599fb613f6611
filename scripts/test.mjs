#!/usr/bin/env node
// `npm test`: the whole suite: the gate (typecheck, lint, layers, format), unit tests
// (Vitest) on SQLite, the data layer's unit tests again on PostgreSQL (when it can be
// had: scripts/test-postgres.mjs), then browser tests (Playwright on Debian's Chromium,
// with a two-instance test on PostgreSQL), ending with one line that adds them all up:
// "N passed, N failed".
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import { ensurePostgres } from "./test-postgres.mjs";

process.env.NEXT_TELEMETRY_DISABLED ??= "1";
const SUMMARY = "test-results/summary.txt";
fs.mkdirSync("test-results", { recursive: true });
fs.rmSync(SUMMARY, { force: true });

// The gate first: types, lint (with the folders' layers) and formatting, one count each.
// The route types (PageProps, RouteContext) come from `next typegen`, which a fresh
// clone has not run yet: it writes them without building.
const typecheck = () =>
  run("next typegen", ["node_modules/next/dist/bin/next", "typegen"]) === 0 &&
  run("typecheck", ["node_modules/typescript/bin/tsc", "--noEmit"]) === 0;
const gate = [
  typecheck(),
  ...[
    ["lint", ["node_modules/eslint/bin/eslint.js", "--max-warnings", "0", "."]],
    ["layers", ["scripts/check-layers.mjs"]],
    ["format", ["node_modules/prettier/bin/prettier.cjs", "--check", "."]],
  ].map(([name, args]) => run(name, args) === 0),
];
const gateCounts = { passed: gate.filter(Boolean).length, failed: gate.filter((ok) => !ok).length };

const chromium = ensureChromium();
ensurePackage(
  "python3-translate",
  () => spawnSync("/usr/bin/python3", ["-c", "import translate"], { stdio: "ignore" }).status === 0,
  "interoperability tests",
);
ensurePackage("epubcheck", () => fs.existsSync("/usr/share/java/epubcheck.jar"), "e-book tests");
const unit = run("vitest", [
  "node_modules/vitest/vitest.mjs",
  "run",
  "--reporter=default",
  "--reporter=json",
  "--outputFile=test-results/vitest.json",
]);
const unitCounts = readCounts("test-results/vitest.json", (report) => ({
  passed: report.numPassedTests,
  failed: report.numFailedTests + (report.numRuntimeErrors ?? 0),
}));

// The same data-layer tests on PostgreSQL (vitest.postgres.config.ts lists them).
const postgres = ensurePostgres();
if (postgres.skipped) console.log(postgres.skipped);
if (postgres.failed) console.error(postgres.failed);
const postgresUnit = postgres.url
  ? run(
      "vitest on PostgreSQL",
      [
        "node_modules/vitest/vitest.mjs",
        "run",
        "--config",
        "vitest.postgres.config.ts",
        "--reporter=default",
        "--reporter=json",
        "--outputFile=test-results/vitest-postgres.json",
      ],
      { TEST_POSTGRES_URL: postgres.url },
    )
  : 0;
const postgresCounts = postgres.url
  ? readCounts("test-results/vitest-postgres.json", (report) => ({
      passed: report.numPassedTests,
      failed: report.numFailedTests + (report.numRuntimeErrors ?? 0),
    }))
  : { passed: 0, failed: postgres.failed ? 1 : 0 };

// The browser tests start from a database of their own, created and seeded by the server.
for (const suffix of ["", "-wal", "-shm", "-journal"]) fs.rmSync(`data/test/e2e.db${suffix}`, { force: true });
const browser = run("playwright", ["node_modules/@playwright/test/cli.js", "test"], {
  CHROMIUM_PATH: chromium,
  ...(postgres.url ? { TEST_POSTGRES_URL: postgres.url } : {}),
});
const browserCounts = readCounts("test-results/playwright.json", (report) => ({
  passed: report.stats.expected + report.stats.flaky,
  failed: report.stats.unexpected,
}));

const passed = gateCounts.passed + unitCounts.passed + postgresCounts.passed + browserCounts.passed;
// A runner that crashed before reporting counts as one failure, never as a pass.
const failed =
  gateCounts.failed +
  unitCounts.failed +
  postgresCounts.failed +
  browserCounts.failed +
  (unit !== 0 && unitCounts.failed === 0 ? 1 : 0) +
  (postgresUnit !== 0 && postgresCounts.failed === 0 ? 1 : 0) +
  (browser !== 0 && browserCounts.failed === 0 ? 1 : 0);
const line = `${passed} passed, ${failed} failed`;
fs.writeFileSync(SUMMARY, `${line}\n`);
console.log(`\n${line}`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);

function run(name, args, extraEnv = {}) {
  console.log(`\n── ${name} ──`);
  const result = spawnSync(process.execPath, args, { stdio: "inherit", env: { ...process.env, ...extraEnv } });
  return result.status ?? 1;
}

function readCounts(file, pick) {
  try {
    const counts = pick(JSON.parse(fs.readFileSync(file, "utf8")));
    return { passed: counts.passed ?? 0, failed: counts.failed ?? 0 };
  } catch {
    return { passed: 0, failed: 0 };
  }
}

/** Debian's Chromium for Playwright: found, installed with apt-get when we are root, or named as missing. */
function ensureChromium() {
  const path = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
  if (fs.existsSync(path)) return path;
  const isRoot = process.getuid?.() === 0;
  const hasApt = fs.existsSync("/usr/bin/apt-get");
  if (!isRoot || !hasApt) {
    console.error(
      `The browser tests need Chromium at ${path}, and it is missing.\n` +
        "Install Debian's package as root (apt-get update && apt-get install -y chromium),\n" +
        "or set CHROMIUM_PATH to a Chromium or Chrome binary. (Playwright's own browser download is not used.)",
    );
    fs.writeFileSync(SUMMARY, "0 passed, 1 failed\n");
    console.log("\n0 passed, 1 failed");
    process.exit(1);
  }
  console.log("Installing Debian's Chromium for the browser tests (apt-get install chromium)...");
  for (const args of [["update"], ["install", "-y", "chromium"]]) {
    const result = spawnSync("apt-get", args, { stdio: "inherit", env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } });
    if (result.status !== 0) {
      console.error(`apt-get ${args.join(" ")} failed (exit ${result.status}).`);
      fs.writeFileSync(SUMMARY, "0 passed, 1 failed\n");
      console.log("\n0 passed, 1 failed");
      process.exit(1);
    }
  }
  return path;
}

/**
 * A Debian package that some tests run: found, installed with apt-get when we are root,
 * or named as missing (those tests then fail and say so; the others still run).
 * translate-toolkit for the interoperability tests (po2tmx, po2xliff, csv2tbx and its
 * readers), epubcheck for the e-book's.
 */
function ensurePackage(name, present, purpose) {
  if (present()) return;
  if (process.getuid?.() !== 0 || !fs.existsSync("/usr/bin/apt-get")) {
    console.error(`The ${purpose} need Debian's ${name} (apt-get install -y ${name}) and it is missing.`);
    return;
  }
  console.log(`Installing Debian's ${name} for the ${purpose} (apt-get install ${name})...`);
  for (const args of [["update"], ["install", "-y", name]]) {
    const result = spawnSync("apt-get", args, { stdio: "inherit", env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } });
    if (result.status !== 0) {
      console.error(`apt-get ${args.join(" ")} failed (exit ${result.status}); the ${purpose} will fail.`);
      return;
    }
  }
}
