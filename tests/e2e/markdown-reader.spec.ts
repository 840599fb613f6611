import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { ensureMarkdownDocument } from "../support/print-fixtures";
import { box } from "./reader-support";

// A text of this spec's own whose pairs carry Markdown: pair 1 a level-2 heading,
// pairs 2 and 3 emphasis and strong around glossary terms, pair 4 escaped asterisks.
const SLUG = "markdown-reader-prova";
const READER = `/en/texts/${SLUG}`;

test.beforeAll(() => ensureMarkdownDocument(SLUG));

const pairText = (page: Page, position: number) => page.locator(`#p-${position}`).locator(".half");

/** What a reader sees of pairs 1-3: no Markdown marker anywhere. */
async function expectNoMarkers(page: Page) {
  for (const position of [1, 2, 3]) {
    for (const text of await pairText(page, position).allTextContents()) expect(text).not.toContain("*");
  }
}

test("side by side: the heading pair is an h2 in both languages, level, with emphasis inside", async ({ page }) => {
  await page.goto(`${READER}?view=side&first=it`);
  const headingIt = page.locator("#p-1 h2[lang=it]");
  const headingEn = page.locator("#p-1 h2[lang=en]");
  await expect(page.getByRole("heading", { level: 2, name: "Le origini della cooperazione con la Cina" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "The origins of the cooperation with China" })).toBeVisible();
  await expect(headingIt.locator("em")).toHaveText("origini");
  await expect(headingEn.locator("em")).toHaveText("origins");
  const [it, en] = [await box(headingIt), await box(headingEn)];
  expect(Math.abs(it.y - en.y)).toBeLessThan(2);
  expect(it.x).toBeLessThan(en.x);
  await expectNoMarkers(page);
});

test("side by side: emphasis and strong around glossary terms keep both the style and the term", async ({ page }) => {
  await page.goto(`${READER}?view=side&first=it`);
  // **Cina**: a strong glossary term that still opens its definition.
  const china = page.locator("#p-2 [lang=it] a.term", { hasText: "Cina" });
  await expect(china.locator("strong")).toHaveText("Cina");
  await expect(china).toHaveAttribute("href", "/en/glossary/cina");
  await expect(page.locator("#p-2 [lang=en] a.term strong")).toHaveText("China");
  await expect(page.locator("#p-2 [lang=it] a.term em")).toHaveText("Kazakhstan");
  await expect(page.locator("#p-2 [lang=en] a.term em")).toHaveText("Kazakhstan");
  // *Pechino e la SCO*: two terms inside one emphasis, each its own link, all of it emphasized.
  expect((await page.locator("#p-3 [lang=it] em").allTextContents()).join("")).toBe("Pechino e la SCO");
  await expect(page.locator("#p-3 [lang=it] a.term em")).toHaveText(["Pechino", "SCO"]);
  await expect(page.locator("#p-3 [lang=en] a.term em")).toHaveText(["Beijing", "SCO"]);
  await expectNoMarkers(page);
  await expect(page.locator("#p-2 .half[lang=it]")).toHaveText(
    "Nel 2018 la Cina e il Kazakhstan hanno firmato un accordo di cooperazione militare.",
  );
});

test("escaped asterisks stay literal and do not hide the term between them", async ({ page }) => {
  await page.goto(`${READER}?view=side&first=it`);
  await expect(page.locator("#p-4 [lang=it]")).toHaveText("Un asterisco vero: *Astana* resta tra asterischi.");
  await expect(page.locator("#p-4 [lang=en]")).toHaveText("A real asterisk: *Astana* stays between asterisks.");
  await expect(page.locator("#p-4 [lang=en] a.term")).toHaveText("Astana");
  await expect(page.locator("#p-4 em, #p-4 strong")).toHaveCount(0);
});

test("interleaved: each heading half is an h2 followed by its counterpart, with emphasis", async ({ page }) => {
  await page.goto(`${READER}?view=interleaved&first=en`);
  const halves = page.locator("#p-1 h2");
  await expect(halves).toHaveCount(2);
  await expect(halves.nth(0)).toHaveAttribute("lang", "en");
  await expect(halves.nth(1)).toHaveAttribute("lang", "it");
  expect((await box(halves.nth(1))).y).toBeGreaterThan((await box(halves.nth(0))).y);
  await expect(page.locator("#p-2 [lang=it] em")).toHaveText("Kazakhstan");
  await expect(page.locator("#p-2 [lang=en] strong")).toHaveText("China");
  await expectNoMarkers(page);
});

test("one language, and on demand: the shown half is a heading, the revealed one too", async ({ page }) => {
  await page.goto(`${READER}?view=it`);
  await expect(page.locator("#p-1 h2[lang=it] em")).toHaveText("origini");
  await expect(page.locator("#p-1 [lang=en]")).toHaveCount(0);
  await page.goto(`${READER}?view=en`);
  await expect(page.locator("#p-1 h2[lang=en] em")).toHaveText("origins");
  await expect(page.locator("#p-2 [lang=en] strong")).toHaveText("China");

  await page.goto(`${READER}?view=reveal&first=it`);
  await expect(page.locator("#p-1 h2[lang=it]")).toBeVisible();
  await expect(page.locator("#p-1 h2[lang=en]")).toBeHidden();
  await page.locator("#p-1 .counterpart > summary").click();
  await expect(page.locator("#p-1 h2[lang=en] em")).toHaveText("origins");
  await expectNoMarkers(page);
});

test("a pair's share page, its description and the glossary's snippets show no markers", async ({ page }) => {
  await page.goto(`/en/texts/${SLUG}/p/2`);
  await expect(page.locator(".pair [lang=en] strong")).toHaveText("China");
  await expect(page.locator(".pair [lang=it] em")).toHaveText("Kazakhstan");
  expect(await page.locator(".pair").innerText()).not.toContain("*");
  await expect(page.locator('head meta[name="description"]')).toHaveAttribute(
    "content",
    "In 2018 China and Kazakhstan signed a military cooperation agreement.",
  );

  await page.goto("/en/glossary/kazakhstan");
  const snippet = page.locator(".occurrences li", { has: page.locator(`a[href="/en/texts/${SLUG}/at/2"]`) }).locator("blockquote");
  await expect(snippet).toHaveText([
    "Nel 2018 la Cina e il Kazakhstan hanno firmato un accordo di cooperazione militare.",
    "In 2018 China and Kazakhstan signed a military cooperation agreement.",
  ]);
});

for (const view of ["side", "reveal"]) {
  test(`axe finds nothing on a text with headings and emphasis (${view}), and every half carries its language`, async ({ page }) => {
    await page.goto(`/it/texts/${SLUG}?view=${view}&first=it`);
    await expect(page.locator(".pairs .half:not(.missing):not([lang])")).toHaveCount(0);
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
  });
}
