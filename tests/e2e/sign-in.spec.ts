import { spawnSync } from "node:child_process";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type APIRequestContext } from "@playwright/test";

const PASSWORD = "revisione-attenta-2026";

// Accounts come from the command line, as for a real installation, in the test server's database.
test.beforeAll(() => {
  const accounts = [
    { username: "giovanna", role: "reviewer", name: "Giovanna Neri" },
    { username: "tomaso", role: "translator", name: "Tomaso Gialli" },
  ];
  for (const { username, role, name } of accounts) {
    const result = spawnSync(
      process.execPath,
      ["node_modules/tsx/dist/cli.mjs", "scripts/user-add.ts", username, "--role", role, "--name", name],
      { input: `${PASSWORD}\n`, encoding: "utf8", env: { ...process.env, DATABASE_URL: process.env.E2E_DATABASE_URL } },
    );
    if (result.status !== 0 && !result.stderr.includes("is taken")) throw new Error(result.stderr);
  }
});

test("a reviewer signs in and out in Italian, with an httpOnly SameSite session cookie", async ({ page, context }) => {
  await page.goto("/it/sign-in");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Accesso per traduttori e revisori");

  await page.getByLabel("Nome utente").fill("giovanna");
  await page.getByLabel("Password").fill("password sbagliata");
  await page.getByRole("button", { name: "Accedi" }).click();
  await expect(page.locator(".auth-form").getByRole("alert")).toHaveText("Nome utente o password non corretti.");
  expect((await context.cookies()).find((cookie) => cookie.name === "a-fronte-session")).toBeUndefined();

  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Accedi" }).click();
  await expect(page).toHaveURL(/\/it\/review$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Testi da rivedere");
  const session = (await context.cookies()).find((cookie) => cookie.name === "a-fronte-session");
  expect(session?.httpOnly).toBe(true);
  expect(session?.sameSite).toBe("Lax");
  expect(await page.evaluate(() => document.cookie)).not.toContain("a-fronte-session");

  await page.goto("/it/sign-out");
  await expect(page.getByText("Accesso effettuato come Giovanna Neri (revisore).")).toBeVisible();
  await page.locator(".auth-page").getByRole("button", { name: "Esci" }).click();
  await expect(page.getByRole("status")).toHaveText("Sei uscito.");
  expect((await context.cookies()).find((cookie) => cookie.name === "a-fronte-session")).toBeUndefined();
  await page.goto("/it/sign-out");
  await expect(page.getByText("Non hai effettuato l’accesso.")).toBeVisible();
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a translator signs in in English and is taken where they were going", async ({ page }) => {
    await page.goto("/en/sign-in?next=/en/glossary");
    await page.getByLabel("Username").fill("tomaso");
    await page.getByLabel("Password").fill(PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/en\/glossary$/);
    await page.goto("/en/sign-in");
    await expect(page.getByText("Signed in as Tomaso Gialli (translator).")).toBeVisible();
  });
});

test("a sign-in never redirects to another site", async ({ page }) => {
  await page.goto("/en/sign-in?next=//evil.example/steal");
  await page.getByLabel("Username").fill("giovanna");
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  // The next address is refused; the user lands in the workspace of this site instead.
  await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/en\/review$/);
});

test.describe("repeated failures", () => {
  test("are slowed down with a message saying how long to wait", async ({ page }, testInfo) => {
    // An address of this run's own, so the lock holds up no other test's sign-ins.
    await page.setExtraHTTPHeaders({ "X-Forwarded-For": `203.0.113.${10 + testInfo.repeatEachIndex * 5 + testInfo.retry}` });
    // Five wrong passwords for one account from one address...
    for (let attempt = 1; attempt <= 5; attempt++) {
      // A fresh form each time: its alert appears only once this attempt is answered.
      await page.goto("/en/sign-in");
      await page.getByLabel("Username").fill("giovanna");
      await page.getByLabel("Password").fill(`not the password ${attempt}`);
      await page.getByRole("button", { name: "Sign in" }).click();
      await expect(page.locator(".auth-form").getByRole("alert")).toHaveText("Wrong username or password.");
    }
    // ...and even the right one waits there.
    await page.goto("/en/sign-in");
    await page.getByLabel("Username").fill("giovanna");
    await page.getByLabel("Password").fill(PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    const alert = page.locator(".auth-form").getByRole("alert");
    await expect(alert).toHaveText(/^Too many failed attempts: try again in \d+ seconds\.$/);
    // The lock lasts 30 s from the fifth failure; a busy machine may take a few of them to answer.
    const seconds = Number((await alert.textContent())?.match(/\d+/)?.[0]);
    expect(seconds).toBeGreaterThan(15);
    expect(seconds).toBeLessThanOrEqual(30);
  });
});

test.describe("a burst of sign-ins", () => {
  /** Posts the sign-in form as a browser without JavaScript does; the answer is the page with the form's alert. */
  async function postSignIn(
    request: APIRequestContext,
    fields: [string, string][],
    username: string,
    address: string,
    origin: string,
  ): Promise<string> {
    const multipart: Record<string, string> = Object.fromEntries(fields);
    const response = await request.post("/en/sign-in", {
      multipart: { ...multipart, username, password: "a wrong password" },
      headers: { "X-Forwarded-For": address, Origin: origin },
      maxRedirects: 0,
    });
    const html = await response.text();
    return html.match(/class="form-error">([^<]*)</)?.[1] ?? `no alert (HTTP ${response.status()})`;
  }

  test("is answered 'try again in a moment' beyond the server's cap, without checking those passwords", async ({
    page,
    request,
  }, testInfo) => {
    await page.goto("/en/sign-in");
    // The form's hidden fields name the server action, as the browser would send them.
    const fields = await page
      .locator(".auth-form input[type=hidden]")
      .evaluateAll((inputs) =>
        inputs.map((input) => [(input as HTMLInputElement).name, (input as HTMLInputElement).value] as [string, string]),
      );
    const run = `${testInfo.workerIndex}-${Date.now()}`;
    // Forty at once, each with its own username and address: no per-account or per-address limit applies.
    const alerts = await Promise.all(
      Array.from({ length: 40 }, (_, n) =>
        postSignIn(request, fields, `burst-${run}-${n}`, `198.18.${testInfo.workerIndex}.${n}`, new URL(page.url()).origin),
      ),
    );
    const busy = alerts.filter((alert) => alert === "The server is checking many sign-ins at once: try again in a moment.");
    const checked = alerts.filter((alert) => alert === "Wrong username or password.");
    expect(busy.length).toBeGreaterThan(0);
    expect(busy.length + checked.length).toBe(40);
  });
});

test("axe finds nothing on the sign-in page", async ({ page }) => {
  await page.goto("/it/sign-in");
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
});

test.describe("the header", () => {
  test("names the member on readers' and team pages, leads to the workspace and signs out", async ({ page, context }) => {
    const header = page.locator(".site-header");
    await page.goto("/en/texts/cesi-cina-kazakhstan");
    await expect(header.getByRole("link", { name: "Sign in" })).toBeVisible();
    await expect(header.getByText("Tomaso Gialli")).toHaveCount(0);

    await page.goto("/en/sign-in");
    await page.getByLabel("Username").fill("tomaso");
    await page.getByLabel("Password").fill(PASSWORD);
    await page.locator(".auth-form").getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/\/en\/review$/);
    await expect(header.getByText("Tomaso Gialli, translator")).toBeVisible();

    // A reader's page is the same cached page for everyone: the name comes from the browser.
    const html = await (await page.request.get("/en/texts/cesi-cina-kazakhstan")).text();
    expect(html).not.toContain("Tomaso Gialli");
    await page.goto("/it/texts/cesi-cina-kazakhstan");
    await expect(header.getByText("Tomaso Gialli, traduttore")).toBeVisible();
    await expect(header.getByRole("link", { name: "Accedi" })).toHaveCount(0);
    await header.getByRole("link", { name: "Area di lavoro" }).click();
    await expect(page).toHaveURL(/\/it\/review$/);
    expect(await new AxeBuilder({ page }).analyze().then((results) => results.violations.map((violation) => violation.id))).toEqual([]);

    await header.getByRole("button", { name: "Esci" }).click();
    await expect(page).toHaveURL(/\/it\/sign-in\?signedOut=1$/);
    await expect(header.getByRole("link", { name: "Accedi" })).toBeVisible();
    const names = (await context.cookies()).map((cookie) => cookie.name);
    expect(names).not.toContain("a-fronte-session");
    expect(names).not.toContain("a-fronte-member");
  });

  test("forgets the name once the session cookie is gone", async ({ page, context, baseURL }) => {
    await context.addCookies([
      { name: "a-fronte-member", value: encodeURIComponent(JSON.stringify({ name: "Nessuno", role: "reviewer" })), url: baseURL! },
    ]);
    await page.goto("/en/glossary");
    await expect(page.locator(".site-header").getByRole("link", { name: "Sign in" })).toBeVisible();
    expect((await context.cookies()).map((cookie) => cookie.name)).not.toContain("a-fronte-member");
  });
});
