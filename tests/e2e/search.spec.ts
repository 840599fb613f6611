import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { ensureDocument, runId } from "./review-support";

// Other specs store texts of their own in the same database while this one runs, with
// words of their own. So the searches that count results look for a word found only in
// this spec's text, MARKER, beside the words under test: what they find is this text
// alone, and the counts and highlights can be exact.
const RUN = runId();
const MARKER = `zq${RUN}`;
const SLUG = `cerca-${RUN}`;
const TITLE_IT = `Prova di ricerca ${RUN}`;
const TITLE_EN = `Search test ${RUN}`;

test.beforeAll(() => {
  ensureDocument(SLUG, {
    titleIt: TITLE_IT,
    titleEn: TITLE_EN,
    paragraphs: [
      {
        textIt: `Nel settembre 2018 il Vicepresidente ha visitato i Paesi dell’Asia Centrale (${MARKER}).`,
        textEn: `In September 2018 the Vice Chairman visited the countries of Central Asia to deepen the dialogue (${MARKER}).`,
        status: "approved",
      },
      {
        textIt: `L’instabilità della regione preoccupa Pechino e Astana (${MARKER}).`,
        textEn: `The region’s instability worries Beijing and Astana (${MARKER}).`,
        status: "approved",
      },
      { textIt: `Il dialogo prosegue a Pechino (${MARKER}).`, textEn: `The dialogue goes on in Beijing (${MARKER}).`, status: "approved" },
    ],
  });
});

/** Types a query in the header's search box and presses Enter, as a reader would. */
async function searchFromHeader(page: Page, query: string, label = "Search the texts") {
  const box = page.getByRole("search", { name: label }).getByRole("searchbox", { name: label });
  await box.fill(query);
  await box.press("Enter");
  await page.waitForURL(/\/search\?/);
}

const results = (page: Page) => page.locator(".search-pair");

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
    await expect(
      page
        .getByRole("region", { name: /In the glossary/ })
        .getByRole("link")
        .first(),
    ).toHaveText("Central Asia");

    // Refined to this spec's text: its one pair with Asia, marked in both halves.
    await searchFromHeader(page, `dell’Asia ${MARKER}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Results for “dell’Asia ${MARKER}”`);
    await expect(page.getByRole("status")).toHaveText("1 paragraph in 1 text");
    await expect(results(page)).toHaveCount(1);
    const first = results(page);
    await expect(first.getByRole("link")).toHaveText(`${TITLE_EN}, paragraph 1`);
    await expect(first.locator('p[lang="it"] mark')).toHaveText(["Asia", MARKER]);
    await expect(first.locator('p[lang="it"]')).toHaveText(
      `Nel settembre 2018 il Vicepresidente ha visitato i Paesi dell’Asia Centrale (${MARKER}).`,
    );
    await expect(first.locator('p[lang="en"] mark')).toHaveText(["Asia", MARKER]);

    await first.getByRole("link").click();
    await expect(page).toHaveURL(new RegExp(`/en/texts/${SLUG}#p-1$`));
    await expect(page.locator("#p-1")).toHaveClass(/is-target/);
    await expect(page.locator("#p-1 p[lang='it']")).toContainText("dell’Asia Centrale");
  });

  test("a query without accents finds accented words, highlighted in both halves", async ({ page }) => {
    await page.goto("/en/glossary");
    await searchFromHeader(page, `INSTABILITA ${MARKER}`);
    await expect(page.getByRole("status")).toHaveText("1 paragraph in 1 text");
    const hit = results(page);
    await expect(hit).toHaveCount(1);
    await expect(hit.getByRole("link")).toHaveText(`${TITLE_EN}, paragraph 2`);
    await expect(hit.locator('p[lang="it"] mark')).toHaveText(["instabilità", MARKER]);
    // "instabilita" is the beginning of no English word: "instability" is shown unmarked.
    await expect(hit.locator('p[lang="en"] mark')).toHaveText([MARKER]);
    await expect(hit.locator('p[lang="en"]')).toHaveText(`The region’s instability worries Beijing and Astana (${MARKER}).`);
  });

  test("words in double quotes are found together, in that order", async ({ page }) => {
    await page.goto("/en/glossary");
    await searchFromHeader(page, `"preoccupa Pechino" ${MARKER}`);
    await expect(page.getByRole("status")).toHaveText("1 paragraph in 1 text");
    await expect(results(page).getByRole("link")).toHaveText(`${TITLE_EN}, paragraph 2`);
    // The phrase is marked as one.
    await expect(results(page).locator('p[lang="it"] mark')).toHaveText(["preoccupa Pechino", MARKER]);
    // The same words the other way round are not the phrase; unquoted, they find the pair.
    await searchFromHeader(page, `"Pechino preoccupa" ${MARKER}`);
    await expect(results(page)).toHaveCount(0);
    await expect(page.getByText("Nothing in the texts matches")).toBeVisible();
    await searchFromHeader(page, `Pechino preoccupa ${MARKER}`);
    await expect(page.getByRole("status")).toHaveText("1 paragraph in 1 text");
  });

  test("Italian and English words of one pair find it together, and mark both halves", async ({ page }) => {
    await page.goto("/it");
    await searchFromHeader(page, `vicepresidente dialogue ${MARKER}`, "Cerca nei testi");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Risultati per “vicepresidente dialogue ${MARKER}”`);
    // Pair 3 has the dialogue but not the Vicepresidente: every word must occur.
    await expect(page.getByRole("status")).toHaveText("1 paragrafo in 1 testo");
    await expect(results(page)).toHaveCount(1);
    await expect(results(page).locator('p[lang="it"] mark')).toHaveText(["Vicepresidente", MARKER]);
    await expect(results(page).locator('p[lang="en"] mark')).toHaveText(["dialogue", MARKER]);
    await expect(results(page).getByRole("link")).toHaveText(`${TITLE_IT}, paragrafo 1`);
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
    await form.getByRole("searchbox", { name: "Cerca nei testi" }).fill(`Astana ${MARKER}`);
    await form.getByRole("button", { name: "Vai" }).click();
    await expect(page).toHaveURL(new RegExp(`/it/search\\?q=Astana\\+${MARKER}$`));
    await expect(page.getByRole("searchbox", { name: "Cerca nei testi" })).toHaveValue(`Astana ${MARKER}`);
    await expect(page.getByRole("status")).toHaveText("1 paragrafo in 1 testo");
    await expect(results(page).locator('p[lang="it"] mark')).toHaveText(["Astana", MARKER]);
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
    await expect(page.getByRole("status")).toHaveText('“"*() 😀” has no words to search for. Type a word in Italian or English.');
    await expect(page.getByRole("heading", { name: "How it works" })).toBeVisible();
    await page.goto("/it/search?q=%27%27");
    await expect(page.getByRole("status")).toContainText("non contiene parole da cercare");
  });

  test("FTS5 syntax and very long queries are just text", async ({ page }) => {
    // Each finds what its words find, quotes, brackets, operators and all: this spec's pair with Astana (and "and").
    for (const query of [`"Astana ${MARKER}`, `(Astana) -${MARKER}*`, `Astana AND ^${MARKER}`, `Astana ${MARKER} `.repeat(50)]) {
      const response = await page.goto(`/en/search?q=${encodeURIComponent(query)}`);
      expect(response?.status()).toBe(200);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Results for “${query.trim().slice(0, 200)}”`);
      await expect(page.getByRole("status"), query).toHaveText("1 paragraph in 1 text");
      await expect(results(page).getByRole("link")).toHaveText(`${TITLE_EN}, paragraph 2`);
    }
  });

  test("a search that finds nothing suggests what to try", async ({ page }) => {
    await page.goto("/en");
    await searchFromHeader(page, "ornitorinco");
    await expect(page.getByRole("status")).toHaveText("No paragraphs found");
    await expect(page.getByText("Nothing in the texts matches “ornitorinco”.")).toBeVisible();
    await expect(page.getByRole("heading", { name: "Suggestions" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Browse the glossary" })).toHaveAttribute("href", "/en/glossary");
    await expectNoAxeViolations(page);
  });
});
