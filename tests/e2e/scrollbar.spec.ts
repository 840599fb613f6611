import { expect, test } from "@playwright/test";
import { chromiumLaunchOptions } from "./chromium";
import { openReader, TEXT } from "./reader-support";

// On a desktop with classic scrollbars (Playwright hides them unless told), a page
// streamed in is drawn before it is long enough to scroll; when the scrollbar then
// appeared, everything centred or at the right moved by half its width or all of it
// (Lighthouse's desktop CLS 0.009). The scrollbar's room is kept from the start.
test.use({
  launchOptions: { ...chromiumLaunchOptions, ignoreDefaultArgs: ["--hide-scrollbars"] },
  viewport: { width: 1350, height: 940 },
});

for (const view of ["it", "side"] as const) {
  test(`in the ${view} view the text and the header stay where they are whether or not the page can scroll yet`, async ({ page }) => {
    await openReader(page, `${TEXT}?view=${view}`);
    const pairs = page.locator(".pairs");
    const places = async () => ({
      title: (await page.getByRole("heading", { level: 1 }).boundingBox())!.x,
      search: (await page.locator(".header-search").boundingBox())!.x,
      scrolls: await page.evaluate(() => document.documentElement.scrollHeight > window.innerHeight),
    });
    const long = await places();
    expect(long.scrolls).toBe(true);
    // As when only the page's first part has arrived: too short to scroll.
    await pairs.evaluate((element) => (element.style.display = "none"));
    const short = await places();
    expect(short.scrolls).toBe(false);
    expect(short).toEqual({ ...long, scrolls: false });
  });
}
