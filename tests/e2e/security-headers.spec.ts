// The security headers (lib/security-headers.mjs, set for every response by
// next.config.mjs) on pages, cached pages, route handlers and redirects; a page of
// another origin, cross-site or same-site, cannot frame the signed-in workspace; and
// the Content Security Policy lets every main page work without a single violation.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test, type APIResponse, type Page } from "@playwright/test";
import { ensureAccounts, ensureDocument, reviewPair, signIn } from "./review-support";
import { openReader, TEXT } from "./reader-support";

const SLUG = "prova-intestazioni";
const WORKSPACE = `/en/texts/${SLUG}/review`;

test.beforeAll(() => {
  ensureAccounts();
  ensureDocument(SLUG);
});

const CSP =
  `default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self'; img-src 'self'; font-src 'self'; connect-src 'self'; ` +
  "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

function expectSecurityHeaders(response: APIResponse, what: string) {
  const headers = response.headers();
  expect(headers["content-security-policy"], what).toBe(CSP);
  expect(headers["x-frame-options"], what).toBe("DENY");
  expect(headers["x-content-type-options"], what).toBe("nosniff");
  expect(headers["referrer-policy"], what).toBe("strict-origin-when-cross-origin");
  const permissions = headers["permissions-policy"]?.split(/,\s*/) ?? [];
  expect(permissions, what).toEqual(
    expect.arrayContaining(["camera=()", "microphone=()", "geolocation=()", "payment=()", "clipboard-write=(self)"]),
  );
  // The test server's SITE_URL is http: no HSTS.
  expect(headers["strict-transport-security"], what).toBeUndefined();
}

test("every kind of response carries the security headers", async ({ page, request }) => {
  const responses: [string, APIResponse][] = [];
  const get = async (url: string, client = request) => responses.push([url, await client.get(url, { maxRedirects: 0 })]);
  // Cached pages (the reader at its public address and its view page, the glossary), dynamic pages, redirects.
  await get(`${TEXT}?view=side`);
  await get(TEXT);
  await get("/it/glossary");
  await get("/it/sign-in");
  await get("/it/search?q=Kazakhstan");
  await get("/");
  await get(WORKSPACE);
  await get("/en/no-such-page");
  // Route handlers, metadata routes and the app's own files.
  await get("/it/glossary/export/csv");
  await get(`/en/texts/${SLUG}/download/md`);
  await get("/robots.txt");
  await get("/sitemap.xml");
  await get("/icon.svg");
  await signIn(page, "reviewer");
  await get(WORKSPACE, page.request);
  await get(`/en/texts/${SLUG}/export/tmx`, page.request);

  expect(responses.map(([url, response]) => `${url} ${response.status()}`)).toEqual([
    `${TEXT}?view=side 200`,
    `${TEXT} 200`,
    "/it/glossary 200",
    "/it/sign-in 200",
    "/it/search?q=Kazakhstan 200",
    expect.stringMatching(/^\/ 30\d$/),
    expect.stringMatching(new RegExp(`^${WORKSPACE} 30\\d$`)),
    "/en/no-such-page 404",
    "/it/glossary/export/csv 200",
    `/en/texts/${SLUG}/download/md 200`,
    "/robots.txt 200",
    "/sitemap.xml 200",
    "/icon.svg 200",
    `${WORKSPACE} 200`,
    `/en/texts/${SLUG}/export/tmx 200`,
  ]);
  for (const [url, response] of responses) expectSecurityHeaders(response, url);
  // And the scripts the pages load.
  const html = await (await request.get("/it/glossary")).text();
  const script = html.match(/\/_next\/static\/[^"]+\.js/)?.[0];
  expect(script).toBeDefined();
  expectSecurityHeaders(await request.get(script!), script!);
});

test("a page of another origin cannot frame the signed-in workspace", async ({ page, baseURL }) => {
  await signIn(page, "reviewer");
  await page.goto(WORKSPACE);
  await expect(reviewPair(page, 1)).toBeVisible();

  // The framing page is served for real from this machine: Chromium will not let a
  // page it thinks public (one made up with page.route) load a loopback address at all,
  // which would hide whether the headers do their work.
  const framing = http.createServer((_request, response) => {
    response.setHeader("Content-Type", "text/html; charset=utf-8");
    response.end(
      `<!doctype html><title>waiting</title><iframe src="${baseURL}${WORKSPACE}" width="900" height="700" onload="document.title = 'framed'"></iframe>`,
    );
  });
  await new Promise<void>((resolve) => framing.listen(0, "127.0.0.1", resolve));
  const { port } = framing.address() as AddressInfo;
  try {
    // Same-site on another port (it gets the SameSite=Lax session cookie, so it would
    // show the workspace with its Save and Approve buttons), and cross-site.
    for (const attacker of [`http://127.0.0.1:${port}/`, `http://localhost:${port}/`]) {
      await page.goto(attacker);
      await expect(page, attacker).toHaveTitle("framed");
      const frame = page.frames().find((candidate) => candidate !== page.mainFrame());
      expect(frame, attacker).toBeDefined();
      // The frame holds the browser's refusal, nothing of the app: no header, no pair, no button.
      expect(await frame!.locator(".site-header, article.review-pair, button").count(), attacker).toBe(0);
      expect(frame!.url(), attacker).not.toContain(new URL(baseURL!).host);
    }
  } finally {
    framing.close();
  }
});

/** Collects every Content Security Policy violation and every console complaint about the policies. */
async function watchPolicies(page: Page): Promise<string[]> {
  const reported: string[] = [];
  await page.exposeFunction("reportPolicyViolation", (violation: string) => reported.push(violation));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      const report = (window as unknown as { reportPolicyViolation: (violation: string) => void }).reportPolicyViolation;
      void report(
        `${location.pathname}: ${event.violatedDirective} blocked ${event.blockedURI || "inline"} (${event.sourceFile}:${event.lineNumber})`,
      );
    });
  });
  page.on("console", (message) => {
    if (/Content Security Policy|Permissions[- ]Policy|Refused to|Unrecognized feature/i.test(message.text()))
      reported.push(`console: ${message.text()}`);
  });
  return reported;
}

test("the main pages and what they do raise no policy violation", async ({ page, context }) => {
  test.setTimeout(120_000);
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  const violations = await watchPolicies(page);

  // Reading: the library, the reader with its script (tooltips, keys, copying a link), another view by its link.
  await page.goto("/en");
  await openReader(page, `${TEXT}?view=side`);
  await page.locator("#p-4 .half[lang='it'] a.term", { hasText: /^SCO$/ }).hover();
  await expect(page.getByRole("tooltip")).toBeVisible();
  await page.locator("h1").click();
  await page.keyboard.press("j");
  await page.locator("#p-5 .pair-menu > summary").click();
  await page.getByRole("link", { name: "Link to paragraph 5", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "copied" })).toBeVisible();
  await page.getByRole("link", { name: "Interleaved" }).click();
  await expect(page).toHaveURL(/view=interleaved/);
  await page.goto(`${TEXT}/print`);
  await page.goto(`${TEXT}/p/5`);
  await page.goto(`${TEXT}/p/5/report`);
  await page.goto("/en/glossary");
  await page.goto("/en/glossary/sco");
  await page.goto("/en/search?q=Kazakhstan");
  await page.goto("/en/no-such-page");

  // The team: sign in (a form), the index, the workspace with a save, a pair's history, the import page.
  await signIn(page, "admin");
  await page.goto(WORKSPACE);
  const english = reviewPair(page, 2).getByRole("textbox", { name: "English" });
  await english.fill("The agreement covers joint training of the two countries’ Armed Forces, as written.");
  await english.press("Control+s");
  await expect(reviewPair(page, 2).getByRole("status")).toContainText("saved");
  await page.goto(`${WORKSPACE}/2`);
  await page.goto("/en/import");
  await expect(page.locator("form").first()).toBeVisible();
  expect(violations).toEqual([]);

  // The watch itself works: an image from elsewhere is a violation it reports.
  await page.evaluate(() => {
    const image = document.createElement("img");
    image.src = "http://attacker.test/pixel.png";
    document.body.append(image);
  });
  await expect.poll(() => violations.filter((violation) => violation.includes("img-src")).length).toBeGreaterThan(0);
});
