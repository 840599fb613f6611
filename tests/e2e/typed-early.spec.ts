// A translator on a slow phone starts typing before the page's scripts have run: the
// editor takes the focus as the page loads. What they type is kept once React takes
// the field over (components/typed-early-script.ts), and it is what Save stores.
import { expect, test } from "@playwright/test";
import {
  ensureAccounts,
  ensureDocument,
  isHydrated,
  reviewPair,
  runId,
  signIn,
  storedParagraphs,
  waitForHydration,
} from "./review-support";

test.beforeAll(() => ensureAccounts());

test("words typed into an editor before the page is hydrated are kept and saved", async ({ page }) => {
  const slug = `typed-early-${runId()}`;
  ensureDocument(slug);
  await signIn(page, "translator");

  // The page's scripts are held back until the translator has typed.
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route("**/_next/static/**/*.js", async (route) => {
    await released;
    await route.continue();
  });
  await page.goto(`/en/texts/${slug}/review`, { waitUntil: "domcontentloaded" });

  const english = reviewPair(page, 2).getByLabel("English", { exact: true });
  const before = await english.inputValue();
  expect(before).not.toBe("");
  await english.click();
  await english.press("Control+End");
  await english.pressSequentially(" Typed before the scripts ran.");
  const typed = `${before} Typed before the scripts ran.`;
  await expect(english).toHaveValue(typed);
  expect(await isHydrated(english)).toBe(false);

  release();
  await waitForHydration(english);
  await expect(english).toHaveValue(typed);

  await reviewPair(page, 2).getByRole("button", { name: "Save" }).click();
  await expect(reviewPair(page, 2).getByText("Paragraph 2 saved.")).toBeVisible();
  expect(storedParagraphs(slug).find((pair) => pair.position === 2)?.textEn).toBe(typed);
});
