// A reviewer decides on a filtered selection at once, while a translator edits one of
// its pairs: that pair is skipped and named, the rest approved, each with its revision;
// sending back needs a reason; translators do not get the batch page's form.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { ensureAccounts, ensureDocument, fillEditor, reviewPair, runId, signIn, storedParagraphs, type TeamRole } from "./review-support";

const SLUG = `lotto-${runId()}`;
const PAIRS = 12;

test.beforeAll(() => {
  ensureAccounts();
  ensureDocument(SLUG, {
    paragraphs: Array.from({ length: PAIRS }, (_, index) => ({
      textIt: `Il paragrafo numero ${index + 1}.`,
      textEn: `Paragraph number ${index + 1}.`,
      status: "translated" as const,
    })),
  });
});

async function teamPage(browser: Browser, role: TeamRole): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, role);
  return page;
}

test("a reviewer approves every translated pair without warnings but the one a translator edited meanwhile", async ({ browser }) => {
  // Two people, a dozen pages and two axe runs: more than the default half minute on a busy machine.
  test.setTimeout(90_000);
  const reviewer = await teamPage(browser, "reviewer");
  const translator = await teamPage(browser, "translator");
  await reviewer.goto(`/en/texts/${SLUG}/review`);
  await reviewer.getByLabel("Status").selectOption({ label: "Translated" });
  await reviewer.getByLabel("Checks").selectOption({ label: "No warning" });
  await reviewer.getByRole("button", { name: "Show" }).click();
  await reviewer.getByRole("link", { name: `Approve or send back all ${PAIRS} paragraphs shown by these filters…` }).click();
  await expect(reviewer).toHaveURL(new RegExp(`/en/texts/${SLUG}/review/batch\\?status=translated&check=none$`));
  await expect(reviewer.getByText(`${PAIRS} paragraphs match these filters`)).toBeVisible();
  await expect(reviewer.getByRole("checkbox", { name: /^Paragraph \d+$/ })).toHaveCount(PAIRS);
  // Paragraph 12 is left out by hand.
  await reviewer.getByRole("checkbox", { name: "Paragraph 12" }).uncheck();
  expect((await new AxeBuilder({ page: reviewer }).analyze()).violations.map((violation) => violation.id)).toEqual([]);

  // Meanwhile the translator rewrites paragraph 5.
  await translator.goto(`/en/texts/${SLUG}/review`);
  await fillEditor(reviewPair(translator, 5).getByRole("textbox", { name: "English" }), "The fifth paragraph.");
  await reviewPair(translator, 5).getByRole("button", { name: "Save" }).click();
  await expect(reviewPair(translator, 5).getByRole("status")).toHaveText("Paragraph 5 saved.");

  await reviewer.getByRole("button", { name: "Approve the ticked paragraphs" }).click();
  await expect(reviewer.getByRole("status").filter({ hasText: "approved" })).toHaveText(`${PAIRS - 2} paragraphs approved.`);
  await expect(reviewer.locator(".batch-outcome li")).toHaveText(["Paragraph 5: it changed after this list was shown; look at it again"]);
  // What is left under the same filters: 12, left out (5's new English lost its number: a warning now).
  await expect(reviewer.getByRole("checkbox", { name: /^Paragraph \d+$/ })).toHaveCount(1);
  await expect(reviewer.getByRole("checkbox", { name: "Paragraph 12" })).toBeVisible();

  const stored = storedParagraphs(SLUG);
  expect(stored.map((pair) => pair.status)).toEqual([
    ...Array(4).fill("approved"),
    "translated",
    ...Array(6).fill("approved"),
    "translated",
  ]);
  expect(stored[0]!.approvedEn).toBe("Paragraph number 1.");
  expect(stored[4]!.approvedEn).toBeNull();
  // One decision's revision per pair approved.
  expect(stored[0]!.revisions.filter((revision) => revision.before === revision.after)).toHaveLength(1);

  // Its history says so, and the reader shows the approved English.
  await reviewer.goto(`/en/texts/${SLUG}/review/1`);
  await expect(reviewer.locator(".history-list li").first()).toContainText("Approved · Giovanna Neri");
  await reviewer.goto(`/en/texts/${SLUG}`);
  await expect(reviewer.locator('#p-2 .half[data-lang="en"]')).toHaveText("Paragraph number 2.");

  // Sending back asks why, and changes nothing without a reason.
  await reviewer.goto(`/en/texts/${SLUG}/review/batch?status=translated`);
  await reviewer.getByRole("button", { name: "Send the ticked paragraphs back" }).click();
  await expect(reviewer.locator(".batch-outcome[role=alert]")).toHaveText(
    "Nothing was sent back: say why the paragraphs go back to the translator.",
  );
  expect(storedParagraphs(SLUG)[4]!.status).toBe("translated");
  await reviewer.getByLabel("Why they go back to the translator (for sending back)").fill("Spell the numbers out.");
  await reviewer.getByRole("button", { name: "Send the ticked paragraphs back" }).click();
  await expect(reviewer.getByRole("status").filter({ hasText: "sent back" })).toHaveText("2 paragraphs sent back.");
  expect(storedParagraphs(SLUG).filter((pair) => pair.status === "needs_changes")).toHaveLength(2);

  // The team's index says what happened, newest first.
  await reviewer.goto("/en/review");
  // (Other specs' work may come in between: this text's latest entry is the sending back.)
  const latest = reviewer.locator(".activity-list > li", { hasText: `of Review test ${SLUG}` }).first();
  await expect(latest).toContainText("Sent back: Spell the numbers out. · Giovanna Neri · paragraph");
  expect((await new AxeBuilder({ page: reviewer }).analyze()).violations.map((violation) => violation.id)).toEqual([]);

  // A translator sees the selection but no decision.
  await translator.goto(`/en/texts/${SLUG}/review/batch`);
  await expect(translator.getByText(/^Only reviewers decide on paragraphs/)).toBeVisible();
  await expect(translator.getByRole("button", { name: "Approve the ticked paragraphs" })).toHaveCount(0);
});
