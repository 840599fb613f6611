import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { box, half, openReader, TEXT } from "./reader-support";

test.describe("reading views", () => {
  test("side by side: every pair's halves start level, Italian on the left", async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await openReader(page, `${TEXT}?view=side`);
    for (let position = 1; position <= 15; position++) {
      const italian = await box(half(page, position, "it"));
      const english = await box(half(page, position, "en"));
      expect(Math.abs(italian.y - english.y), `pair ${position}`).toBeLessThanOrEqual(1);
      expect(english.x).toBeGreaterThan(italian.x + italian.width);
    }
  });

  test("either language can come first", async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await openReader(page, `${TEXT}?view=side`);
    await page.getByRole("link", { name: "English first" }).click();
    await expect(page).toHaveURL(/first=en/);
    const english = await box(half(page, 3, "en"));
    const italian = await box(half(page, 3, "it"));
    expect(italian.x).toBeGreaterThan(english.x + english.width);
  });

  test("Italian only and English only show one language", async ({ page }) => {
    await openReader(page, `${TEXT}?view=it`);
    await expect(page.locator(".pairs [lang='it'].half")).toHaveCount(15);
    await expect(page.locator(".pairs [lang='en'].half")).toHaveCount(0);
    await page.getByRole("link", { name: "English only" }).click();
    await expect(page.locator(".pairs [lang='en'].half")).toHaveCount(15);
    await expect(page.locator(".pairs [lang='it'].half")).toHaveCount(0);
    await expect(page.getByRole("link", { name: "English only" })).toHaveAttribute("aria-current", "page");
  });

  test("interleaved: each Italian paragraph is followed by its English", async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await openReader(page, `${TEXT}?view=interleaved`);
    for (const position of [1, 9, 15]) {
      const italian = await box(half(page, position, "it"));
      const english = await box(half(page, position, "en"));
      expect(english.y).toBeGreaterThanOrEqual(italian.y + italian.height);
    }
  });

  test("on demand: a click, a tap target or Enter reveals the counterpart in place and hides it again", async ({ page }) => {
    await openReader(page, `${TEXT}?view=reveal`);
    await expect(half(page, 2, "en")).toBeHidden();
    await half(page, 2, "it").click({ position: { x: 5, y: 5 } });
    await expect(half(page, 2, "en")).toBeVisible();
    await expect(half(page, 2, "en")).toContainText("Kazakhstan was the first stop");
    await half(page, 2, "it").click({ position: { x: 5, y: 5 } });
    await expect(half(page, 2, "en")).toBeHidden();

    // Keyboard: J moves to the first pair, Enter reveals its English.
    await page.locator("body").click({ position: { x: 2, y: 2 } });
    await page.keyboard.press("j");
    await expect(page.locator("#p-1")).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(half(page, 1, "en")).toBeVisible();
  });

  test("a chosen view is remembered for the next visit", async ({ page }) => {
    await openReader(page, `${TEXT}?view=interleaved&first=en`);
    await page.goto(TEXT);
    await expect(page.getByRole("link", { name: "Interleaved" })).toHaveAttribute("aria-current", "page");
    await expect(page.getByRole("link", { name: "English first" })).toHaveAttribute("aria-current", "page");
  });

  test("on a narrow screen side by side becomes interleaved", async ({ page }) => {
    await page.setViewportSize({ width: 420, height: 800 });
    await openReader(page, `${TEXT}?view=side`);
    const italian = await box(half(page, 4, "it"));
    const english = await box(half(page, 4, "en"));
    expect(english.y).toBeGreaterThanOrEqual(italian.y + italian.height);
    expect(Math.abs(english.x - italian.x)).toBeLessThan(30);
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("views are links and the on-demand view still reveals", async ({ page }) => {
    await page.goto(`${TEXT}?view=side`);
    await page.getByRole("link", { name: "Italian only" }).click();
    await expect(page).toHaveURL(/view=it/);
    await expect(page.locator(".pairs [lang='en'].half")).toHaveCount(0);

    await page.getByRole("link", { name: "On demand" }).click();
    await expect(half(page, 5, "en")).toBeHidden();
    await page.locator("#p-5 .counterpart > summary").click();
    await expect(half(page, 5, "en")).toBeVisible();
  });

  test("the view and the language order are remembered one by one, and nonsense is not", async ({ page }) => {
    await page.goto(`${TEXT}?view=reveal`);
    await page.goto(`${TEXT}?first=en`);
    await page.goto(`${TEXT}?view=sideways&first=de`);
    await expect(page.getByRole("link", { name: "On demand" })).toHaveAttribute("aria-current", "page");
    await expect(page.getByRole("link", { name: "English first" })).toHaveAttribute("aria-current", "page");

    await page.goto(TEXT);
    await expect(page.getByRole("link", { name: "On demand" })).toHaveAttribute("aria-current", "page");
    await expect(page.getByRole("link", { name: "English first" })).toHaveAttribute("aria-current", "page");
    // On demand with English first: the English is shown, the Italian waits to be revealed.
    await expect(half(page, 5, "en")).toBeVisible();
    await expect(half(page, 5, "it")).toBeHidden();
  });
});

test.describe("counterparts and links", () => {
  test("pointing at a paragraph highlights its counterpart", async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await openReader(page, `${TEXT}?view=side`);
    const english = half(page, 2, "en");
    const before = await english.evaluate((element) => getComputedStyle(element).backgroundColor);
    await half(page, 2, "it").hover();
    await expect.poll(() => english.evaluate((element) => getComputedStyle(element).backgroundColor)).not.toBe(before);
  });

  test("J and K move between pairs, and the focused pair is highlighted", async ({ page }) => {
    await openReader(page, `${TEXT}?view=side`);
    await page.locator("h1").click();
    await page.keyboard.press("j");
    await page.keyboard.press("j");
    await expect(page.locator("#p-2")).toBeFocused();
    await page.keyboard.press("k");
    await expect(page.locator("#p-1")).toBeFocused();
    // The highlight fades in: read it until it is there.
    await expect
      .poll(() => half(page, 1, "en").evaluate((element) => getComputedStyle(element).backgroundColor))
      .not.toBe("rgba(0, 0, 0, 0)");
  });

  test("a deep link scrolls to the pair and highlights both halves", async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 700 });
    await page.goto(`${TEXT}?view=side#p-12`);
    await expect(half(page, 12, "it")).toBeInViewport();
    for (const language of ["it", "en"] as const) {
      await expect(half(page, 12, language)).toHaveCSS("background-color", "rgb(253, 240, 196)");
    }
    await expect(half(page, 11, "it")).not.toHaveCSS("background-color", "rgb(253, 240, 196)");
  });

  test("each pair's link control copies its address", async ({ page, context }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await openReader(page, `${TEXT}?view=side`);
    await page.locator("#p-5 .pair-menu > summary").click();
    await page.getByRole("link", { name: "Link to paragraph 5", exact: true }).click();
    await expect(page.getByRole("status").filter({ hasText: "copied" })).toHaveText("Link to paragraph 5 copied.");
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toMatch(/\/en\/texts\/cesi-cina-kazakhstan\?view=side#p-5$/);
  });

  test("the language switch keeps the text, the view and the paragraph", async ({ page }) => {
    await openReader(page, "/it/texts/cesi-cina-kazakhstan?view=interleaved#p-5");
    await page.getByRole("link", { name: "English", exact: true }).click();
    await expect(page).toHaveURL(/\/en\/texts\/cesi-cina-kazakhstan\?view=interleaved#p-5$/);
    await expect(page.getByRole("link", { name: "Interleaved" })).toHaveAttribute("aria-current", "page");
    await expect(page.getByRole("navigation", { name: "Reading mode" })).toBeVisible();
  });
});

test.describe("accessibility", () => {
  for (const view of ["side", "it", "en", "interleaved", "sentences", "reveal"]) {
    test(`axe finds nothing in the ${view} view, and every paragraph carries its language`, async ({ page }) => {
      await page.goto(`/it/texts/cesi-cina-kazakhstan?view=${view}`);
      const paragraphs = page.locator(".pairs p.half");
      const count = await paragraphs.count();
      expect(count).toBeGreaterThanOrEqual(15);
      expect(await page.locator(".pairs p.half:not([lang])").count()).toBe(0);
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
    });
  }
});
