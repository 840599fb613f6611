// The reading room: the toolbar's theme, text size and glossary marks (remembered,
// applied without a reload, and without JavaScript too), the place kept across a
// change of view or language, and the phone layout.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { box, half, openReader, TEXT } from "./reader-support";

const openAppearance = (page: Page) => page.locator(".appearance-menu > summary").click();
const background = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);

test("a theme, a text size and calmer glossary marks are chosen in the toolbar, applied at once and remembered", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await openReader(page, TEXT);
  const light = await background(page);
  const size = async () => Number.parseFloat(await half(page, 2, "it").evaluate((element) => getComputedStyle(element).fontSize));
  const before = await size();

  await openAppearance(page);
  await page.getByRole("link", { name: "Dark" }).click();
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  await expect(page.getByRole("link", { name: "Dark" })).toHaveAttribute("aria-current", "true");
  expect(await background(page)).not.toBe(light);
  expect(page.url()).not.toContain("theme=");

  await page.getByRole("link", { name: "Largest" }).click();
  expect(await size()).toBeGreaterThan(before * 1.25);

  // The fourth paragraph names the SCO twice in each language: in full, then by its abbreviation.
  const sco = half(page, 4, "en").locator('a.term[data-term="sco"]');
  const line = (index: number) => sco.nth(index).evaluate((element) => getComputedStyle(element).textDecorationLine);
  await expect(sco).toHaveCount(2);
  expect(await line(1)).toBe("underline");
  await page.getByRole("link", { name: "Mark the first in each paragraph" }).click();
  expect(await line(0)).toBe("underline");
  expect(await line(1)).toBe("none");
  await page.getByRole("link", { name: "Mark none" }).click();
  expect(await line(0)).toBe("none");

  // Remembered: the next page opens as chosen, with no flash of the default.
  await page.reload();
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  await expect(page.locator("html")).toHaveAttribute("data-size", "xl");
  expect(await line(0)).toBe("none");
  await page.goto("/en/glossary");
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
});

test("the theme follows the system until one is chosen", async ({ browser }) => {
  const context = await browser.newContext({ colorScheme: "dark" });
  const page = await context.newPage();
  await openReader(page, TEXT);
  expect(await background(page)).toBe("rgb(26, 25, 23)");
  await openAppearance(page);
  await page.getByRole("link", { name: "Light" }).click();
  expect(await background(page)).toBe("rgb(251, 249, 245)");
  await context.close();
});

test("without JavaScript the choices are links: the page comes back in the chosen theme, the choice marked", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(TEXT);
  await page.locator(".appearance-menu > summary").click();
  await page.getByRole("link", { name: "Sepia" }).click();
  await expect(page).toHaveURL(/theme=sepia/);
  await expect.poll(() => background(page)).toBe("rgb(244, 236, 216)");
  await page.goto(`${TEXT}?view=it`);
  await expect.poll(() => background(page)).toBe("rgb(244, 236, 216)");
  await page.locator(".appearance-menu > summary").click();
  const current = page.locator('[data-appearance="theme:sepia"]');
  expect(await current.evaluate((element) => getComputedStyle(element).fontWeight)).toBe("700");
  await context.close();
});

test("a change of view, language order or interface language keeps the paragraph being read", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await openReader(page, TEXT);
  await page.locator("#p-8").evaluate((element) => element.scrollIntoView({ block: "start" }));
  await page.mouse.wheel(0, 10);
  const toolbar = page.locator(".reading-toolbar");

  await page.getByRole("link", { name: "Interleaved" }).click();
  await expect(page).toHaveURL(/view=interleaved.*#p-8$/);
  const top = async () => (await box(page.locator("#p-8"))).y - (await box(toolbar)).y;
  await expect.poll(top).toBeLessThan(120);

  await page.getByRole("link", { name: "English first" }).click();
  await expect(page).toHaveURL(/first=en.*#p-8$/);
  await openAppearance(page);
  await toolbar.getByRole("link", { name: "Italiano" }).click();
  await expect(page).toHaveURL(/\/it\/texts\/cesi-cina-kazakhstan.*#p-8$/);
  await expect(page.locator("#p-8 .half").first()).toBeInViewport();
  // At the top of the text, a change of view opens at the top.
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.getByRole("link", { name: "A fronte", exact: true }).click();
  await expect(page).toHaveURL(/view=side[^#]*$/);
});

test("the translator's notes are folded beside their pair and shown only with the English", async ({ page }) => {
  await openReader(page, `${TEXT}?view=side`);
  const note = page.locator("#p-3 .translator-note");
  await expect(note.getByText("Translator’s note")).toBeVisible();
  await expect(note.locator("span[lang='en']")).toBeHidden();
  await note.getByText("Translator’s note").click();
  await expect(note.locator("span[lang='en']")).toContainText("The Italian source lacks a word here");

  await page.getByRole("link", { name: "Italian only" }).click();
  await expect(page.locator("#p-3 .half")).toHaveCount(1);
  await expect(page.locator("#p-3 .translator-note")).toHaveCount(0);

  // On demand, the note waits with the English it is about.
  await page.getByRole("link", { name: "On demand" }).click();
  await expect(page.locator("#p-3 .translator-note")).toBeHidden();
  await page.locator("#p-3 .counterpart > summary").click();
  await expect(page.locator("#p-3 .translator-note").getByText("Translator’s note")).toBeVisible();
});

test("on demand, each toggle says what it will do, and one button shows or hides every translation", async ({ page }) => {
  await openReader(page, `${TEXT}?view=reveal`);
  const toggle = page.locator("#p-2 .counterpart > summary");
  const says = () => toggle.innerText();
  await expect.poll(says).toBe("Show the English");
  await toggle.click();
  await expect.poll(says).toBe("Hide the English");
  await toggle.click();

  const english = page.locator(".pairs .half[lang='en']");
  await page.getByRole("button", { name: "Show every translation" }).click();
  for (const position of [1, 8, 15]) await expect(half(page, position, "en")).toBeVisible();
  await expect(page.locator("details.counterpart:not([open])")).toHaveCount(0);
  await page.getByRole("button", { name: "Hide every translation" }).click();
  await expect(english.first()).toBeHidden();
  await expect(page.locator("details.counterpart[open]")).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Show every translation" })).toBeVisible();
});

test("each pair's menu offers its link, its share page and a report; the share page leads on to its neighbours", async ({ page }) => {
  await openReader(page, TEXT);
  const menu = page.locator("#p-3 .pair-menu");
  await expect(menu.locator("a")).toHaveCount(3);
  await expect(menu.locator("a").first()).toBeHidden();
  await menu.locator("summary").click();
  await expect(menu.getByRole("link")).toHaveText([
    "Link to paragraph 3",
    "Share paragraph 3, with its card",
    "Report a problem with paragraph 3",
  ]);
  await menu.getByRole("link", { name: "Share paragraph 3, with its card" }).click();
  await expect(page).toHaveURL(/\/en\/texts\/cesi-cina-kazakhstan\/p\/3$/);
  // The share page marks glossary terms too, and leads on.
  await expect(page.locator('.pair .half[lang="en"] a.term[data-term="kazakhstan"]')).toHaveCount(1);
  await page.getByRole("link", { name: "Next paragraph" }).click();
  await expect(page).toHaveURL(/\/p\/4$/);
  await page.getByRole("link", { name: "Previous paragraph" }).click();
  await expect(page).toHaveURL(/\/p\/3$/);
  await page.goto(`${TEXT}/p/1`);
  await expect(page.getByRole("link", { name: "Previous paragraph" })).toHaveCount(0);
  await page.goto(`${TEXT}/p/15`);
  await expect(page.getByRole("link", { name: "Next paragraph" })).toHaveCount(0);
});

test("the toolbar shows how far into the text the reader is, and the library offers to continue there", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await openReader(page, TEXT);
  const progress = page.getByRole("progressbar", { name: "Reading progress" });
  await expect(progress).toHaveAttribute("aria-valuenow", "1");
  await page.locator("#p-11").evaluate((element) => element.scrollIntoView({ block: "start" }));
  await expect(progress).toHaveAttribute("aria-valuenow", "11");
  await expect(progress).toHaveAttribute("aria-valuetext", "Paragraph 11 of 15");
  // Kept in the browser: the library names the text and the paragraph.
  await expect.poll(() => page.evaluate(() => localStorage.getItem("a-fronte-reading") ?? "")).toContain('"position":11');
  await page.goto("/en");
  const resume = page.locator(".continue-reading").getByRole("link");
  await expect(resume).toHaveText("“Cina, sviluppo e limiti della cooperazione difensiva con il Kazakhstan”, at paragraph 11 of 15");
  await resume.click();
  await expect(page).toHaveURL(/\/en\/texts\/cesi-cina-kazakhstan[^#]*#p-11$/);
  await expect(page.locator("#p-11 .half").first()).toBeInViewport();
});

test("a first visit to the library offers nothing to continue", async ({ page }) => {
  await page.goto("/en");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.locator(".continue-reading")).toHaveCount(0);
});

test("a text once opened can be read offline, and the page says so", async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await openReader(page, `${TEXT}?view=interleaved`);
  await expect(page.locator(".offline-status")).toHaveText("Saved in this browser: this text can be read offline.");
  // Installable: a manifest with icons that exist.
  const manifest = await (await page.request.get("/manifest.webmanifest")).json();
  expect(manifest.start_url).toBe("/");
  for (const icon of manifest.icons) expect((await page.request.get(icon.src)).status(), icon.src).toBe(200);

  await context.setOffline(true);
  await page.reload();
  await expect(page.locator("#p-3 .half[lang='en']")).toContainText("the friendship that binds [China] and Kazakhstan");
  await expect(page.locator(".offline-status")).toHaveText("You are offline: this is the copy saved in this browser.");
  // With its styles and its script: the toolbar still sticks and still works.
  expect(await page.locator(".reading-toolbar").evaluate((element) => getComputedStyle(element).position)).toBe("sticky");
  await expect(page.locator("html")).toHaveAttribute("data-reader-enhanced", "true");
  // A page never opened is not there.
  await expect(page.goto("/en/texts/cesi-cina-kazakhstan/p/4")).rejects.toThrow();
  await context.setOffline(false);
  await context.close();
});

test("the service worker keeps, when asked, only public pages and this site's own built files", async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await openReader(page, TEXT);
  await expect(page.locator(".offline-status")).toHaveText("Saved in this browser: this text can be read offline.");
  const ask = (request: object) =>
    page.evaluate(async (message) => {
      const worker = (await navigator.serviceWorker.ready).active!;
      return new Promise<boolean>((resolve) => {
        const channel = new MessageChannel();
        channel.port1.onmessage = (event) => resolve(event.data.kept);
        worker.postMessage(message, [channel.port2]);
      });
    }, request);
  const kept = () =>
    page.evaluate(async () => {
      const urls = [];
      for (const name of await caches.keys())
        for (const request of await (await caches.open(name)).keys()) urls.push(new URL(request.url).pathname);
      return urls;
    });
  // The team's workspace is not kept, nor another site's file.
  expect(await ask({ type: "keep", page: "/en/review", assets: [] })).toBe(false);
  expect(await ask({ type: "keep", page: "https://example.org/en", assets: [] })).toBe(false);
  expect(await ask({ type: "keep", page: "/en/glossary", assets: ["https://example.org/_next/static/x.js", "/en/review"] })).toBe(true);
  const urls = await kept();
  expect(urls).toContain("/en/glossary");
  expect(urls).toContain("/en/texts/cesi-cina-kazakhstan");
  expect(urls.some((url) => url.startsWith("/_next/static/chunks/"))).toBe(true);
  expect(urls.filter((url) => url.includes("review") || url === "/_next/static/x.js")).toEqual([]);
  await context.close();
});

test("printed, the reader keeps two columns on Letter as on A4, and every page but the first carries the title", async ({ page }) => {
  await page.goto(`${TEXT}?view=side`);
  await page.emulateMedia({ media: "print" });
  // Letter's printable width at the page's margins (8.5 in less 28 mm), narrower than the phone layout's breakpoint.
  await page.setViewportSize({ width: 710, height: 900 });
  const italian = await box(half(page, 2, "it"));
  const english = await box(half(page, 2, "en"));
  expect(Math.abs(italian.y - english.y)).toBeLessThanOrEqual(1);
  expect(english.x).toBeGreaterThan(italian.x + italian.width);
  for (const hidden of [".reading-toolbar", ".pair-footer"]) await expect(page.locator(hidden).first()).toBeHidden();

  const head = await page.request.get(`${TEXT}/running-head.css`);
  expect(head.headers()["content-type"]).toContain("text/css");
  expect(await head.text()).toContain('content:"Cina, sviluppo e limiti della cooperazione difensiva con il Kazakhstan"');
  expect((await page.request.get("/en/texts/no-such-text/running-head.css")).status()).toBe(404);
  const pdf = await page.pdf({ format: "Letter" });
  expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test("the text starts on the first screen, the stacked layout is called so, and no keys are offered", async ({ page }) => {
    await openReader(page, TEXT);
    expect((await box(half(page, 1, "it"))).y).toBeLessThanOrEqual(400);
    expect(await page.locator('[data-view="side"]').innerText()).toBe("Stacked");
    await openAppearance(page);
    await expect(page.locator(".shortcuts")).toBeHidden();
    // Folded, not gone: the source and the downloads.
    await expect(page.getByRole("link", { name: "Download Markdown" })).toBeHidden();
    await page.getByText("About this text").click();
    await expect(page.getByRole("link", { name: "Download Markdown" })).toBeVisible();
    // Each pair's footer is one line: when it was reviewed, and its menu.
    const footer = await box(page.locator("#p-2 .pair-footer"));
    expect(footer.height).toBeLessThan(40);
    // The toolbar stays at hand while reading.
    await page.locator("#p-10").scrollIntoViewIfNeeded();
    expect((await box(page.locator(".reading-toolbar"))).y).toBeLessThanOrEqual(1);
  });
});

for (const theme of ["light", "sepia", "dark"]) {
  test(`axe finds nothing in the ${theme} theme, with the appearance menu open`, async ({ page }) => {
    await openReader(page, TEXT);
    await openAppearance(page);
    await page.getByRole("link", { name: theme[0]!.toUpperCase() + theme.slice(1), exact: true }).click();
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations).toEqual([]);
  });
}
