// One pair in focus: a translator works through five pairs with the keyboard only
// (open, type, put in a term, save, next), with the neighbours as context; without
// JavaScript the pair's page still saves.
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { ensureAccounts, ensureDocument, runId, signIn, storedParagraphs } from "./review-support";

const SLUG = `fuoco-${runId()}`;

test.beforeAll(() => {
  ensureAccounts();
  ensureDocument(SLUG, {
    paragraphs: Array.from({ length: 6 }, (_, index) => ({ textIt: `La Cina nel paragrafo ${index + 1}.` })),
  });
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
