import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";

const TITLE_EN = "China: The Development and Limits of Defence Cooperation with Kazakhstan";
const TITLE_IT = "Cina, sviluppo e limiti della cooperazione difensiva con il Kazakhstan";

/** Types a query in the header's search box and presses Enter, as a reader would. */
async function searchFromHeader(page: Page, query: string, label = "Search the texts") {
  const box = page.getByRole("search", { name: label }).getByRole("searchbox", { name: label });
  await box.fill(query);
  await box.press("Enter");
  await page.waitForURL(/\/search\?/);
}

const results = (page: Page) => page.locator(".search-pair");
/** Results from the seed text only: other specs store texts of their own in the same database, side by side. */
const seedResults = (page: Page, locale = "en") =>
  results(page).filter({ has: page.locator(`a[href^="/${locale}/texts/cesi-cina-kazakhstan#p-"]`) });

async function expectNoAxeViolations(page: Page) {
  const report = await new AxeBuilder({ page }).analyze();
  expect(report.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
}

test.describe("searching both languages from the header", () => {
  test("dell’Asia finds Asia in both halves, the glossary term first, and links to the pair in the reader", async ({ page }) => {
    await page.goto("/en");
    await searchFromHeader(page, "dell’Asia");
    await expect(page).toHaveURL(/\/en\/search\?q=dell%E2%80%99Asia$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Results for “dell’Asia”");
    // The box keeps the query, so the reader can refine it.
    await expect(page.getByRole("searchbox", { name: "Search the texts" })).toHaveValue("dell’Asia");

    // The glossary comes before the texts.
    await expect(page.locator("main h2").first()).toHaveText(/^In the glossary/);
    await expect(page.getByRole("region", { name: /In the glossary/ }).getByRole("link").first()).toHaveText("Central Asia");
    await expect(page.getByRole("status")).toHaveText(/^\d+ pairs in \d+ texts?$/);

    const first = results(page).filter({ has: page.getByRole("link", { name: `${TITLE_EN}, pair 1`, exact: true }) });
    await expect(first.locator('p[lang="it"] mark')).toHaveText(["Asia"]);
    await expect(first.locator('p[lang="it"]')).toContainText("Paesi dell’Asia Centrale");
    await expect(first.locator('p[lang="en"] mark').first()).toHaveText("Asia");
    await expect(first.locator('p[lang="en"]')).toContainText("Central Asia");

    await first.getByRole("link").click();
    await expect(page).toHaveURL(/\/en\/texts\/cesi-cina-kazakhstan#p-1$/);
    await expect(page.locator("#p-1")).toHaveClass(/is-target/);
    await expect(page.locator("#p-1 p[lang='it']")).toContainText("dell’Asia Centrale");
  });

  test("a query without accents finds accented words, highlighted in both halves", async ({ page }) => {
    await page.goto("/en/glossary");
    await searchFromHeader(page, "INSTABILITA");
    const hit = seedResults(page).filter({ has: page.locator("mark", { hasText: "instabilità" }) });
    await expect(hit).toHaveCount(1);
    await expect(hit.locator('p[lang="it"] mark')).toHaveText(["instabilità"]);
    // "instabilita" is also the beginning of no English word: the English half shows the pair's text unmarked.
    await expect(hit.locator('p[lang="en"]')).toContainText("instability");
  });

  test("Italian and English words of one pair find it together, and mark both halves", async ({ page }) => {
    await page.goto("/it");
    await searchFromHeader(page, "vicepresidente dialogue", "Cerca nei testi");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Risultati per “vicepresidente dialogue”");
    await expect(page.getByRole("status")).toHaveText(/^\d+ coppi[ae] in \d+ test[oi]$/);
    await expect(seedResults(page, "it")).toHaveCount(1);
    await expect(seedResults(page, "it").locator('p[lang="it"] mark')).toHaveText(["Vicepresidente"]);
    await expect(seedResults(page, "it").locator('p[lang="en"] mark')).toHaveText(["dialogue"]);
    await expect(seedResults(page, "it").getByRole("link")).toHaveText(`${TITLE_IT}, coppia 1`);
    await expectNoAxeViolations(page);
  });

  test("the results page is axe clean and not for search engines", async ({ page }) => {
    await page.goto("/en/search?q=Kazakhstan");
    await expect(page.getByRole("region", { name: /In the glossary/ })).toBeVisible();
    await expect(results(page).first().locator("mark").first()).toBeVisible();
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
    await expect(page).toHaveTitle("“Kazakhstan”: search · A Fronte");
    await expectNoAxeViolations(page);
  });

  test("works without JavaScript", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/it");
    const form = page.getByRole("search", { name: "Cerca nei testi" });
    await form.getByRole("searchbox", { name: "Cerca nei testi" }).fill("Astana");
    await form.getByRole("button", { name: "Vai" }).click();
    await expect(page).toHaveURL(/\/it\/search\?q=Astana$/);
    await expect(page.getByRole("searchbox", { name: "Cerca nei testi" })).toHaveValue("Astana");
    await expect(results(page).first().locator("mark").first()).toHaveText("Astana");
    await context.close();
  });
});

test.describe("helpful pages instead of errors", () => {
  test("an empty search explains what can be searched, with examples that work", async ({ page }) => {
    await page.goto("/it");
    await searchFromHeader(page, "", "Cerca nei testi");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ricerca");
    await expect(page.getByRole("heading", { name: "Come funziona" })).toBeVisible();
    await expect(page.getByText("“dell’Asia” trova “Asia”")).toBeVisible();
    await expectNoAxeViolations(page);

    await page.getByRole("region", { name: "Prova" }).getByRole("link", { name: "cooperazione difensiva" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Risultati per “cooperazione difensiva”");
    await expect(results(page).first().locator("mark").first()).toBeVisible();
  });

  test("a query with no words says so, in either language", async ({ page }) => {
    await page.goto("/en/search?q=%22%2A%28%29%20%F0%9F%98%80");
    await expect(page.getByRole("status")).toHaveText("“\"*() 😀” has no words to search for. Type a word in Italian or English.");
    await expect(page.getByRole("heading", { name: "How it works" })).toBeVisible();
    await page.goto("/it/search?q=%27%27");
    await expect(page.getByRole("status")).toContainText("non contiene parole da cercare");
  });

  test("FTS5 syntax and very long queries are just text", async ({ page }) => {
    for (const query of ['NEAR(Cina "Kazakhstan', "Cina OR -Kazakhstan*", "col:Astana ^Xu", "Astana ".repeat(100)]) {
      const response = await page.goto(`/en/search?q=${encodeURIComponent(query)}`);
      expect(response?.status()).toBe(200);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(/^Results for “/);
    }
    await expect(results(page).first().locator("mark").first()).toHaveText("Astana");
  });

  test("a search that finds nothing suggests what to try", async ({ page }) => {
    await page.goto("/en");
    await searchFromHeader(page, "ornitorinco");
    await expect(page.getByRole("status")).toHaveText("No pairs found");
    await expect(page.getByText("Nothing in the texts matches “ornitorinco”.")).toBeVisible();
    await expect(page.getByRole("heading", { name: "Suggestions" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Browse the glossary" })).toHaveAttribute("href", "/en/glossary");
    await expectNoAxeViolations(page);
  });
});
