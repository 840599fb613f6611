// The editorial pass as readers and the team meet it: lost words marked in the Italian,
// the editor's note after the text, the text's own glossary entries with their
// sources, and the history saying why each revision of the pass was made.
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { half, openReader, TEXT } from "./reader-support";
import { ensureAccounts, signIn } from "./review-support";

test("the Italian shows where the source lost a word, and the editor's note follows the text", async ({ page }) => {
  await openReader(page, `${TEXT}?view=side`);
  const italian = half(page, 3, "it");
  // Seen as an editor's gap, heard as what it is; the stored Italian is otherwise as received.
  // (the explanation is read out where the word was, and hidden from sight)
  await expect(italian).toContainText(
    "che lega […] (a word is missing here in the Italian source: the English restores it, and the translator’s note explains) e Kazakhstan",
  );
  await expect(italian.locator(".lost-word [aria-hidden='true']")).toHaveText("[…]");
  await expect(italian.locator(".lost-word")).toHaveCount(1);
  await expect(italian.locator(".lost-word .visually-hidden")).toHaveText(/a word is missing here in the Italian source/);
  await expect(half(page, 13, "it")).toContainText("della guerra in […] (a word is missing");
  await expect(half(page, 13, "en")).toContainText("the war in [Afghanistan]");
  await expect(page.locator(".lost-word")).toHaveCount(5);

  const note = page.getByRole("complementary", { name: "Editor’s note" });
  await expect(note).toContainText("ends with the 2005 strategic partnership");
  const last = await page.locator("#p-15").boundingBox();
  expect((await note.boundingBox())!.y).toBeGreaterThan(last!.y + last!.height);
  expect((await new AxeBuilder({ page }).analyze()).violations.map((violation) => violation.id)).toEqual([]);
});

test("an office the text leaves unnamed has the text's own entry, with its sources", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await openReader(page, `${TEXT}?view=side`);
  const term = half(page, 2, "en").locator("a.term", { hasText: "Chairman of the Senate" });
  await term.hover();
  const tooltip = page.getByRole("tooltip");
  await expect(tooltip).toContainText("Kassym-Jomart Tokayev");
  await tooltip.getByRole("link", { name: "Open the glossary entry" }).click();
  await expect(page).toHaveURL(/\/en\/glossary\/presidente-senato-kazakhstan-2018$/);
  await expect(page.getByText("An entry of one text’s own, marked only in:")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Sources" })).toBeVisible();
  await expect(
    page.getByRole("listitem").filter({ hasText: "Constitution of the Republic of Kazakhstan (1995), article 48" }),
  ).toBeVisible();

  // The shared entry for "Senate" stays general: it names no one.
  await page.goto("/en/glossary/senato-kazakhstan");
  await expect(page.locator(".term-language").first()).not.toContainText("Tokayev");
});

test("a short name matches only as written: Xi is marked, the numeral XI is not", async ({ page }) => {
  await openReader(page, `${TEXT}?view=side`);
  await expect(half(page, 4, "it").locator("a.term", { hasText: /^Xi Jinping$/ })).toHaveCount(1);
  await expect(half(page, 1, "it").locator("a.term", { hasText: /^cinese$/ })).toHaveCount(1);
});

test("the history of a revised pair says the editorial pass changed it, and why", async ({ page }) => {
  ensureAccounts();
  await signIn(page, "reviewer");
  await page.goto(`${TEXT}/review/15#history`);
  const entry = page.locator(".history-list li").filter({ hasText: "editorial pass" }).first();
  await expect(entry).toContainText("English edited");
  await expect(entry.locator(".history-reason")).toContainText(
    "Why: “…a strategic partnership, which formalised…” attached “which” to the partnership",
  );
});
