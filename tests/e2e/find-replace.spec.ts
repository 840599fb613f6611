// Find and replace with a preview across 50 pairs, as a translator: every change shown
// as a word diff, one left out by hand, the rest saved with a revision each.
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { ensureAccounts, ensureDocument, runId, signIn, storedParagraphs } from "./review-support";

const SLUG = `sostituzioni-${runId()}`;

test.beforeAll(() => {
  ensureAccounts();
  ensureDocument(SLUG, {
    paragraphs: Array.from({ length: 50 }, (_, index) => ({
      textIt: `La difesa numero ${index + 1}.`,
      textEn: `The defence number ${index + 1}; defences.`,
      status: "translated" as const,
    })),
  });
});

test("a translator previews a replacement across 50 paragraphs and applies it to the ones ticked", async ({ page }) => {
  await signIn(page, "translator");
  await page.goto(`/en/texts/${SLUG}/review`);
  await page.getByRole("link", { name: "Find and replace in this text" }).click();
  // A translator replaces in the English only.
  await expect(page.getByRole("radio")).toHaveCount(0);
  await page.getByLabel("Find", { exact: true }).fill("defence");
  await page.getByLabel("Replace with").fill("defense");
  await page.getByLabel("Whole words only").check();
  await page.getByRole("button", { name: "Preview the changes" }).click();
  await expect(page).toHaveURL(/replace\?find=defence&with=defense&side=en&whole=1$/);
  await expect(page.getByText("50 paragraphs match: each change is shown below.")).toBeVisible();
  const third = page.locator(".batch-pairs > li").nth(2);
  await expect(third.locator("del")).toHaveText("(removed: defence)");
  await expect(third.locator("ins")).toHaveText("(added: defense)");
  // "defences" is another word: untouched.
  await expect(third.locator(".diff-text")).toContainText("; defences.");
  expect((await new AxeBuilder({ page }).analyze()).violations.map((violation) => violation.id)).toEqual([]);

  await page.getByRole("checkbox", { name: "Paragraph 10" }).uncheck();
  await page.getByRole("button", { name: "Replace in the ticked paragraphs" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Replaced" })).toHaveText(
    "Replaced in 49 paragraphs, each saved with its revision.",
  );
  // What still matches: the one left out.
  await expect(page.getByText("1 paragraph matches: its change is shown below.")).toBeVisible();

  const stored = storedParagraphs(SLUG);
  expect(stored[0]!.textEn).toBe("The defense number 1; defences.");
  expect(stored[9]!.textEn).toBe("The defence number 10; defences.");
  expect(stored.filter((pair) => pair.textEn.startsWith("The defense"))).toHaveLength(49);
  expect(stored[0]!.revisions.at(-1)).toMatchObject({
    before: "The defence number 1; defences.",
    after: "The defense number 1; defences.",
  });
});
