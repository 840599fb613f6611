import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { createDatabase, databaseOnServer, dropDatabase } from "../../scripts/postgres-admin";
import { ACCOUNTS, ensureAccounts, ensureDocument, fillEditor, reviewPair, signIn } from "./review-support";

// Two app servers on one PostgreSQL database behave as one site: a session opened on
// one is valid on the other, and an approval on one reaches the readers of the other
// at once, although each keeps its own cache of rendered pages (the approval is told
// to the other through PostgreSQL: lib/cache/cluster-cache-handler.mjs). Runs when
// npm test has PostgreSQL (TEST_POSTGRES_URL, scripts/test-postgres.mjs); each run
// makes a database of its own and drops it.

const serverUrl = process.env.TEST_POSTGRES_URL;
const BASE_PORT = Number(process.env.E2E_PORT ?? 3100);
const ORIGIN_A = `http://127.0.0.1:${BASE_PORT + 1}`;
const ORIGIN_B = `http://127.0.0.1:${BASE_PORT + 2}`;
const SLUG = `two-instances-${Date.now().toString(36)}`;
const DATABASE = `a_fronte_e2e_${randomBytes(4).toString("hex")}`;

test.skip(!serverUrl, "needs PostgreSQL: npm test sets TEST_POSTGRES_URL when it can");
test.describe.configure({ mode: "serial" });

let databaseUrl = "";
const servers: ChildProcess[] = [];

test.beforeAll(async ({}, testInfo) => {
  // Migrating a new PostgreSQL database with Prisma takes ~11 s, then each server starts.
  testInfo.setTimeout(240_000);
  await createDatabase(serverUrl!, DATABASE);
  databaseUrl = databaseOnServer(serverUrl!, DATABASE);
  // One after the other, as an operator would: the first migrates and seeds, the second finds it done.
  for (const origin of [ORIGIN_A, ORIGIN_B]) await startServer(origin);
  ensureAccounts(databaseUrl);
  ensureDocument(SLUG, undefined, databaseUrl);
});

test.afterAll(async () => {
  for (const server of servers) if (server.pid) process.kill(-server.pid, "SIGTERM");
  await Promise.all(
    servers.map((server) => new Promise((resolve) => (server.exitCode === null ? server.once("exit", resolve) : resolve(null)))),
  );
  await dropDatabase(serverUrl!, DATABASE);
});

const EDITED = "The agreement covers the joint training of both countries’ armed forces.";
const readerEnglish = (page: Page, position: number) => page.locator(`#p-${position} .half[data-lang="en"]`);

test("a session from one instance is valid on the other, and a save and approval on one are read on the other at once", async ({
  page,
}) => {
  const reader = `/en/texts/${SLUG}?view=side`;
  // A reader on B: pair 2 awaits review; B now holds the page in its cache.
  for (let load = 0; load < 2; load++) {
    await page.goto(`${ORIGIN_B}${reader}`);
    await expect(readerEnglish(page, 2)).toHaveText("Translation not available yet.");
  }

  // The reviewer signs in on A; the session (kept in the database) opens B's workspace too.
  await signIn(page, "reviewer", "en", ORIGIN_A);
  await page.goto(`${ORIGIN_B}/en/texts/${SLUG}/review`);
  await expect(page).toHaveURL(`${ORIGIN_B}/en/texts/${SLUG}/review`);
  await expect(page.getByRole("heading", { name: "1 of 3 paragraphs approved" })).toBeVisible();
  await expect(page.getByRole("banner")).toContainText(ACCOUNTS.reviewer.name);

  // Saved and approved on A…
  await page.goto(`${ORIGIN_A}/en/texts/${SLUG}/review`);
  const english = reviewPair(page, 2).getByRole("textbox", { name: "English" });
  await fillEditor(english, EDITED);
  await english.press("Control+s");
  await expect(reviewPair(page, 2).getByRole("status")).toHaveText("Paragraph 2 saved.");
  await reviewPair(page, 2).getByRole("button", { name: "Approve" }).click();
  await expect(reviewPair(page, 2).getByRole("status")).toHaveText("Paragraph 2 approved: readers now see this Italian and English.");
  const approvedAt = Date.now();

  // …read on B, without waiting for B's copy of the page to expire (60 s).
  const readerPage = await (await page.context().browser()!.newContext()).newPage();
  await expect
    .poll(
      async () => {
        await readerPage.goto(`${ORIGIN_B}${reader}`);
        return readerEnglish(readerPage, 2).textContent();
      },
      { timeout: 15_000, intervals: [100] },
    )
    .toBe(EDITED);
  console.info(`two instances: the approval on A was served by B after ${Date.now() - approvedAt} ms`);
  await expect(readerEnglish(readerPage, 2)).toHaveAttribute("lang", "en");
});

async function startServer(origin: string) {
  const server = spawn(process.execPath, ["node_modules/tsx/dist/cli.mjs", "scripts/start.ts"], {
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      PORT: new URL(origin).port,
      SITE_URL: origin,
      TRUSTED_PROXIES: "127.0.0.1",
      NEXT_TELEMETRY_DISABLED: "1",
    },
    // Its own process group: the server (scripts/serve.mjs) is stopped with it.
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  servers.push(server);
  let output = "";
  server.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  server.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  for (let waited = 0; waited < 200; waited++) {
    if (server.exitCode !== null) throw new Error(`The server at ${origin} stopped:\n${output}`);
    const ready = await fetch(`${origin}/en`).then(
      (response) => response.ok,
      () => false,
    );
    if (ready) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`The server at ${origin} did not start:\n${output}`);
}
