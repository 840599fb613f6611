// The readers' e-book: downloaded from the reader as a reader does, valid by Debian's
// epubcheck, its pages opened in the browser as a reading system would show them; a
// text whose every field is hostile comes out as text, with no script and no markup of its own.
import { strFromU8, unzipSync } from "fflate";
import fs from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { epubcheck } from "../support/epubcheck";
import { ensureHostileDocument } from "../support/hostile-markdown";

const TEXT = "cesi-cina-kazakhstan";
const HOSTILE = "ebook-ostile";

test.beforeAll(() => ensureHostileDocument(HOSTILE));
// Each test starts epubcheck, a Java program: on a two-core machine busy with the other
// tests its start alone took most of the default 30 s (a test failed there at 44.6 s).
test.setTimeout(120_000);

/** Shows one page of the book in the browser as the XHTML it is, its stylesheet with it. */
async function openBookPage(page: Page, files: Record<string, Uint8Array>, name: string) {
  await page.route("https://book.test/**", (route) => {
    const file = files[`EPUB/${new URL(route.request().url()).pathname.slice(1)}`];
    if (!file) return route.fulfill({ status: 404 });
    const type = route.request().url().endsWith(".css") ? "text/css" : "application/xhtml+xml";
    return route.fulfill({ status: 200, contentType: type, body: Buffer.from(file) });
  });
  await page.goto(`https://book.test/${name}`);
}

test("the reader's e-book download is a valid EPUB 3 with both titles, the pairs facing and the glossary", async ({ page }) => {
  await page.goto(`/en/texts/${TEXT}`);
  await page.getByText("About this text").click();
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Download e-book (EPUB)" }).click()]);
  expect(download.suggestedFilename()).toBe(`${TEXT}.en.epub`);
  const bytes = fs.readFileSync((await download.path())!);
  expect(epubcheck(bytes).problems).toEqual([]);

  const files = unzipSync(bytes);
  expect(strFromU8(files["EPUB/package.opf"]!)).toContain(`<dc:identifier id="book-id">`);
  await openBookPage(page, files, "title.xhtml");
  await expect(page.locator("h1")).toHaveText("Cina, sviluppo e limiti della cooperazione difensiva con il Kazakhstan");
  await expect(page.locator(".title-en")).toHaveText("China: The Development and Limits of Defence Cooperation with Kazakhstan");
  await expect(page.locator(".about")).toContainText("C.E.S.I. – Centro Studi Internazionali");

  // Side by side on a wide page: the Italian on the left, its English level with it on the right.
  await page.setViewportSize({ width: 1000, height: 800 });
  await openBookPage(page, files, "text-001.xhtml");
  const italian = await page.locator("#p-1 .half-it").boundingBox();
  const english = await page.locator("#p-1 .half-en").boundingBox();
  expect(english!.x).toBeGreaterThan(italian!.x + italian!.width);
  expect(english!.y).toBe(italian!.y);
  await expect(page.locator("#p-1 .half-en")).toHaveAttribute("lang", "en");
  // Stacked on a phone: the English under its Italian.
  await page.setViewportSize({ width: 390, height: 844 });
  const stacked = await page.locator("#p-1 .half-en").boundingBox();
  expect(stacked!.y).toBeGreaterThan((await page.locator("#p-1 .half-it").boundingBox())!.y + 40);

  // A term leads to its entry in the glossary, in the book's language.
  await page.locator("#p-1 .half-en a.term", { hasText: "Kazakhstan" }).click();
  await expect(page).toHaveURL(/glossary\.xhtml#g-kazakhstan$/);
  await expect(page.locator("#g-kazakhstan")).toContainText("Kazakhstan");
});

test("a hostile text's e-book is valid and shows its every field as text", async ({ page, request }) => {
  const response = await request.get(`/it/texts/${HOSTILE}/download/epub`);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("application/epub+zip");
  const bytes = await response.body();
  expect(epubcheck(bytes).problems).toEqual([]);

  const files = unzipSync(bytes);
  const dialogs: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  for (const name of ["title.xhtml", "text-001.xhtml"]) {
    await openBookPage(page, files, name);
    const elements = await page.evaluate(() => [...new Set([...document.body.querySelectorAll("*")].map((element) => element.localName))]);
    expect(
      elements.filter((tag) => !["section", "div", "h1", "h2", "p", "a", "em", "strong", "dl", "dt", "dd", "aside", "span"].includes(tag)),
    ).toEqual([]);
    // Every link stays in the book, but the title page's one to the original's address.
    const links = await page.locator("a").evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute("href")));
    expect(links.filter((href) => !/^(#|glossary\.xhtml#)/.test(href ?? ""))).toEqual(
      name === "title.xhtml" ? ["https://example.com/%22%3E%3Cscript%3Ealert(1)%3C/script%3E"] : [],
    );
  }
  await openBookPage(page, files, "title.xhtml");
  await expect(page.locator("h1")).toHaveText("<script>alert(1)</script> Titolo [x](javascript:alert(1))");
  expect(dialogs).toEqual([]);
});
