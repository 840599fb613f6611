// A long text as readers and reviewers meet it: a 460-pair book with five chapters,
// read a section at a time and worked through a page at a time.
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { openReader } from "./reader-support";
import { ensureAccounts, ensureDocument, reviewPair, runId, signIn } from "./review-support";

const SLUG = `libro-${runId()}`;
const COUNT = 460;
const VIEWS = ["side", "it", "en", "interleaved", "reveal"] as const;

test.beforeAll(() => {
  ensureAccounts();
  ensureDocument(SLUG, {
    titleIt: "Un libro lungo",
    titleEn: "A long book",
    paragraphs: Array.from({ length: COUNT }, (_, index) => {
      const position = index + 1;
      // Chapters at 1, 101, 201, 301, 401.
      if (position % 100 === 1) {
        const chapter = (position + 99) / 100;
        return { textIt: `Capitolo ${chapter}`, textEn: `Chapter ${chapter}`, status: "approved", headingLevel: 2 };
      }
      // Deep in the book, a word nothing else has; pair 230 waits for review; pair 400 lost a number.
      if (position === 450) return { textIt: `Il pangolino ${SLUG} dorme.`, textEn: `The pangolin ${SLUG} sleeps.`, status: "approved" };
      if (position === 230)
        return { textIt: "La delegazione arrivò il lunedì.", textEn: "The delegation arrived on Monday.", status: "translated" };
      if (position === 400)
        return { textIt: "Nel 2005 fu firmato l’accordo.", textEn: "That year the agreement was signed.", status: "approved" };
      return {
        textIt: `Questo è il paragrafo ${position} del libro.`,
        textEn: `This is paragraph ${position} of the book.`,
        status: "approved",
      };
    }),
  } as Parameters<typeof ensureDocument>[1]);
});

test.describe("reading a long text", () => {
  test("its first page is its first chapter, with a table of contents in both languages that leads to each", async ({ page }) => {
    await openReader(page, `/en/texts/${SLUG}`);
    await expect(page.locator(".pairs .pair")).toHaveCount(100);
    await expect(page.locator(".pairs .pair").first()).toHaveAttribute("id", "p-1");
    const contents = page.getByRole("navigation", { name: "Contents" });
    await contents.getByText("Contents: section 1 of 5").click();
    await expect(contents.getByRole("link")).toHaveText([
      "Capitolo 1 / Chapter 1",
      "Capitolo 2 / Chapter 2",
      "Capitolo 3 / Chapter 3",
      "Capitolo 4 / Chapter 4",
      "Capitolo 5 / Chapter 5",
    ]);
    await expect(contents.getByRole("link", { name: /Chapter 1/ })).toHaveAttribute("aria-current", "page");
    await expect(contents.locator('[lang="en"]').first()).toHaveText("Chapter 1");
    await contents.getByRole("link", { name: /Chapter 3/ }).click();
    await expect(page).toHaveURL(new RegExp(`/en/texts/${SLUG}/section/3\\?view=side&first=it$`));
    await expect(page.locator("#p-201 h2[lang='en']")).toHaveText("Chapter 3");
    await expect(page.locator("#p-101")).toHaveCount(0);
    const axe = await new AxeBuilder({ page }).analyze();
    expect(axe.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
  });

  test("its contents page lists every section in both languages, each leading to its page", async ({ page }) => {
    await page.goto(`/it/texts/${SLUG}/contents`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Un libro lungo");
    const contents = page.getByRole("navigation", { name: "Indice" });
    await expect(contents.getByRole("link")).toHaveCount(5);
    await expect(contents.getByRole("link").nth(3)).toHaveText("Capitolo 4 / Chapter 4");
    const axe = await new AxeBuilder({ page }).analyze();
    expect(axe.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
    await contents.getByRole("link", { name: /Chapter 4/ }).click();
    await expect(page).toHaveURL(new RegExp(`/it/texts/${SLUG}/section/4$`));
    await expect(page.locator(".pairs .pair").first()).toHaveAttribute("id", "p-301");
  });

  for (const view of VIEWS) {
    test(`previous and next section keep the ${view} view`, async ({ page }) => {
      await openReader(page, `/it/texts/${SLUG}/section/2?view=${view}&first=en`);
      const below = page.getByRole("navigation", { name: "Sezioni, dopo il testo" });
      await below.getByRole("link", { name: /Sezione successiva/ }).click();
      await expect(page).toHaveURL(new RegExp(`/it/texts/${SLUG}/section/3\\?view=${view}&first=en$`));
      await expect(page.locator(".pairs")).toHaveClass(new RegExp(`view-${view}`));
      await expect(page.locator(".pairs .pair").first()).toHaveAttribute("id", "p-201");
      await page
        .getByRole("navigation", { name: "Sezioni, prima del testo" })
        .getByRole("link", { name: /Sezione precedente/ })
        .click();
      await expect(page).toHaveURL(new RegExp(`/it/texts/${SLUG}(\\?|/section/2\\?)view=${view}&first=en$`));
      await expect(page.locator(".pairs .pair").first()).toHaveAttribute("id", "p-101");
    });
  }

  test("a search hit deep in the book opens the section that holds it, at the pair", async ({ page }) => {
    await page.goto(`/en/search?q=${encodeURIComponent(`pangolino ${SLUG}`)}`);
    await page.getByRole("link", { name: "A long book, paragraph 450" }).click();
    await expect(page).toHaveURL(new RegExp(`/en/texts/${SLUG}/section/5#p-450$`));
    await expect(page.locator("#p-450")).toBeInViewport();
    await expect(page.locator("#p-450 .half[lang='en']")).toHaveText(`The pangolin ${SLUG} sleeps.`);
  });

  test("an old link to a pair on the text's single page still reaches the pair", async ({ page }) => {
    await page.goto(`/en/texts/${SLUG}?view=interleaved#p-450`);
    await expect(page).toHaveURL(new RegExp(`/en/texts/${SLUG}/section/5\\?view=interleaved#p-450$`));
    await expect(page.locator("#p-450")).toBeInViewport();
  });

  test("a pair's address leads to its section in the view asked for, and a pair the text lacks is not found", async ({ page }) => {
    await page.goto(`/en/texts/${SLUG}/at/305?view=en&first=en`);
    await expect(page).toHaveURL(new RegExp(`/en/texts/${SLUG}/section/4\\?view=en&first=en#p-305$`));
    await expect(page.locator("#p-305 .half")).toHaveText("This is paragraph 305 of the book.");
    const missing = await page.request.get(`/en/texts/${SLUG}/at/461`, { maxRedirects: 0 });
    expect(missing.status()).toBe(404);
    expect(await missing.text()).toBe("This text has no paragraph at that number.");
  });
});

test.describe("working through a long text", () => {
  test("the workspace shows a page at a time, the whole text's progress, and filters across every page", async ({ page }) => {
    await signIn(page, "reviewer");
    await page.goto(`/en/texts/${SLUG}/review`);
    await expect(page.locator("article.review-pair")).toHaveCount(50);
    await expect(page.getByRole("heading", { name: `${COUNT - 1} of ${COUNT} paragraphs approved` })).toBeVisible();
    const pages = page.getByRole("navigation", { name: "Pages, above the paragraphs" });
    await expect(pages.locator('[aria-current="page"]')).toHaveText("Page 1 of 10");
    await pages.getByRole("link", { name: "Last page" }).click();
    await expect(page.locator("article.review-pair")).toHaveCount(10);
    await expect(reviewPair(page, 460)).toBeVisible();

    await page.getByLabel("Words in the text").fill("pangolin");
    await page.getByRole("button", { name: "Show" }).click();
    await expect(page.getByText("Showing 1 of 460 paragraphs.")).toBeVisible();
    await expect(page.locator("article.review-pair")).toHaveCount(1);
    await expect(reviewPair(page, 450)).toBeVisible();

    await page.goto(`/en/texts/${SLUG}/review?check=numbers`);
    await expect(page.locator("article.review-pair")).toHaveCount(1);
    await expect(reviewPair(page, 400)).toBeVisible();
    const axe = await new AxeBuilder({ page }).analyze();
    expect(axe.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
  });

  test("Alt+N goes to the next pair that needs work on a later page, with the focus in it, and Alt+P comes back", async ({ page }) => {
    // Pages of a long text: on a two-core machine busy with the other tests this took over 30 s.
    test.setTimeout(90_000);
    await signIn(page, "reviewer");
    await page.goto(`/en/texts/${SLUG}/review`);
    await expect(page.locator("html")).toHaveAttribute("data-review-keys", "ready");
    await reviewPair(page, 3).locator("textarea").first().focus();
    await page.keyboard.press("Alt+N");
    await expect(page).toHaveURL(new RegExp(`/en/texts/${SLUG}/review\\?page=5#p-230$`));
    await expect(reviewPair(page, 230).locator("textarea").first()).toBeFocused();
    await page.keyboard.press("Alt+N");
    await expect(page).toHaveURL(new RegExp(`/en/texts/${SLUG}/review\\?page=8#p-400$`));
    await expect(reviewPair(page, 400).locator("textarea").first()).toBeFocused();
    await page.keyboard.press("Alt+P");
    await expect(page).toHaveURL(new RegExp(`/en/texts/${SLUG}/review\\?page=5#p-230$`));
    await expect(reviewPair(page, 230).locator("textarea").first()).toBeFocused();
    // Nothing after the last: the page says so, and stays where it was.
    await page.goto(`/en/texts/${SLUG}/review?page=10`);
    await expect(page.locator("html")).toHaveAttribute("data-review-keys", "ready");
    await reviewPair(page, 455).locator("textarea").first().focus();
    await page.keyboard.press("Alt+N");
    await expect(page.getByRole("status").filter({ hasText: "No paragraph after this one needs work" })).toBeVisible();
    await expect(page).toHaveURL(new RegExp(`\\?page=10&nothing=next#p-455$`));
    await expect(reviewPair(page, 455)).toBeVisible();
  });
});

test.describe("importing a long text", () => {
  test("the import page shows the import's progress, and readers see the text only once it is whole", async ({ page, browser }) => {
    // A book takes a while to import: that is what is tested. 35 s alone here, 80 s beside
    // the other worker's tests, and once over 100 s in CI; its speed is npm run bench's.
    test.setTimeout(300_000);
    const slug = `libro-importato-${runId()}`;
    const count = 8_000;
    const italian = [
      "# Un libro importato",
      ...Array.from({ length: count }, (_, index) => `Questo è il paragrafo ${index + 1} del libro importato.`),
    ];
    const english = [
      "# An imported book",
      ...Array.from({ length: count }, (_, index) => `This is paragraph ${index + 1} of the imported book.`),
    ];
    await signIn(page, "admin");
    await page.goto("/en/import");
    await page
      .getByLabel("Italian text")
      .setInputFiles({ name: `${slug}.md`, mimeType: "text/markdown", buffer: Buffer.from(italian.join("\n\n")) });
    await page
      .getByLabel("English text (optional)")
      .setInputFiles({ name: `${slug}.en.md`, mimeType: "text/markdown", buffer: Buffer.from(english.join("\n\n")) });
    await page.getByLabel("Source", { exact: true }).fill("Archivio di prova");
    await page.getByRole("button", { name: "Import" }).click();

    // While it runs: the page says how far it has got…
    const progress = page.locator(".import-progress[role='status']");
    await expect(progress).toHaveText(/^(Reading and aligning the texts…|Stored [\d,]+ of 8,000 paragraphs…)$/);
    // …and a reader meanwhile finds nothing of it: not in the library, not at its address.
    const reader = await browser.newPage();
    await reader.goto("/en");
    await expect(reader.locator(".document-list")).toBeVisible();
    await expect(reader.locator(`a[href*="${slug}"]`)).toHaveCount(0);
    expect((await reader.request.get(`/en/texts/${slug}`)).status()).toBe(404);
    await expect(progress).toBeVisible();

    await expect(page.locator(".import-summary")).toContainText(`is now in the library as ${slug}: 8,000 pairs.`, { timeout: 240_000 });
    await expect(progress).toHaveCount(0);
    await reader.goto(`/en/texts/${slug}/at/7999`);
    // The Italian is published as imported; the English waits for review.
    await expect(reader.locator("#p-7999 .half[lang='it']")).toHaveText("Questo è il paragrafo 7999 del libro importato.");
    await reader.close();
  });
});

test.describe("printing a long text", () => {
  test("the printable edition holds every pair in order and the glossary appendix after them", async ({ page }) => {
    // Pages of a long text: on a two-core machine busy with the other tests this took over 30 s.
    test.setTimeout(90_000);
    await page.goto(`/en/texts/${SLUG}/print`);
    await expect(page.locator(".print-pair")).toHaveCount(COUNT);
    const ids = await page.locator(".print-pair").evaluateAll((pairs) => pairs.map((pair) => pair.id));
    expect(ids).toEqual(Array.from({ length: COUNT }, (_, index) => `p-${index + 1}`));
    await expect(page.locator("#p-450 [lang='en']")).toHaveText(`The pangolin ${SLUG} sleeps.`);
    await expect(page.getByRole("heading", { name: "Appendix: glossary" })).toBeVisible();
    const axe = await new AxeBuilder({ page }).analyze();
    expect(axe.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
  });

  test("without JavaScript it shows its first hundred pairs and says where the whole text is", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`/en/texts/${SLUG}/print`);
    await expect(page.locator(".print-pair:visible")).toHaveCount(100);
    await expect(page.locator("#p-100")).toBeVisible();
    // Chromium with scripts disabled does not render <noscript> (its parser still runs as if
    // scripts did), so the note is read in the page as sent.
    const html = await (await page.request.get(`/en/texts/${SLUG}/print`)).text();
    expect(html).toContain(
      '<noscript><p class="print-no-script">Without JavaScript this page shows only the first 100 paragraphs: the reader&#x27;s sections',
    );
    await context.close();
  });
});
