import { spawnSync } from "node:child_process";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { ensureAccounts, reviewPair, signIn, storedParagraphs, type TeamRole } from "./review-support";

// A reviewer fixes a text the aligner left with doubtful pairs: merges a split
// paragraph, splits a doubled one, moves an English that landed one pair late, and
// approves the result, which the reader then shows side by side. The steps build on
// each other, so they run in order. A slug of this run's own.
const SLUG = `alignment-${Date.now().toString(36)}`;
const WORKSPACE = `/en/texts/${SLUG}/review`;
// A text whose English slid one pair late from pair 5 on, for re-aligning a run.
const SHIFTED = `shifted-${Date.now().toString(36)}`;

test.describe.configure({ mode: "serial" });

test.beforeAll(() => {
  ensureAccounts();
  for (const [command, slug] of [
    ["document", SLUG],
    ["shifted", SHIFTED],
  ]) {
    const result = spawnSync(process.execPath, ["node_modules/tsx/dist/cli.mjs", "tests/support/alignment-fixtures.ts", command!, slug!], {
      encoding: "utf8",
      env: { ...process.env, DATABASE_URL: process.env.E2E_DATABASE_URL },
    });
    if (result.status !== 0) throw new Error(result.stderr);
  }
});

async function teamPage(browser: Browser, role: TeamRole): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, role);
  await page.goto(WORKSPACE);
  return page;
}

const pairs = (page: Page) => page.locator("article.review-pair");
const tools = (page: Page, position: number) => reviewPair(page, position).locator("details.alignment-tools");

async function openTools(page: Page, position: number) {
  await tools(page, position).locator("summary").click();
  await expect(tools(page, position)).toHaveAttribute("open", "");
}

test("a translator sees how sure the aligner was, but not the tools to re-align", async ({ browser }) => {
  const page = await teamPage(browser, "translator");
  await expect(reviewPair(page, 1).locator(".alignment-confidence")).toHaveText(
    "Aligned automatically, 98% sure these halves belong together.",
  );
  await expect(reviewPair(page, 2).locator(".alignment-confidence")).toHaveText(
    "Aligned automatically, only 55% sure these halves belong together: check the pairing.",
  );
  await expect(page.locator("details.alignment-tools")).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Merge with the next pair" })).toHaveCount(0);
});

test("a reviewer sees the doubtful pairs flagged and filters to them", async ({ browser }) => {
  const page = await teamPage(browser, "reviewer");
  await expect(pairs(page)).toHaveCount(7);
  await expect(reviewPair(page, 2).getByRole("list", { name: "Check warnings" })).toContainText(
    "The aligner is not sure these halves belong together",
  );
  await expect(reviewPair(page, 3).locator(".alignment-confidence")).toHaveText(
    "Aligned automatically: the aligner found no counterpart for one of these halves.",
  );
  await expect(reviewPair(page, 1).getByRole("list", { name: "Check warnings" })).toHaveCount(0);

  await page.getByLabel("Checks").selectOption({ label: "Low alignment confidence" });
  await page.getByRole("button", { name: "Show" }).click();
  await expect(page).toHaveURL(/check=alignment/);
  await expect(page.getByText("Showing 5 of 7 paragraphs.")).toBeVisible();
  await expect(pairs(page)).toHaveCount(5);
  await expect(page.locator("article.review-pair#p-1, article.review-pair#p-7")).toHaveCount(0);

  await openTools(page, 4);
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations).toEqual([]);
});

test("a reviewer merges the split paragraph, splits the doubled one and moves the late English", async ({ browser }) => {
  const page = await teamPage(browser, "reviewer");

  // Merge: pair 3's Italian is the end of pair 2's paragraph.
  await openTools(page, 2);
  await tools(page, 2).getByRole("button", { name: "Merge with the next pair" }).click();
  await expect(tools(page, 2).getByRole("status")).toHaveText("Merged with the next pair.");
  await expect(pairs(page)).toHaveCount(6);
  await expect(reviewPair(page, 2).getByRole("textbox", { name: "Italian", exact: true })).toHaveValue(
    "La visita di Xu ad Astana completa l’incontro di giugno. L’incontro si era tenuto tra i due presidenti.",
  );
  await expect(reviewPair(page, 2).locator(".alignment-confidence")).toHaveCount(0);

  // Split: pair 3 holds two paragraphs in each language; a blank line marks each split.
  await openTools(page, 3);
  await tools(page, 3)
    .getByRole("textbox", { name: "Italian to split" })
    .fill("I due Paesi condividono una lunga frontiera.\n\nIl Kazakhstan è il principale partner della Cina in Asia Centrale.");
  const english = tools(page, 3).getByRole("textbox", { name: "English to split" });
  // Words changed along with the split are refused, and the reviewer's text stays.
  await english.fill("The two countries share a very long border.\n\nKazakhstan is China’s main partner in Central Asia.");
  await tools(page, 3).getByRole("button", { name: "Split", exact: true }).click();
  await expect(tools(page, 3).getByRole("alert")).toHaveText(/The words changed: a split only divides the texts/);
  await expect(pairs(page)).toHaveCount(6);
  await expect(english).toHaveValue(/very long border/);
  await english.fill("The two countries share a long border.\n\nKazakhstan is China’s main partner in Central Asia.");
  await tools(page, 3).getByRole("button", { name: "Split", exact: true }).click();
  await expect(tools(page, 3).getByRole("status")).toHaveText("Split in two: the second part is now pair 4.");
  await expect(pairs(page)).toHaveCount(7);
  await expect(reviewPair(page, 3).getByRole("textbox", { name: "English", exact: true })).toHaveValue(
    "The two countries share a long border.",
  );
  // The split form now holds the pair as it is, ready for another split (it kept the old English).
  await expect(tools(page, 3).getByRole("textbox", { name: "English to split" })).toHaveValue("The two countries share a long border.");
  await expect(reviewPair(page, 4).getByRole("textbox", { name: "Italian", exact: true })).toHaveValue(
    "Il Kazakhstan è il principale partner della Cina in Asia Centrale.",
  );

  // Move: pair 6's English belongs to pair 5, and the emptied pair 6 then joins pair 5.
  await openTools(page, 6);
  await tools(page, 6).getByRole("button", { name: "Move the English to the previous pair" }).click();
  // The pair now has no English to move, and still says how the move went (it said nothing).
  await expect(tools(page, 6).getByRole("status")).toHaveText("English moved.");
  await expect(tools(page, 6).getByRole("button", { name: "Move the English to the previous pair" })).toBeDisabled();
  await expect(reviewPair(page, 5).getByRole("textbox", { name: "English", exact: true })).toHaveValue(
    "In 2005 the two countries signed a strategic partnership.",
  );
  await expect(reviewPair(page, 6).getByRole("textbox", { name: "English", exact: true })).toHaveValue("");
  // Each pair's history names the other pair of the move.
  const history = await page.context().newPage();
  await history.goto(`/en/texts/${SLUG}/review/5`);
  await expect(history.locator(".history-list li").first()).toContainText("English moved here from pair 6");
  await history.goto(`/en/texts/${SLUG}/review/6`);
  await expect(history.locator(".history-list li").first()).toContainText("English moved to pair 5");
  await history.close();
  await openTools(page, 5);
  await tools(page, 5).getByRole("button", { name: "Merge with the next pair" }).click();
  await expect(pairs(page)).toHaveCount(6);

  const stored = storedParagraphs(SLUG);
  expect(stored.map((pair) => pair.position)).toEqual([1, 2, 3, 4, 5, 6]);
  expect(stored.map((pair) => pair.status)).toEqual(["approved", "translated", "translated", "translated", "translated", "approved"]);
});

test("the history says how each pair was re-aligned", async ({ browser }) => {
  const page = await teamPage(browser, "reviewer");
  await page.goto(`/en/texts/${SLUG}/review/2`);
  await expect(page.locator(".history-list")).toContainText("Italian merged with the next pair");
  // The merge can be restored; the texts from before it (the imported halves) belong to the old pairing and cannot.
  const merge = page.locator('.history-list li[data-event="merged"]');
  await expect(merge.getByRole("button", { name: "Restore this text" })).toHaveCount(1);
  const imported = page.locator('.history-list li[data-event="created"]');
  await expect(imported).toHaveCount(3);
  await expect(imported.getByRole("button", { name: "Restore this text" })).toHaveCount(0);
  for (const item of await imported.all()) await expect(item).toContainText("From before this pair was last re-aligned");
  await page.goto(`/en/texts/${SLUG}/review/4`);
  await expect(page.locator(".history-list")).toContainText("Italian split off from the previous pair");
  await page.goto(`/en/texts/${SLUG}/review/5`);
  await expect(page.locator(".history-list")).toContainText("English moved here from");
});

test("once approved, the reader shows each Italian beside its own English", async ({ browser, page }) => {
  const reviewer = await teamPage(browser, "reviewer");
  for (const position of [2, 3, 4, 5]) {
    await reviewPair(reviewer, position).getByRole("button", { name: "Approve" }).click();
    await expect(reviewPair(reviewer, position).getByRole("status").last()).toContainText(`Paragraph ${position} approved`);
  }

  await page.goto(`/en/texts/${SLUG}?view=side`);
  const half = (position: number, language: "it" | "en") => page.locator(`#p-${position} .half[data-lang="${language}"]`);
  await expect(page.locator(".pair")).toHaveCount(6);
  await expect(half(2, "it")).toHaveText(
    "La visita di Xu ad Astana completa l’incontro di giugno. L’incontro si era tenuto tra i due presidenti.",
  );
  await expect(half(2, "en")).toHaveText("Xu’s visit to Astana complements the June meeting between the two presidents.");
  await expect(half(3, "it")).toHaveText("I due Paesi condividono una lunga frontiera.");
  await expect(half(3, "en")).toHaveText("The two countries share a long border.");
  await expect(half(4, "it")).toHaveText("Il Kazakhstan è il principale partner della Cina in Asia Centrale.");
  await expect(half(4, "en")).toHaveText("Kazakhstan is China’s main partner in Central Asia.");
  await expect(half(5, "it")).toHaveText("Nel 2005 i due Paesi hanno firmato un partenariato strategico.");
  await expect(half(5, "en")).toHaveText("In 2005 the two countries signed a strategic partnership.");
  await expect(half(6, "en")).toHaveText("Cooperation remains limited by Kazakhstan’s closeness to Russia.");
});

test("a reviewer re-aligns a run of shifted pairs in one step, and the history says so", async ({ browser }) => {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, "reviewer");
  await page.goto(`/en/texts/${SHIFTED}/review`);
  const english = (position: number) => reviewPair(page, position).getByRole("textbox", { name: "English", exact: true });
  // Pair 4 holds its own English and pair 5's, each later pair its successor's, pair 10 none.
  const before = await Promise.all([4, 5, 6, 7, 8, 9, 10].map((position) => english(position).inputValue()));
  expect(before[6]).toBe("");

  await openTools(page, 4);
  const through = tools(page, 4).getByRole("spinbutton", { name: "Through pair" });
  await through.fill("10");
  await tools(page, 4).getByRole("button", { name: "Re-align", exact: true }).click();
  await expect(tools(page, 4).getByRole("status")).toHaveText("English re-aligned: 7 pairs changed.");
  // Pair 4 keeps the first of its two paragraphs; every later pair gets its neighbour's back.
  await expect(english(4)).not.toHaveValue(before[0]!);
  expect(before[0]).toContain(await english(4).inputValue());
  await expect(english(5)).toHaveValue(before[0]!.slice((await english(4).inputValue()).length + 1));
  for (const position of [6, 7, 8, 9, 10]) await expect(english(position)).toHaveValue(before[position - 5]!);
  expect(storedParagraphs(SHIFTED).map((pair) => pair.status)).toEqual([...Array(3).fill("approved"), ...Array(7).fill("translated")]);

  await page.goto(`/en/texts/${SHIFTED}/review/7`);
  await expect(page.locator(".history-list li").first()).toContainText("English re-aligned with the pairs around it");
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations).toEqual([]);
});

test("the tools work without JavaScript: a reviewer splits a pair with the plain form", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await signIn(page, "reviewer");
  await page.goto(WORKSPACE);
  await openTools(page, 6);
  await tools(page, 6)
    .getByRole("textbox", { name: "English to split" })
    .fill("Cooperation remains limited\n\nby Kazakhstan’s closeness to Russia.");
  await tools(page, 6).getByRole("button", { name: "Split", exact: true }).click();
  await expect(page.getByText("Split in two: the second part is now pair 7.")).toBeVisible();
  await expect(pairs(page)).toHaveCount(7);
  const stored = storedParagraphs(SLUG);
  expect(stored.slice(5).map((pair) => [pair.position, pair.textIt, pair.textEn, pair.status])).toEqual([
    [6, "La cooperazione resta limitata dalla vicinanza del Kazakhstan alla Russia.", "Cooperation remains limited", "translated"],
    [7, "", "by Kazakhstan’s closeness to Russia.", "translated"],
  ]);
  await context.close();
});
