// The CAT round trip in the browser: a translator exports the text as XLIFF, a CAT tool
// fills it in, someone edits a pair here meanwhile, and the file brought back is
// previewed (a change, a conflict, an unmatched unit) and applied, the conflict left alone.
import fs from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { ensureAccounts, ensureDocument, reviewPair, runId, signIn, storedParagraphs } from "./review-support";

const SLUG = `ritorno-${runId()}`;

test.beforeAll(() => {
  ensureAccounts();
  ensureDocument(SLUG, {
    paragraphs: [
      { textIt: "Il primo paragrafo.", textEn: "The first paragraph.", status: "translated" },
      { textIt: "Il secondo paragrafo.", textEn: "", status: "draft" },
      { textIt: "Il terzo paragrafo.", textEn: "", status: "draft" },
    ],
  });
});

test("a translator brings back a translated XLIFF: the preview shows each change and the conflict, applying saves the changes", async ({
  page,
}) => {
  await signIn(page, "translator");
  await page.goto(`/en/texts/${SLUG}/review`);
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "XLIFF 2.1", exact: true }).click();
  const exported = fs.readFileSync(await (await download).path(), "utf8");
  expect(exported).toContain('<mda:meta type="version">1</mda:meta>');

  // The CAT tool fills in the second and third targets and rewords the first; a unit of another text slipped in.
  const translated = exported
    .replace("<target>The first paragraph.</target>", "<target>The first paragraph, from the CAT tool.</target>")
    .replace(/(<segment state=")initial(">\s*<source>Il secondo paragrafo\.<\/source>\s*<target>)/, "$1translated$2The second paragraph.")
    .replace(/(<segment state=")initial(">\s*<source>Il terzo paragrafo\.<\/source>\s*<target>)/, "$1translated$2The third paragraph.")
    .replace(
      "</file>",
      '<unit id="u9"><segment state="translated"><source>Un paragrafo di un altro testo.</source><target>Another text.</target></segment></unit></file>',
    );
  expect(translated).toContain("The third paragraph.");
  // Meanwhile the first pair is edited here.
  const first = reviewPair(page, 1).getByRole("textbox", { name: "English" });
  await first.fill("The first paragraph, edited here.");
  await reviewPair(page, 1).getByRole("button", { name: "Save" }).click();
  await expect(reviewPair(page, 1).getByRole("status")).toHaveText("Paragraph 1 saved.");

  await page.getByRole("link", { name: "Bring a translated file back (XLIFF or TMX)" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await page.getByLabel("Translated file (XLIFF or TMX)").setInputFiles({
    name: `${SLUG}.xlf`,
    mimeType: "application/xliff+xml",
    buffer: Buffer.from(translated),
  });
  await page.getByRole("button", { name: "Preview the changes" }).click();
  await expect(page.getByText(`4 units in ${SLUG}.xlf: 2 to change, 1 in conflict, 0 unchanged, 1 unmatched.`)).toBeVisible();
  const conflict = page.getByRole("region", { name: /Conflict: edited here since the export/ });
  await expect(conflict.getByRole("listitem")).toHaveCount(1);
  await expect(conflict.locator("del")).toContainText("edited here");
  await expect(conflict.locator("ins")).toContainText("from the CAT tool");
  const changes = page.getByRole("region", { name: /^Changes/ });
  await expect(changes.getByRole("listitem")).toHaveText([/Paragraph 2.*The second paragraph\./s, /Paragraph 3.*The third paragraph\./s]);
  await expect(changes.getByText("Status: Draft → Translated")).toHaveCount(2);
  await expect(page.getByRole("region", { name: /No paragraph has this Italian/ })).toContainText("Un paragrafo di un altro testo.");
  // Nothing is saved by a preview.
  expect(storedParagraphs(SLUG).map((pair) => pair.textEn)).toEqual(["The first paragraph, edited here.", "", ""]);
  expect((await new AxeBuilder({ page }).analyze()).violations.map((violation) => violation.id)).toEqual([]);

  // The file stays chosen: apply without choosing it again; the conflict is not ticked, so the edit made here stays.
  await page.getByRole("button", { name: "Apply 3 changes" }).click();
  await expect(page.getByRole("status").filter({ hasText: "saved" })).toContainText(
    "2 paragraphs saved, each with its revision in your name.",
  );
  await expect(page.getByText("1 conflicting unit was left as it was.")).toBeVisible();
  const stored = storedParagraphs(SLUG);
  expect(stored.map((pair) => [pair.textEn, pair.status])).toEqual([
    ["The first paragraph, edited here.", "translated"],
    ["The second paragraph.", "translated"],
    ["The third paragraph.", "translated"],
  ]);
  expect(stored[1]!.revisions.at(-1)).toMatchObject({ before: "", after: "The second paragraph." });
});

test("a file that is not a text's translation is refused with its reason, and nothing changes", async ({ page }) => {
  await signIn(page, "translator");
  await page.goto(`/en/texts/${SLUG}/review/update`);
  const before = storedParagraphs(SLUG);
  await page.getByLabel("Translated file (XLIFF or TMX)").setInputFiles({
    name: "broken.xlf",
    mimeType: "application/xliff+xml",
    buffer: Buffer.from("<xliff version='2.1'><file id='f'><unit id='u1'><segment><source>Il primo paragrafo.</source>"),
  });
  await page.getByRole("button", { name: "Preview the changes" }).click();
  const refusal = page.locator("#update-refusal");
  await expect(refusal.locator("p").first()).toHaveText("The file was not read, so nothing was changed:");
  // The importer's own account, in English whatever the page's language.
  await expect(refusal.locator("p[lang=en]")).toContainText("broken.xlf");
  expect(storedParagraphs(SLUG)).toEqual(before);
});
