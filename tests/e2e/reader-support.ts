import { expect, type Locator, type Page } from "@playwright/test";

export const TEXT = "/en/texts/cesi-cina-kazakhstan";

/** Opens a reader page and waits until its script has enhanced it (tooltips, keys, links). */
export async function openReader(page: Page, url: string) {
  await page.goto(url);
  await expect(page.locator("html")).toHaveAttribute("data-reader-enhanced", "true");
}

/** Where an element is on screen; fails when it is not shown. */
export async function box(locator: Locator) {
  const rect = await locator.boundingBox();
  if (!rect) throw new Error("element is not visible");
  return rect;
}

/** One half of a pair in the reader. */
export const half = (page: Page, position: number, language: "it" | "en") => page.locator(`#p-${position} .half[lang="${language}"]`);
