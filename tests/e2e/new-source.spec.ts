// A corrected Italian comes in: an admin previews what the new version changes (a
// paragraph corrected, one added, one dropped), applies it, and the workspace shows the
// corrected pair back in review with the source's changes while readers keep the old pair.
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { ensureAccounts, ensureDocument, reviewPair, runId, signIn, storedParagraphs } from "./review-support";

const SLUG = `versione-${runId()}`;
const PARAGRAPHS = [
  "Il primo paragrafo resta come era.",
  "Nel 2018 il ministro ha visitato Astana per tre giorni.",
  "Questo paragrafo sparisce nella nuova versione.",
  "L’ultimo paragrafo resta come era.",
];

test.beforeAll(() => {
  ensureAccounts();
  ensureDocument(SLUG, {
    paragraphs: [
      { textIt: PARAGRAPHS[0]!, textEn: "The first paragraph stays as it was.", status: "approved" },
      { textIt: PARAGRAPHS[1]!, textEn: "In 2018 the minister visited Astana for three days.", status: "approved" },
      { textIt: PARAGRAPHS[2]!, textEn: "This paragraph goes in the new version.", status: "approved" },
      { textIt: PARAGRAPHS[3]!, textEn: "The last paragraph stays as it was.", status: "approved" },
    ],
  });
});

test("an admin replaces the Italian with a corrected version: preview, apply, and the corrected pair goes back to review", async ({
  browser,
}) => {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, "admin");
  await page.goto(`/en/texts/${SLUG}/review`);
  await page.getByRole("link", { name: "Replace the Italian with a new version" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();

  const corrected = "Nel 2019 il ministro ha visitato Astana per due giorni.";
  const added = "Un paragrafo nuovo, aggiunto dall’autore nella seconda edizione.";
  const file = ["Versione corretta", PARAGRAPHS[0], corrected, added, PARAGRAPHS[3], "Fonte: Redazione"].join("\n\n");
  await page.getByLabel("New version of the Italian (.txt or .md)").setInputFiles({
    name: "versione-2.txt",
    mimeType: "text/plain",
    buffer: Buffer.from(file),
  });
  await page.getByRole("button", { name: "Preview the changes" }).click();
  await expect(
    page.getByText("versione-2.txt: 2 paragraphs unchanged, 1 corrected, 1 added, 1 dropped, 0 split in two, 0 joined with the next."),
  ).toBeVisible();
  const correctedList = page.getByRole("region", { name: /Corrected/ });
  await expect(correctedList.locator("del")).toContainText(["2018", "tre"]);
  await expect(correctedList.locator("ins")).toContainText(["2019", "due"]);
  await expect(correctedList).toContainText("In 2018 the minister visited Astana for three days.");
  await expect(page.getByRole("region", { name: /Dropped/ })).toContainText("This paragraph goes in the new version.");
  await expect(page.getByText("1 translation is removed with its paragraph.")).toBeVisible();
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations).toEqual([]);

  await page.getByRole("button", { name: "Replace the Italian" }).click();
  await expect(page.getByRole("status")).toContainText("The Italian is replaced: the text now has 4 paragraphs.");
  expect(storedParagraphs(SLUG).map((pair) => [pair.textIt, pair.status])).toEqual([
    [PARAGRAPHS[0], "approved"],
    [corrected, "needs_changes"],
    [added, "draft"],
    [PARAGRAPHS[3], "approved"],
  ]);

  // The workspace shows the source's change on the corrected pair; readers still see the old, consistent pair.
  await page.goto(`/en/texts/${SLUG}/review`);
  await expect(reviewPair(page, 2).locator("ins")).toContainText(["2019"]);
  await page.goto(`/en/texts/${SLUG}?view=side`);
  await expect(page.locator('#p-2 .half[data-lang="it"]')).toHaveText(PARAGRAPHS[1]!);
  await expect(page.locator('#p-2 .half[data-lang="en"]')).toHaveText("In 2018 the minister visited Astana for three days.");
  await expect(page.locator('#p-3 .half[data-lang="it"]')).toHaveText(added);
});

test("a reviewer is not offered the new version, and the page says why", async ({ browser }) => {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, "reviewer");
  await page.goto(`/en/texts/${SLUG}/review`);
  await expect(page.getByRole("link", { name: "Replace the Italian with a new version" })).toHaveCount(0);
  await page.goto(`/en/texts/${SLUG}/review/source`);
  await expect(page.locator("p[role=alert]")).toHaveText("Only admins bring in texts and new versions of them.");
});
