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
    await page.getByRole("link", { name: "A long book, pair 450" }).click();
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
