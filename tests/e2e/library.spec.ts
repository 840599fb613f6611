import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { ensureDocument, runId } from "./review-support";

// Two texts of this spec's own, stored one after the other: other specs add texts to the
// same library meanwhile, so the library is checked exactly for these two and the seed,
// and for the shape of every entry.
const RUN = runId();
const OLDER = { slug: `biblioteca-${RUN}-prima`, titleIt: `Il primo testo ${RUN}`, titleEn: `The first text ${RUN}` };
const NEWER = { slug: `biblioteca-${RUN}-seconda`, titleIt: `Il secondo testo ${RUN}`, titleEn: "" };

test.beforeAll(() => {
  ensureDocument(OLDER.slug, { titleIt: OLDER.titleIt, titleEn: OLDER.titleEn, sourceName: "Archivio di prova" });
  ensureDocument(NEWER.slug, {
    titleIt: NEWER.titleIt,
    titleEn: NEWER.titleEn,
    sourceName: "Archivio di prova",
    paragraphs: [
      { textIt: "Un paragrafo approvato.", textEn: "An approved paragraph.", status: "approved" },
      { textIt: "Un paragrafo in bozza." },
    ],
  });
});

test.describe("the page chain: database → data layer → pages", () => {
  test("the root address opens the library in the visitor's language, Italian by default", async ({ browser }) => {
    const english = await browser.newContext({ locale: "en-GB" });
    const englishPage = await english.newPage();
    await englishPage.goto("/");
    await expect(englishPage).toHaveURL(/\/en$/);
    await expect(englishPage.getByRole("heading", { level: 1 })).toHaveText("Library");
    await english.close();

    const other = await browser.newContext({ locale: "de-DE" });
    const otherPage = await other.newPage();
    await otherPage.goto("/");
    await expect(otherPage).toHaveURL(/\/it$/);
    await expect(otherPage.getByRole("heading", { level: 1 })).toHaveText("Biblioteca");
    await other.close();
  });

  test("a reader finds the seeded text in the library and reads it side by side", async ({ page }) => {
    await page.goto("/it");
    const card = page.getByRole("article", { name: "Cina, sviluppo e limiti della cooperazione difensiva con il Kazakhstan" });
    await expect(card).toContainText("China: The Development and Limits of Defence Cooperation with Kazakhstan");
    await expect(card).toContainText("15 paragrafi, 100% rivisto");
    await expect(card).toContainText("Fonte: C.E.S.I. – Centro Studi Internazionali");

    await card.getByRole("link", { name: "Leggi a fronte" }).click();
    await expect(page).toHaveURL(/\/it\/texts\/cesi-cina-kazakhstan$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      "Cina, sviluppo e limiti della cooperazione difensiva con il Kazakhstan",
    );
    await page.getByText("Informazioni sul testo").click();
    await expect(page.getByText("Fonte: C.E.S.I.", { exact: true })).toBeVisible();

    const pairs = page.getByRole("group", { name: /^Paragrafo \d+$/ });
    await expect(pairs).toHaveCount(15);
    const first = page.getByRole("group", { name: "Paragrafo 1", exact: true });
    await expect(first.locator('p[lang="it"]')).toHaveText(
      /^Nel settembre 2018 il Vicepresidente della Commissione Militare Centrale Xu Qiliang/,
    );
    await expect(first.locator('p[lang="en"]')).toHaveText(
      /^In September 2018 Xu Qiliang, a Vice Chairman of the Central Military Commission/,
    );

    // The lost word is restored in brackets and explained beside the pair.
    const third = page.locator("#p-3");
    await expect(third.locator('p[lang="en"]')).toContainText("the friendship that binds [China] and Kazakhstan");
    await third.getByText("Nota del traduttore", { exact: true }).click();
    await expect(third.locator(".translator-note span[lang='en']")).toContainText("The Italian source lacks a word here");

    // The debris of the web page's share widget is not part of the text.
    await expect(page.getByText("Clicca su + per scegliere")).toHaveCount(0);
  });

  test("the library lists every text once as a card, newest first: this spec's two exactly, the seeded text last", async ({ page }) => {
    await page.goto("/it");
    const entries = await page.locator(".document-list > li").evaluateAll((items) =>
      items.map((item) => ({
        cards: item.querySelectorAll("article.document-card").length,
        title: item.querySelector("h2 a")?.getAttribute("href"),
        read: item.querySelector("a.read-link")?.getAttribute("href"),
        lines: (item as HTMLElement).innerText.split("\n").filter(Boolean),
      })),
    );
    // Every entry: one card, whose title and "read" link both lead to the text, each text once.
    for (const entry of entries) {
      expect(entry.cards, entry.title ?? "").toBe(1);
      expect(entry.title).toMatch(/^\/it\/texts\/[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(entry.read).toBe(entry.title);
    }
    const slugs = entries.map((entry) => entry.title?.replace("/it/texts/", ""));
    expect(new Set(slugs).size).toBe(slugs.length);
    // The seeded text is the oldest; of this spec's two, the newer comes first.
    expect(slugs.at(-1)).toBe("cesi-cina-kazakhstan");
    expect(slugs.indexOf(NEWER.slug)).toBeLessThan(slugs.indexOf(OLDER.slug));
    expect(slugs.indexOf(NEWER.slug)).toBeGreaterThanOrEqual(0);

    const lines = (slug: string) => entries.find((entry) => entry.title === `/it/texts/${slug}`)?.lines;
    expect(lines(OLDER.slug)).toEqual([
      OLDER.titleIt,
      OLDER.titleEn,
      "Fonte: Archivio di prova",
      "3 paragrafi, 33% rivisto",
      "Leggi a fronte",
    ]);
    // No English title yet: the card has no line for it.
    expect(lines(NEWER.slug)).toEqual([NEWER.titleIt, "Fonte: Archivio di prova", "2 paragrafi, 50% rivisto", "Leggi a fronte"]);
    expect(lines("cesi-cina-kazakhstan")).toEqual([
      "Cina, sviluppo e limiti della cooperazione difensiva con il Kazakhstan",
      "China: The Development and Limits of Defence Cooperation with Kazakhstan",
      "Fonte: C.E.S.I. – Centro Studi Internazionali · Pubblicato: 2018",
      "15 paragrafi, 100% rivisto",
      "Leggi a fronte",
    ]);
  });

  test("every paragraph carries its language, and the halves of a pair sit on one row", async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto("/en/texts/cesi-cina-kazakhstan");
    await expect(page.locator(".pair p[lang='it']")).toHaveCount(15);
    await expect(page.locator(".pair p[lang='en']")).toHaveCount(15);
    for (const position of [1, 8, 15]) {
      const italian = await page.locator(`#p-${position} p[lang="it"]`).boundingBox();
      const english = await page.locator(`#p-${position} p[lang="en"]`).boundingBox();
      expect(Math.abs((italian?.y ?? 0) - (english?.y ?? -10))).toBeLessThanOrEqual(1);
      expect(english?.x ?? 0).toBeGreaterThan((italian?.x ?? 0) + (italian?.width ?? 0));
    }
  });

  test("the language switch keeps the reader on the same text", async ({ page }) => {
    await page.goto("/it/texts/cesi-cina-kazakhstan");
    await page.getByRole("link", { name: "English" }).click();
    await expect(page).toHaveURL(/\/en\/texts\/cesi-cina-kazakhstan$/);
    await expect(page.getByRole("link", { name: "Back to the library" })).toBeVisible();
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByRole("group", { name: "Paragraph 15", exact: true })).toBeVisible();
  });

  test("an unknown text gets a localized not-found page", async ({ page }) => {
    const response = await page.goto("/en/texts/no-such-text");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
    await page.getByRole("link", { name: "Back to the library" }).click();
    await expect(page).toHaveURL(/\/en$/);
  });

  for (const path of ["/it", "/en/texts/cesi-cina-kazakhstan"]) {
    test(`axe finds no accessibility violation on ${path}`, async ({ page }) => {
      await page.goto(path);
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
    });
  }
});
