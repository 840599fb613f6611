import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { ensureAccounts, ensureDocument, fillEditor, reviewPair, signIn, storedParagraphs, type TeamRole } from "./review-support";

// A translator and a reviewer take a text of their own through review, and a reader
// reads the published result. The steps build on each other, so they run in order.
// A slug of this run's own, so that a database kept from an earlier run changes nothing.
const SLUG = `review-walk-${Date.now().toString(36)}`;
const WORKSPACE = `/en/texts/${SLUG}/review`;
const READER = `/en/texts/${SLUG}?view=side`;

test.describe.configure({ mode: "serial" });

test.beforeAll(() => {
  ensureAccounts();
  ensureDocument(SLUG);
});

async function teamPage(browser: Browser, role: TeamRole): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, role);
  return page;
}

const readerEnglish = (page: Page, position: number) => page.locator(`#p-${position} .half[data-lang="en"]`);

test("the reader shows only approved English: a placeholder where none was ever approved", async ({ page }) => {
  await page.goto(READER);
  await expect(readerEnglish(page, 1)).toHaveText("In 2018 China and Kazakhstan signed a military cooperation agreement.");
  await expect(readerEnglish(page, 1)).toHaveAttribute("lang", "en");
  await expect(page.locator("#p-1 .reviewed-by")).toContainText("Reviewed on");
  // Pair 2 has a translation waiting for review; pair 3 has none: neither is shown.
  await expect(readerEnglish(page, 2)).toHaveText("Translation not available yet.");
  await expect(readerEnglish(page, 3)).toHaveText("Translation not available yet.");
  await expect(page.getByText("The agreement covers joint training")).toHaveCount(0);
});

test("an anonymous visitor to the workspace is sent to sign in, and comes back after", async ({ page }) => {
  await page.goto(WORKSPACE);
  await expect(page).toHaveURL(/\/en\/sign-in\?next=/);
  await page.getByLabel("Username").fill("tomaso");
  await page.getByLabel("Password").fill("revisione-attenta-2026");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(new RegExp(`${WORKSPACE}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Prova di revisione ${SLUG}`);
});

test("a translator sees progress and warnings, filters, and translates a draft with Ctrl+S", async ({ browser }) => {
  const page = await teamPage(browser, "translator");
  await page.goto(WORKSPACE);
  await expect(page.getByRole("heading", { name: "1 of 3 paragraphs approved" })).toBeVisible();
  await expect(page.getByRole("progressbar")).toHaveAttribute("value", "1");
  // The text's size in words, by status and language (opened from its summary).
  await page.getByText("Words: 33 Italian, 21 English").click();
  const words = page.getByRole("table", { name: "Words by status" });
  await expect(words.getByRole("row", { name: /^Draft/ }).getByRole("cell")).toHaveText(["1", "9", "0"]);
  await expect(words.getByRole("row", { name: /^Approved/ }).getByRole("cell")).toHaveText(["1", "14", "10"]);
  await expect(words.getByRole("row", { name: /^All/ }).getByRole("cell")).toHaveText(["3", "33", "21"]);

  // The checks: the draft's English is empty.
  await expect(reviewPair(page, 3).getByRole("list", { name: "Check warnings" })).toHaveText("The English is empty.");
  await page.getByLabel("Checks").selectOption({ label: "Empty English" });
  await page.getByRole("button", { name: "Show" }).click();
  await expect(page.getByText("Showing 1 of 3 paragraphs.")).toBeVisible();
  await expect(page.locator("article.review-pair")).toHaveCount(1);
  await page.getByLabel("Status").selectOption({ label: "Any status" });
  await page.getByLabel("Checks").selectOption({ label: "All paragraphs" });
  await page.getByRole("button", { name: "Show" }).click();
  await expect(page.locator("article.review-pair")).toHaveCount(3);

  // A translator edits the English only: the Italian is not a field for them.
  const pair = reviewPair(page, 3);
  await expect(pair.getByRole("textbox", { name: "Italian" })).toHaveCount(0);
  await expect(pair.getByRole("button", { name: "Approve" })).toHaveCount(0);
  const english = pair.getByRole("textbox", { name: "English" });
  // A number that differs from the Italian's (40) and a missing full stop are caught by the checks after saving.
  await english.fill("The Senate ratified the agreement with 41 votes in favour");
  await english.press("Control+s");
  await expect(pair.getByRole("status")).toHaveText("Paragraph 3 saved.");
  await expect(pair.locator(".status-badge").first()).toHaveText("Translated");
  await expect(pair.getByRole("list", { name: "Check warnings" }).getByRole("listitem")).toHaveText([
    "Numbers in the Italian missing from the English: 40. Numbers in the English not in the Italian: 41.",
    "The Italian ends with a full stop, the English with no punctuation.",
  ]);
  await english.fill("The Senate ratified the agreement with 40 votes in favour.");
  await english.press("Control+s");
  await expect(pair.getByRole("list", { name: "Check warnings" })).toHaveCount(0);

  const stored = storedParagraphs(SLUG)[2];
  expect(stored?.textEn).toBe("The Senate ratified the agreement with 40 votes in favour.");
  expect(stored?.status).toBe("translated");
  expect(stored?.revisions.filter((revision) => revision.language === "en").map((revision) => revision.after)).toEqual([
    "The Senate ratified the agreement with 41 votes in favour",
    "The Senate ratified the agreement with 40 votes in favour.",
  ]);
  await page.context().close();
});

test("two people save the same pair: the later save is refused and shown beside the newer text to merge", async ({ browser }) => {
  const translator = await teamPage(browser, "translator");
  const reviewer = await teamPage(browser, "reviewer");
  await translator.goto(WORKSPACE);
  await reviewer.goto(WORKSPACE);

  const theirs = "The agreement covers joint training of the Armed Forces of both countries.";
  await fillEditor(reviewPair(reviewer, 2).getByRole("textbox", { name: "English" }), theirs);
  await reviewPair(reviewer, 2).getByRole("button", { name: "Save" }).click();
  await expect(reviewPair(reviewer, 2).getByRole("status")).toHaveText("Paragraph 2 saved.");

  // The translator's page still holds the version before the reviewer's save.
  const pair = reviewPair(translator, 2);
  const mine = "The agreement covers the joint training of both countries’ Armed Forces.";
  await fillEditor(pair.getByRole("textbox", { name: "English" }), mine);
  await pair.getByRole("button", { name: "Save" }).click();
  await expect(pair.getByRole("status")).toHaveText(/Not saved: someone else saved version \d+ meanwhile\./);
  const conflict = pair.getByRole("region", { name: /Someone else saved this paragraph meanwhile/ });
  await expect(conflict.locator("blockquote")).toHaveText(theirs);
  await expect(pair.getByRole("textbox", { name: "English" })).toHaveValue(mine);
  expect(storedParagraphs(SLUG)[1]?.textEn).toBe(theirs);

  // They merge by hand, then save over the newer version knowingly.
  const merged = "The agreement covers the joint training of the Armed Forces of both countries.";
  await pair.getByRole("textbox", { name: "English" }).fill(merged);
  await conflict.getByRole("button", { name: /Save my text over version \d+/ }).click();
  await expect(pair.getByRole("status")).toHaveText("Paragraph 2 saved.");
  await expect(conflict).toHaveCount(0);
  const stored = storedParagraphs(SLUG)[1];
  expect(stored?.textEn).toBe(merged);
  expect(stored?.revisions.slice(-2).map((revision) => revision.after)).toEqual([theirs, merged]);
  await translator.context().close();
  await reviewer.context().close();
});

test("history: every change with who and when, a word diff between any two revisions, and restore as a new revision", async ({
  browser,
}) => {
  const page = await teamPage(browser, "reviewer");
  await page.goto(WORKSPACE);
  await reviewPair(page, 2)
    .getByRole("link", { name: /History/ })
    .click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Paragraph 2: history and comments");

  const events = page.locator(".history-list > li");
  await expect(events.first()).toContainText("English edited · Tomaso Gialli");
  await expect(events.nth(1)).toContainText("English edited · Giovanna Neri");
  await expect(events.last()).toContainText("Italian created · import");

  // By default: the latest English against the one before it.
  const diff = page.locator(".revision-compare .word-diff");
  await expect(diff.locator("ins").first()).toContainText("the");
  await expect(diff.locator("del")).toHaveCount(0);

  // Any two: the first English against the latest.
  const options = page.getByLabel("From").locator("option");
  const firstEnglish = await options.filter({ hasText: "English" }).last().getAttribute("value");
  await page.getByLabel("From").selectOption(firstEnglish ?? "");
  await page.getByRole("button", { name: "Compare" }).click();
  await expect(page).toHaveURL(new RegExp(`from=${firstEnglish}`));
  await expect(diff.locator("del").first()).toBeVisible();
  await expect(diff.locator(".diff-summary")).toHaveText(/\d+ words? added, \d+ words? removed/);

  // Restore the reviewer's text: a new revision, the current text changes back.
  const before = storedParagraphs(SLUG)[1];
  const restored = events.nth(1);
  const restoredId = await restored.getAttribute("id");
  await restored.getByRole("button", { name: "Restore this text" }).click();
  await expect(page.locator(`#${restoredId}`).getByRole("status")).toHaveText(
    /Restored: the text of revision \d+ is now the current one\./,
  );
  await expect(page.locator(`#${restoredId}`).getByRole("button", { name: "Restore this text" })).toBeDisabled();
  await expect(events.first()).toContainText("English restored to revision");
  const after = storedParagraphs(SLUG)[1];
  expect(after?.textEn).toBe("The agreement covers joint training of the Armed Forces of both countries.");
  expect(after?.revisions.length).toBe((before?.revisions.length ?? 0) + 1);
  await page.context().close();
});

test("the publish gate: an edited approved pair stays published as approved, marked under review, until approved again", async ({
  browser,
}) => {
  test.setTimeout(150_000);
  const reviewer = await teamPage(browser, "reviewer");
  await reviewer.goto(WORKSPACE);
  const pair = reviewPair(reviewer, 1);
  const revised = "In 2018 China and Kazakhstan signed an agreement on military cooperation.";
  await fillEditor(pair.getByRole("textbox", { name: "English" }), revised);
  await pair
    .getByRole("textbox", { name: "Translator’s note" })
    .fill("“Cooperazione militare” is rendered as “military cooperation”, as in the rest of the text.");
  await pair.getByRole("button", { name: "Save" }).click();
  await expect(pair.getByRole("status")).toHaveText("Paragraph 1 saved.");

  // Readers see the change at once: the save renders the cached page afresh, and a render
  // already under way then (the suite's other worker reads this text) is not kept.
  const reader = await (await browser.newContext()).newPage();
  await reader.goto(READER);
  await expect(async () => {
    await reader.reload();
    await expect(reader.locator("#p-1 .review-badge")).toHaveText(
      "Under review: this is the last approved translation; a new version awaits review.",
      { timeout: 1000 },
    );
  }).toPass({ timeout: 10_000 });
  await expect(readerEnglish(reader, 1)).toHaveText("In 2018 China and Kazakhstan signed a military cooperation agreement.");

  // Approve with the keyboard, from inside the field.
  await pair.getByRole("textbox", { name: "English" }).press("Control+Enter");
  await expect(pair.getByRole("status")).toHaveText("Paragraph 1 approved: readers now see this Italian and English.");
  await expect(reviewer.getByRole("heading", { name: "1 of 3 paragraphs approved" })).toBeVisible();
  await reviewPair(reviewer, 2).getByRole("button", { name: "Approve" }).click();
  await expect(reviewer.getByRole("heading", { name: "2 of 3 paragraphs approved" })).toBeVisible();

  await reader.reload();
  await expect(readerEnglish(reader, 1)).toHaveText(revised);
  await expect(reader.locator("#p-1 .review-badge")).toHaveCount(0);
  await expect(reader.locator("#p-1 .reviewed-by")).toContainText("Reviewed by Giovanna Neri on");
  await expect(reader.locator("#p-1 .translator-note")).toContainText("“Cooperazione militare” is rendered as “military cooperation”");
  const noteRevision = storedParagraphs(SLUG)[0]?.revisions.find((revision) => revision.after.startsWith("“Cooperazione militare”"));
  expect([noteRevision?.language, noteRevision?.field]).toEqual(["en", "note"]);
  // The same for the second approval.
  await expect(async () => {
    await reader.reload();
    await expect(readerEnglish(reader, 2)).toHaveText("The agreement covers joint training of the Armed Forces of both countries.", {
      timeout: 1000,
    });
  }).toPass({ timeout: 10_000 });
  await reader.context().close();
  await reviewer.context().close();
});

test("a reviewer sends a pair back with a reason; an Italian edit sends an approved pair back with the source diff", async ({
  browser,
}) => {
  const reviewer = await teamPage(browser, "reviewer");
  await reviewer.goto(WORKSPACE);
  const third = reviewPair(reviewer, 3);
  await third.getByText("Needs changes…").click();
  await third.getByRole("button", { name: "Send back to the translator" }).click();
  await expect(third.getByRole("status")).toHaveText("Please write something first.");
  await third.getByLabel("What needs to change").fill("“Ratified the agreement” reads better as “ratified the accord”.");
  await third.getByRole("button", { name: "Send back to the translator" }).click();
  await expect(third.getByRole("status")).toHaveText("Paragraph 3 sent back with your reason.");

  const first = reviewPair(reviewer, 1);
  await first
    .getByRole("textbox", { name: "Italian" })
    .fill("Nel 2018 la Cina e il Kazakhstan hanno firmato un importante accordo di cooperazione militare.");
  await first.getByRole("button", { name: "Save" }).click();
  await expect(first.locator(".status-badge").first()).toHaveText("Needs changes");
  await expect(first.getByRole("region", { name: "The Italian changed since readers last saw it" }).locator("ins")).toHaveText(
    /importante/,
  );
  // Readers keep the Italian approved with its English until the pair is approved again.
  const reader = await browser.newPage();
  await reader.goto(READER);
  await expect(reader.locator('#p-1 [data-lang="it"]')).toContainText("Nel 2018 la Cina e il Kazakhstan hanno firmato un accordo");
  await expect(reader.locator('#p-1 [data-lang="it"]')).not.toContainText("importante");
  await reader.close();

  const translator = await teamPage(browser, "translator");
  await translator.goto(WORKSPACE);
  await expect(reviewPair(translator, 3).locator(".status-reason")).toHaveText(
    "Needs changes: “Ratified the agreement” reads better as “ratified the accord”.",
  );
  // Alt+N goes from pair to pair among those that need work: 1 (source moved), then 3.
  await expect(translator.locator("html")).toHaveAttribute("data-review-keys", "ready");
  await translator.locator("body").press("Alt+n");
  await expect(reviewPair(translator, 1).getByRole("textbox", { name: "English" })).toBeFocused();
  await translator.keyboard.press("Alt+n");
  await expect(reviewPair(translator, 3).getByRole("textbox", { name: "English" })).toBeFocused();
  await translator.keyboard.press("Alt+p");
  await expect(reviewPair(translator, 1).getByRole("textbox", { name: "English" })).toBeFocused();
  await reviewer.context().close();
  await translator.context().close();
});

test("comments: the team writes and resolves; a reader reports a problem without an account", async ({ browser }) => {
  const reader = await (await browser.newContext({ extraHTTPHeaders: { "X-Forwarded-For": "203.0.113.77" } })).newPage();
  await reader.goto(READER);
  await reader.locator("#p-2 .pair-menu > summary").click();
  await reader.locator("#p-2").getByRole("link", { name: "Report a problem with paragraph 2" }).click();
  await expect(reader.getByRole("heading", { level: 1 })).toHaveText("Report a problem with paragraph 2");
  await reader.getByLabel("What is wrong?").fill("“Armed Forces” should not be capitalised here.");
  await reader.getByRole("button", { name: "Send the report" }).click();
  await expect(reader.getByRole("status")).toHaveText("Thank you: your report has reached the team.");

  const translator = await teamPage(browser, "translator");
  await translator.goto(WORKSPACE);
  await expect(reviewPair(translator, 2).getByRole("link", { name: "Comments (1 open)" })).toBeVisible();
  await reviewPair(translator, 2).getByRole("link", { name: "Comments (1 open)" }).click();
  const thread = translator.getByRole("region", { name: "Comments" });
  await expect(thread.locator(".comment").first()).toContainText("A reader");
  await expect(thread.locator(".comment-body").first()).toHaveText("“Armed Forces” should not be capitalised here.");
  await thread.getByLabel("Add a comment for the team").fill("It is the institution’s name: keeping the capitals.");
  await thread.getByRole("button", { name: "Comment" }).click();
  await expect(thread.getByText("Comment added.")).toBeVisible();
  await expect(thread.locator(".comment").nth(1)).toContainText("Tomaso Gialli");
  await thread.locator(".comment").first().getByRole("button", { name: "Mark resolved" }).click();
  await expect(thread.locator(".comment").first()).toContainText("Resolved by Tomaso Gialli");

  const comments = storedParagraphs(SLUG)[1]?.comments ?? [];
  expect(comments.map((comment) => comment.origin)).toEqual(["reader", "team"]);
  await reader.context().close();
  await translator.context().close();
});

test("the workspace, a pair's history and the report page pass axe, in both interface languages", async ({ browser }) => {
  // Five whole-page axe scans: more than the default 30 s on a busy two-core machine.
  test.setTimeout(120_000);
  const page = await teamPage(browser, "reviewer");
  for (const url of [
    WORKSPACE,
    `${WORKSPACE}/2`,
    `/it/texts/${SLUG}/review`,
    `/it/texts/${SLUG}/review/1`,
    `/en/texts/${SLUG}/p/1/report`,
  ]) {
    await page.goto(url);
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations, url).toEqual([]);
  }
  await page.goto(`/it/texts/${SLUG}/review`);
  await expect(page.getByRole("heading", { name: "Tastiera" })).toBeVisible();
  await expect(reviewPair(page, 2).getByRole("button", { name: "Approva" })).toBeVisible();
  await page.context().close();
});
