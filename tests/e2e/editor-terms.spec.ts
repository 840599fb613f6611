// The translator's desk beside the editor: the glossary terms of the pair's Italian
// with their English, put in with a click or Alt+digit, marked live while they are
// missing from the English; characters, words and the length ratio counted as one types.
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { ensureAccounts, ensureDocument, reviewPair, runId, signIn, storedParagraphs } from "./review-support";

const SLUG = `termini-${runId()}`;

test.beforeAll(() => {
  ensureAccounts();
  ensureDocument(SLUG, {
    paragraphs: [
      { textIt: "La Cina e il Kazakhstan firmarono un accordo.", textEn: "The two countries signed an agreement.", status: "translated" },
    ],
  });
});

test("a translator puts the glossary's English in from the keyboard and sees the terms and counts change as they type", async ({
  page,
}) => {
  await signIn(page, "translator");
  await page.goto(`/en/texts/${SLUG}/review`);
  const pair = reviewPair(page, 1);
  const panel = pair.getByRole("group", { name: "Glossary terms in the Italian" });
  await expect(panel.locator("li")).toHaveCount(2);
  await expect(panel.locator("li").nth(0)).toContainText("Cina → China not in the English yet");
  await expect(panel.locator("li").nth(1)).toContainText("Kazakhstan → Kazakhstan not in the English yet");
  const english = pair.getByRole("textbox", { name: "English" });
  await expect(pair.locator('[id$="-count-en"]')).toContainText("38 characters, 6 words · ");

  // Keyboard only: into the English, select "The two countries", Alt+1 and Alt+2.
  await english.focus();
  await page.keyboard.press("Control+Home");
  for (let step = 0; step < "The two countries".length; step++) await page.keyboard.press("Shift+ArrowRight");
  await page.keyboard.press("Alt+1");
  await page.keyboard.type(" and ");
  await page.keyboard.press("Alt+2");
  await expect(english).toHaveValue("China and Kazakhstan signed an agreement.");
  await expect(panel.getByText("not in the English yet")).toHaveCount(0);
  await expect(panel.getByText("in the English", { exact: true })).toHaveCount(2);
  await expect(pair.locator('[id$="-count-en"]')).toContainText("41 characters, 6 words · 0.91 times the Italian");
  expect((await new AxeBuilder({ page }).include(".review-pair").analyze()).violations.map((violation) => violation.id)).toEqual([]);

  // Removing a term marks it again; a click puts it back.
  await english.fill("China signed an agreement.");
  await expect(panel.locator("li").nth(1)).toContainText("not in the English yet");
  await english.fill("China and  signed an agreement.");
  await english.evaluate((area: HTMLTextAreaElement) => area.setSelectionRange(10, 10));
  await panel.getByRole("button", { name: "Kazakhstan" }).click();
  await expect(english).toHaveValue("China and Kazakhstan signed an agreement.");
  await expect(english).toBeFocused();
  await page.keyboard.press("Control+s");
  await expect(pair.getByRole("status")).toHaveText("Paragraph 1 saved.");
  expect(storedParagraphs(SLUG)[0]!.textEn).toBe("China and Kazakhstan signed an agreement.");
});
