import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { glossary } from "../../prisma/seed/glossary";
import { ensureMarkdownDocument } from "../support/print-fixtures";
import { box } from "./reader-support";

// The printable edition of a text of this spec's own (pairs with Markdown and
// glossary terms: Cina, Kazakhstan, Pechino, SCO, Astana).
const SLUG = "edizione-stampa-prova";
const PRINT = (locale: "it" | "en") => `/${locale}/texts/${SLUG}/print`;
const TERMS = ["cina", "kazakhstan", "pechino", "sco", "astana"];

test.beforeAll(() => ensureMarkdownDocument(SLUG));

const term = (slug: string) => {
  const entry = glossary.find((candidate) => candidate.slug === slug);
  if (!entry) throw new Error(`no seeded term ${slug}`);
  return entry;
};

test("on paper the two languages stand in two level columns, Italian left, without the site's navigation", async ({ page }) => {
  await page.goto(PRINT("en"));
  await page.emulateMedia({ media: "print" });
  for (const position of [1, 2, 3]) {
    const [it, en] = [
      await box(page.locator(`#p-${position} .print-half[lang=it]`)),
      await box(page.locator(`#p-${position} .print-half[lang=en]`)),
    ];
    expect(Math.abs(it.y - en.y), `pair ${position}`).toBeLessThan(2);
    expect(it.x + it.width).toBeLessThanOrEqual(en.x);
  }
  await expect(page.locator(".site-header")).toBeHidden();
  await expect(page.getByRole("navigation", { name: "Sections" })).toBeHidden();
  await expect(page.getByText(/Use your browser’s Print command/)).toBeHidden();
  // Both titles, the source, headings, emphasis and the translator's note are on paper.
  await expect(page.locator("h1[lang=it]")).toHaveText(`Cooperazione in Markdown ${SLUG}`);
  await expect(page.locator("p[lang=en]", { hasText: `Cooperation in Markdown ${SLUG}` })).toBeVisible();
  await expect(page.getByText("Redazione di prova").first()).toBeVisible();
  await expect(page.locator("#p-1 h2[lang=it] em")).toHaveText("origini");
  await expect(page.locator("#p-1 h2[lang=en] em")).toHaveText("origins");
  await expect(page.locator("#p-2 [lang=en] strong")).toHaveText("China");
  await expect(page.locator("#p-2").getByRole("note")).toContainText("The emphasis follows the Italian.");
  expect(await page.locator(".print-pair").first().innerText()).not.toContain("*");
});

test("on screen the page says how to print it", async ({ page }) => {
  await page.goto(PRINT("it"));
  await expect(page.getByText(/Usa il comando Stampa del browser/)).toBeVisible();
  await expect(page.getByRole("button", { name: "Stampa questa edizione" })).toBeVisible();
  await page.getByRole("link", { name: "Torna al lettore" }).click();
  await expect(page).toHaveURL(new RegExp(`/it/texts/${SLUG}$`));
});

test("the appendix lists the text's glossary terms in both languages with definitions in the page's language", async ({ page }) => {
  for (const locale of ["en", "it"] as const) {
    await page.goto(PRINT(locale));
    const appendix = page.getByRole("region", { name: locale === "en" ? "Appendix: glossary" : "Appendice: glossario" });
    await expect(appendix.locator(".appendix-term")).toHaveCount(TERMS.length);
    for (const slug of TERMS) {
      const entry = term(slug);
      const item = appendix.locator(`#g-${slug}`);
      await expect(item.locator("dt [lang=it]")).toHaveText(entry.termIt);
      await expect(item.locator("dt [lang=en]")).toHaveText(entry.termEn);
      await expect(item).toContainText((locale === "en" ? entry.definitionEn : entry.definitionIt) ?? "");
    }
    // An abbreviation's expansion, in the page's language.
    await expect(appendix.locator("#g-sco .appendix-expansion")).toHaveText(
      locale === "en" ? term("sco").expansionEn! : term("sco").expansionIt!,
    );
  }
  // Each occurrence links to its pair, and each term in the text to its entry.
  const china = page.locator("#g-cina .appendix-occurrences a");
  await expect(china).toHaveText(["§ 1", "§ 2"]);
  await china.nth(1).click();
  await expect(page).toHaveURL(/#p-2$/);
  await page.locator("#p-3 [lang=it] a.term", { hasText: "Pechino" }).click();
  await expect(page).toHaveURL(/#g-pechino$/);
});

test("the column order follows the reader's language preference", async ({ page }) => {
  await page.goto(`/en/texts/${SLUG}?view=side&first=en`);
  await page.getByText("About this text").click();
  await page.getByRole("link", { name: "Printable edition" }).click();
  await expect(page).toHaveURL(new RegExp(`${PRINT("en")}$`));
  const [it, en] = [await box(page.locator("#p-2 .print-half[lang=it]")), await box(page.locator("#p-2 .print-half[lang=en]"))];
  expect(en.x + en.width).toBeLessThanOrEqual(it.x);
});

test("the reader links the printable edition and the downloads, and prints without its controls", async ({ page }) => {
  await page.goto(`/en/texts/${SLUG}?view=side&first=it`);
  // Folded under the titles with the text's source (so that on a phone the text begins on the first screen).
  await page.getByText("About this text").click();
  const actions = page.getByRole("navigation", { name: "Print and download" });
  await expect(actions.getByRole("link", { name: "Printable edition" })).toHaveAttribute("href", PRINT("en"));
  await expect(actions.getByRole("link", { name: "Download Markdown" })).toHaveAttribute("href", `/en/texts/${SLUG}/download/md`);
  await expect(actions.getByRole("link", { name: "Download Markdown" })).toHaveAttribute("download", "");
  await expect(actions.getByRole("link", { name: "Download TMX" })).toHaveAttribute("href", `/en/texts/${SLUG}/download/tmx`);
  await expect(actions.getByRole("link", { name: "Download TMX" })).toHaveAttribute("download", "");
  // The links hand over files (the routes are the exchange feature's).
  for (const [name, suffix] of [
    ["Download Markdown", ".md"],
    ["Download TMX", ".tmx"],
  ] as const) {
    const download = page.waitForEvent("download");
    await actions.getByRole("link", { name }).click();
    expect((await download).suggestedFilename()).toMatch(new RegExp(`^${SLUG}.*\\${suffix}$`));
  }

  await page.emulateMedia({ media: "print" });
  await expect(page.locator(".site-header")).toBeHidden();
  await expect(page.getByRole("navigation", { name: "Reading mode" })).toBeHidden();
  await expect(actions).toBeHidden();
  await expect(page.locator("#p-2 .pair-footer")).toBeHidden();
  await expect(page.locator("#p-2 .half[lang=it]")).toBeVisible();
  await expect(page.locator("#p-2 .half[lang=en]")).toBeVisible();
});

test("without JavaScript a text of a hundred pairs or fewer prints whole, its appendix included", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(PRINT("en"));
  const pairs = page.locator(".print-pair");
  await expect(pairs.last()).toBeVisible();
  expect(await pairs.count()).toBeGreaterThan(1);
  await expect(page.locator(".appendix-term")).toHaveCount(TERMS.length);
  await expect(page.locator(".print-no-script")).toHaveCount(0);
  await context.close();
});

test("an unknown text has no printable edition", async ({ page }) => {
  const response = await page.goto("/en/texts/nessun-testo-cosi/print");
  expect(response?.status()).toBe(404);
});

test("the printable edition saves as a PDF", async ({ page }) => {
  await page.goto(PRINT("en"));
  const pdf = await page.pdf({ format: "A4", preferCSSPageSize: true });
  expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
  expect(pdf.length).toBeGreaterThan(5_000);
});

for (const locale of ["it", "en"] as const) {
  test(`axe finds nothing on the printable edition (${locale})`, async ({ page }) => {
    await page.goto(PRINT(locale));
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
  });
}
