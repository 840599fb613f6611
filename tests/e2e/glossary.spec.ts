import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { box, openReader, TEXT } from "./reader-support";

function overlap(a: { x: number; y: number; width: number; height: number }, b: typeof a) {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

test.describe("glossary tooltips", () => {
  test("hovering a term shows its expansion, other-language form and definition, and never covers the counterpart", async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await openReader(page, `${TEXT}?view=side`);
    const term = page.locator("#p-4 .half[lang='it'] a.term", { hasText: /^SCO$/ });
    await term.hover();
    const tooltip = page.getByRole("tooltip");
    await expect(tooltip).toBeVisible();
    await expect(tooltip).toContainText("SCO – Shanghai Cooperation Organisation");
    await expect(tooltip).toContainText("In English: Shanghai Cooperation Organisation");
    await expect(tooltip).toContainText("founded in Shanghai in 2001");
    await expect(tooltip.getByRole("link", { name: "Open the glossary entry" })).toHaveAttribute("href", "/en/glossary/sco");
    expect(overlap(await box(tooltip), await box(page.locator("#p-4 .half[lang='en']")))).toBe(false);

    await page.mouse.move(5, 5);
    await expect(tooltip).toBeHidden();
  });

  test("in the interleaved view the tooltip stays off the English below", async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await openReader(page, `${TEXT}?view=interleaved`);
    const term = page.locator("#p-8 .half[lang='it'] a.term", { hasText: "Unione Sovietica" });
    await term.scrollIntoViewIfNeeded();
    await term.hover();
    const tooltip = page.getByRole("tooltip");
    await expect(tooltip).toBeVisible();
    expect(overlap(await box(tooltip), await box(page.locator("#p-8 .half[lang='en']")))).toBe(false);
  });

  test("keyboard focus opens a tooltip, Escape closes it, and only one is open at a time", async ({ page }) => {
    await openReader(page, `${TEXT}?view=side`);
    const first = page.locator("#p-1 .half[lang='en'] a.term").first();
    await first.focus();
    const tooltip = page.getByRole("tooltip");
    await expect(tooltip).toBeVisible();
    await expect(tooltip).toContainText("Xu Qiliang");
    await page.keyboard.press("Tab");
    await expect(page.getByRole("tooltip")).toHaveCount(1);
    await expect(tooltip).toContainText("Central Military Commission");
    await page.keyboard.press("Escape");
    await expect(tooltip).toBeHidden();
  });

  test("the tooltip speaks the interface language", async ({ page }) => {
    await openReader(page, "/it/texts/cesi-cina-kazakhstan?view=side");
    await page.locator("#p-8 .half[lang='en'] a.term", { hasText: "Soviet Union" }).hover();
    await expect(page.getByRole("tooltip")).toContainText("Lo Stato federale socialista");
    await expect(page.getByRole("tooltip")).toContainText("In italiano: Unione Sovietica");
  });

  test("a tooltip names the other language's form only when it differs from the headword", async ({ page }) => {
    await openReader(page, "/it/texts/cesi-cina-kazakhstan?view=side");
    const tajikistan = page.locator(".half[lang='en'] a.term[data-term='tagikistan']").first();
    await tajikistan.hover();
    const tooltip = page.getByRole("tooltip");
    await expect(tooltip).toContainText("Tagikistan");
    await expect(tooltip).not.toContainText("In italiano");
  });

  test("the page carries no definitions; each is asked for once, and a screen reader hears it when it asks (D)", async ({ page }) => {
    const asked: string[] = [];
    page.on("request", (request) => {
      if (request.url().endsWith("/definition")) asked.push(new URL(request.url()).pathname);
    });
    const html = await (await page.request.get(`${TEXT}?view=side`)).text();
    expect(html).not.toContain("founded in Shanghai in 2001");
    await openReader(page, `${TEXT}?view=side`);
    const term = page.locator("#p-4 .half[lang='it'] a.term", { hasText: /^SCO$/ });
    // Not on every focus: the term is a link, heard by its name.
    await expect(term).toHaveAccessibleDescription("");
    await term.focus();
    await page.keyboard.press("d");
    await expect(page.locator("#content [role='status']").filter({ hasText: "founded in Shanghai in 2001" })).toHaveCount(1);
    expect(asked.filter((path) => path === "/en/glossary/sco/definition")).toHaveLength(1);
    expect(new Set(asked).size).toBe(asked.length);

    const unknown = await page.request.get("/en/glossary/nessun-termine/definition");
    expect(unknown.status()).toBe(404);
    expect(await unknown.text()).toBe("No glossary entry has this address.");
  });

  test("terms are marked after elided articles, whatever the case, longest first", async ({ page }) => {
    await openReader(page, `${TEXT}?view=side`);
    await expect(page.locator("#p-8 .half[lang='it'] a.term", { hasText: "Unione Sovietica" })).toHaveText("Unione Sovietica");
    await expect(page.locator("#p-1 .half[lang='it'] a.term[data-term='asia-centrale']")).toHaveText("Asia Centrale");
    // "Xu Qiliang" is one term, never "Xu" inside it.
    await expect(page.locator("#p-1 .half[lang='it'] a.term[data-term='xu-qiliang']")).toHaveText("Xu Qiliang");
    await expect(page.locator("#p-1 .half[lang='it'] a.term", { hasText: /^Xu$/ })).toHaveCount(0);
    // The text's own entry for its summit takes the longest form there; the SCO keeps its abbreviation.
    await expect(page.locator("#p-4 .half[lang='it'] a.term[data-term='vertice-sco-qingdao-2018']")).toHaveText(
      "vertice della Shanghai Cooperation Organization",
    );
    await expect(page.locator("#p-4 .half[lang='it'] a.term[data-term='sco']")).toHaveText(["SCO"]);
    await expect(page.locator("#p-4 .half[lang='en'] a.term[data-term='sco']")).toHaveText(["Shanghai Cooperation Organisation", "SCO"]);
  });
});

test.describe("calm tooltips", () => {
  test("passing over a term opens nothing; resting on it does", async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await openReader(page, `${TEXT}?view=side`);
    const term = page.locator("#p-1 .half[lang='en'] a.term[data-term='xu-qiliang']");
    const where = await box(term);
    await page.mouse.move(where.x + 5, where.y + 5);
    await page.mouse.move(where.x + 5, where.y - 60, { steps: 2 });
    await page.waitForTimeout(500);
    await expect(page.getByRole("tooltip")).toBeHidden();
    await term.hover();
    await expect(page.getByRole("tooltip")).toBeVisible();
  });

  test("a definition is always wholly inside the window, at every edge", async ({ page }) => {
    await page.setViewportSize({ width: 1024, height: 700 });
    await openReader(page, `${TEXT}?view=side`);
    const inside = async () => {
      const tip = await box(page.getByRole("tooltip"));
      const viewport = page.viewportSize()!;
      expect(tip.x).toBeGreaterThanOrEqual(0);
      expect(tip.y).toBeGreaterThanOrEqual(0);
      expect(tip.x + tip.width).toBeLessThanOrEqual(viewport.width);
      expect(tip.y + tip.height).toBeLessThanOrEqual(viewport.height);
      // Never under the reading toolbar either.
      expect(tip.y).toBeGreaterThanOrEqual((await box(page.locator(".reading-toolbar"))).y + 30);
    };
    const edges = [
      ["left, at the top", "#p-1 .half[lang='it'] a.term[data-term='commissione-militare-centrale']", "start"],
      ["right, at the bottom", "#p-13 .half[lang='en'] a.term", "end"],
      ["left, at the bottom", "#p-9 .half[lang='it'] a.term", "end"],
      ["right, at the top", "#p-8 .half[lang='en'] a.term", "start"],
    ] as const;
    for (const [edge, selector, block] of edges) {
      const term = page.locator(selector).last();
      await term.evaluate((element, where) => element.scrollIntoView({ block: where }), block);
      await page.mouse.move(0, 0);
      await term.hover();
      await expect(page.getByRole("tooltip"), edge).toBeVisible();
      await inside();
      await page.keyboard.press("Escape");
    }
  });

  test.describe("on a phone", () => {
    test.use({ hasTouch: true, isMobile: true, viewport: { width: 390, height: 844 } });

    test("a tapped term's definition is a sheet along the bottom of the screen", async ({ page }) => {
      await openReader(page, `${TEXT}?view=side`);
      const term = page.locator("#p-1 .half[lang='it'] a.term").first();
      await term.tap();
      const tip = await box(page.getByRole("tooltip"));
      expect(tip.x).toBe(0);
      expect(tip.width).toBe(390);
      expect(Math.round(tip.y + tip.height)).toBe(844);
      expect(tip.y).toBeGreaterThan(844 / 2 - 1);
    });

    test("axe finds nothing with a definition's sheet open", async ({ page }) => {
      await openReader(page, `${TEXT}?view=side`);
      await page.locator("#p-1 .half[lang='it'] a.term").first().tap();
      await expect(page.getByRole("tooltip")).toBeVisible();
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
    });
  });

  test("axe finds nothing with a definition open by the pointer", async ({ page }) => {
    await openReader(page, `${TEXT}?view=side`);
    await page.locator("#p-4 .half[lang='it'] a.term", { hasText: /^SCO$/ }).hover();
    await expect(page.getByRole("tooltip")).toBeVisible();
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
  });
});

test.describe("tooltips by tap", () => {
  test.use({ hasTouch: true, viewport: { width: 420, height: 800 } });

  test("a tap opens the definition instead of leaving the page", async ({ page }) => {
    await openReader(page, `${TEXT}?view=side`);
    await expect(page.locator("html")).toHaveAttribute("data-reader-enhanced", "true");
    const term = page.locator("#p-2 .half[lang='en'] a.term", { hasText: "Chairman of the Senate" });
    await term.scrollIntoViewIfNeeded();
    await term.tap();
    await expect(page.getByRole("tooltip")).toContainText("The presiding officer of the upper house of Kazakhstan’s Parliament");
    await expect(page).toHaveURL(/\/en\/texts\/cesi-cina-kazakhstan/);
    // A second tap on the same term follows its link to the glossary entry.
    await term.tap();
    await expect(page).toHaveURL(/\/en\/glossary\/presidente-senato-kazakhstan-2018$/);
  });
});

test.describe("glossary pages", () => {
  test("the index filters by kind, searches either language and jumps by letter", async ({ page }) => {
    await page.goto("/it/glossary");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Glossario");
    await expect(page.getByRole("status")).toHaveText("35 termini");

    await page.getByLabel("Tipo").selectOption({ label: "Persona" });
    await page.getByRole("main").getByRole("button", { name: "Cerca" }).click();
    await expect(page).toHaveURL(/kind=person/);
    await expect(page.getByRole("status")).toHaveText("3 termini");
    await expect(page.locator(".glossary-entry dt a")).toHaveText(["Nursultan Nazarbayev", "Xi Jinping", "Xu Qiliang"]);

    await page.goto("/it/glossary");
    await page.getByLabel("Cerca un termine, in italiano o in inglese").fill("soviet union");
    await page.getByRole("main").getByRole("button", { name: "Cerca" }).click();
    await expect(page.locator(".glossary-entry dt a")).toHaveText(["Unione Sovietica"]);

    await page.goto("/it/glossary");
    await page.getByRole("navigation", { name: "Vai alla lettera" }).getByRole("link", { name: "U", exact: true }).click();
    await expect(page).toHaveURL(/#letter-U$/);
    await expect(page.getByRole("heading", { name: "U", exact: true })).toBeInViewport();
  });

  test("an odd query gets an empty result, not an error", async ({ page }) => {
    const response = await page.goto("/en/glossary?q=%3Cscript%3E&kind=nonsense");
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("status")).toHaveText("No terms found.");
  });

  test("a term's page names its headword once and lists each pair it occurs in once, linked", async ({ page }) => {
    await page.goto("/en/glossary/unione-sovietica");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Soviet Union URSS");
    // The English headword is the heading's; the Italian one is given under its definition.
    await expect(page.locator(".term-language[lang='en'] .term-headword")).toHaveText("Union of Soviet Socialist Republics (USSR)");
    await expect(page.locator(".term-language[lang='it'] .term-headword strong")).toHaveText("Unione Sovietica");
    await expect(page.locator(".term-headword strong")).toHaveCount(1);
    // Other specs import copies of the seed text: only the seed's own pairs are counted here.
    await expect(page.getByText(/^In \d+ paragraphs?$/)).toBeVisible();
    const inSeed = page.locator(".occurrences li").filter({ has: page.locator('a[href="/en/texts/cesi-cina-kazakhstan/at/8"]') });
    await expect(inSeed).toHaveCount(1);
    expect(await inSeed.locator("blockquote").evaluateAll((quotes) => quotes.map((quote) => quote.getAttribute("lang")))).toEqual([
      "it",
      "en",
    ]);
    await expect(inSeed.locator("mark")).toHaveText(["Unione Sovietica", "Soviet Union"]);
    const occurrence = inSeed.getByRole("link", { name: /Paragraph 8$/ });
    await occurrence.click();
    await expect(page).toHaveURL(/\/en\/texts\/cesi-cina-kazakhstan#p-8$/);
    await expect(page.locator("#p-8 .half[lang='it']")).toHaveCSS("background-color", "rgb(253, 240, 196)");
  });

  for (const path of ["/it/glossary", "/en/glossary/sco"]) {
    test(`axe finds nothing on ${path}`, async ({ page }) => {
      await page.goto(path);
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
    });
  }
});
