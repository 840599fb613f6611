import { defineConfig, devices } from "@playwright/test";
import { chromiumLaunchOptions } from "./tests/e2e/chromium";

const port = Number(process.env.E2E_PORT ?? 3100);
// The test server's database; the specs' fixtures read and write the same file.
process.env.E2E_DATABASE_URL ??= "file:data/test/e2e.db";

export default defineConfig({
  testDir: "tests/e2e",
  outputDir: "test-results/playwright",
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 2,
  // A server action (an import refused, a page of a long text) answered within 5 s alone
  // but not always with the other worker's tests on the same two cores.
  expect: { timeout: 15_000 },
  // A test that takes 20 s alone (several team pages, refusals over HTTP) took over 30 s
  // beside the other worker's on two cores; tests that need more still say so.
  timeout: 60_000,
  reporter: [["list"], ["json", { outputFile: "test-results/playwright.json" }]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: "retain-on-failure",
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: chromiumLaunchOptions,
      },
    },
  ],
  webServer: {
    // The same path as `npm start`: migrate, seed, build if needed, serve.
    command: "npx tsx scripts/start.ts",
    url: `http://127.0.0.1:${port}/it`,
    reuseExistingServer: false,
    timeout: 600_000,
    // SITE_URL: the absolute URLs in metadata and the sitemap point at this very server.
    // TRUSTED_PROXIES: the specs stand for a proxy on loopback, naming each simulated
    // reader's address in X-Forwarded-For (sign-in throttling and report limits count per address).
    env: {
      PORT: String(port),
      DATABASE_URL: process.env.E2E_DATABASE_URL,
      NEXT_TELEMETRY_DISABLED: "1",
      SITE_URL: `http://127.0.0.1:${port}`,
      TRUSTED_PROXIES: "127.0.0.1",
    },
    stdout: "pipe",
  },
});
