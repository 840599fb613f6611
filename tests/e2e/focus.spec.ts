// One pair in focus: a translator works through five pairs with the keyboard only
// (open, type, put in a term, save, next), with the neighbours as context; without
// JavaScript the pair's page still saves.
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { ensureAccounts, ensureDocument, runId, signIn, storedParagraphs } from "./review-support";

const SLUG = `fuoco-${runId()}`;
const LIST_SLUG = `elenco-${runId()}`;

test.beforeAll(() => {
  ensureAccounts();
  ensureDocument(SLUG, {
    paragraphs: Array.from({ length: 6 }, (_, index) => ({ textIt: `La Cina nel paragrafo ${index + 1}.` })),
  });
  ensureDocument(LIST_SLUG, {
    paragraphs: [
      { textIt: "Il primo paragrafo, già approvato.", textEn: "The first paragraph, already approved.", status: "approved" },
      {
        textIt: "Nel 2001, a Shanghai, nacque l’organizzazione.",
        textEn: "In 2002, in Shanghai, the organisation was born.",
        status: "translated",
      },
      { textIt: "Il terzo paragrafo, tradotto.", textEn: "The third paragraph, translated.", status: "translated" },
      { textIt: "Il quarto paragrafo, ancora da tradurre." },
    ],
  });
});

test("the compact list: both texts read-only, state at a glance, moved along and opened by keyboard", async ({ page }) => {
  await signIn(page, "translator");
  await page.goto(`/en/texts/${LIST_SLUG}/review/3`);
  const thread = page.getByRole("region", { name: "Comments" });
  await thread.getByLabel("Add a comment for the team").fill("Check the tense.");
  await thread.getByRole("button", { name: "Comment" }).click();
  await expect(thread.getByText("Comment added.")).toBeVisible();

  await page.goto(`/en/texts/${LIST_SLUG}/review`);
  await page.getByRole("navigation", { name: "Show" }).getByRole("link", { name: "Compact list" }).click();
  await expect(page).toHaveURL(/\?layout=list$/);
  const list = page.getByRole("list", { name: "Paragraphs" });
  const rows = list.getByRole("listitem");
  await expect(rows).toHaveCount(4);
  // Nothing to type into but the filters' search: the texts are read, not edited, here.
  await expect(page.getByRole("textbox")).toHaveCount(0);
  await expect(rows.nth(0)).toContainText("Approved");
  await expect(rows.nth(1)).toContainText("Translated");
  await expect(rows.nth(1)).toContainText("Numbers differ");
  await expect(rows.nth(1).locator('p[lang="it"]')).toHaveText("Nel 2001, a Shanghai, nacque l’organizzazione.");
  await expect(rows.nth(1).locator('p[lang="en"]')).toHaveText("In 2002, in Shanghai, the organisation was born.");
  await expect(rows.nth(2)).toContainText("1 open comment");
  await expect(rows.nth(3)).toContainText("Draft");
  await expect(rows.nth(3).locator('p[lang="en"]')).toHaveText("(no English yet)");
  expect((await new AxeBuilder({ page }).analyze()).violations.map((violation) => violation.id)).toEqual([]);

  // J/K and the arrows move along the list; Enter opens the pair in focus, Escape comes back to it.
  const link = (number: number) => list.getByRole("link", { name: `Paragraph ${number}`, exact: true });
  await link(1).focus();
  await page.keyboard.press("j");
  await expect(link(2)).toBeFocused();
  await page.keyboard.press("ArrowDown");
  await expect(link(3)).toBeFocused();
  await page.keyboard.press("k");
  await expect(link(2)).toBeFocused();
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`/en/texts/${LIST_SLUG}/review/3/edit$`));
  await expect(page.getByRole("textbox", { name: "English" })).toBeFocused();
  await expect(page.getByRole("complementary", { name: "Before: Paragraph 2" })).toContainText("In 2002, in Shanghai");
  await expect(page.getByRole("complementary", { name: "After: Paragraph 4" })).toContainText("Il quarto paragrafo");
  await page.keyboard.press("Escape");
  // The list is remembered: back at this pair's row.
  await expect(page).toHaveURL(new RegExp(`/en/texts/${LIST_SLUG}/review#p-3$`));
  await expect(link(3)).toBeFocused();
  await expect(page.getByRole("textbox")).toHaveCount(0);
  // Alt+N: the next pair that needs work (the draft), passing none.
  await page.keyboard.press("Alt+n");
  await expect(link(4)).toBeFocused();

  await page.getByRole("navigation", { name: "Show" }).getByRole("link", { name: "Every paragraph open" }).click();
  await expect(page.getByRole("textbox", { name: "English" })).toHaveCount(4);
});

test("a translator works through five pairs with the keyboard only", async ({ page }) => {
  await signIn(page, "translator");
  await page.goto(`/en/texts/${SLUG}/review`);
  // Into the first pair's own page from the list, by the keyboard.
  await page.getByRole("link", { name: "Edit on its own page" }).first().focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`/en/texts/${SLUG}/review/1/edit$`));
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Paragraph 1 of 6");
  expect((await new AxeBuilder({ page }).analyze()).violations.map((violation) => violation.id)).toEqual([]);

  for (let position = 1; position <= 5; position++) {
    await expect(page).toHaveURL(new RegExp(`/review/${position}/edit$`));
    const english = page.getByRole("textbox", { name: "English" });
    await expect(english).toBeFocused();
    // The next pair is there as context.
    await expect(page.getByRole("complementary", { name: `After: Paragraph ${position + 1}` })).toContainText(
      `La Cina nel paragrafo ${position + 1}.`,
    );
    await page.keyboard.press("Alt+1");
    await page.keyboard.type(` in paragraph ${position}.`);
    await page.keyboard.press("Control+s");
    await expect(page.locator(".review-pair").getByRole("status")).toHaveText(`Paragraph ${position} saved.`);
    await page.keyboard.press("Alt+n");
  }
  await expect(page).toHaveURL(new RegExp(`/review/6/edit$`));
  await page.keyboard.press("Escape");
  await expect(page).toHaveURL(new RegExp(`/en/texts/${SLUG}/review#p-6$`));

  const stored = storedParagraphs(SLUG);
  expect(stored.slice(0, 5).map((pair) => [pair.textEn, pair.status])).toEqual(
    [1, 2, 3, 4, 5].map((position) => [`China in paragraph ${position}.`, "translated"]),
  );
  expect(stored[5]!.textEn).toBe("");
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the compact list opens a pair's own page by its link", async ({ page }) => {
    await signIn(page, "translator");
    await page.goto(`/en/texts/${LIST_SLUG}/review?layout=list`);
    await page.getByRole("list", { name: "Paragraphs" }).getByRole("link", { name: "Paragraph 4", exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`/en/texts/${LIST_SLUG}/review/4/edit$`));
    await expect(page.getByRole("textbox", { name: "English" })).toHaveValue("");
    await page.getByRole("link", { name: "Back to the list" }).click();
    await expect(page.getByRole("list", { name: "Paragraphs" }).getByRole("listitem")).toHaveCount(4);
  });

  test("the pair's own page saves, and says so", async ({ page }) => {
    await signIn(page, "translator");
    await page.goto(`/en/texts/${SLUG}/review/6/edit`);
    await page.getByRole("textbox", { name: "English" }).fill("China in the sixth paragraph.\nA second line.");
    await page.getByRole("button", { name: "Save" }).click();
    await expect(page).toHaveURL(new RegExp(`/en/texts/${SLUG}/review/6/edit\\?answer=saved$`));
    await expect(page.getByRole("status").filter({ hasText: "saved" })).toHaveText("Paragraph 6 saved.");
    await expect(page.getByRole("textbox", { name: "English" })).toHaveValue("China in the sixth paragraph.\nA second line.");
    expect(storedParagraphs(SLUG)[5]!.textEn).toBe("China in the sixth paragraph.\nA second line.");
  });
});
