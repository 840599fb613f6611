import AxeBuilder from "@axe-core/playwright";
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { ensureDocument, runId, storedDocuments } from "./review-support";

// The server runs with SITE_URL set to its own address (playwright.config.ts), so the
// absolute URLs in <head> and the sitemap are the ones this test reaches it by.
const SLUG = "cesi-cina-kazakhstan";
// A text of this spec's own, which the sitemap must list exactly (other specs add texts meanwhile).
const OWN = `condivisione-${runId()}`;

test.beforeAll(() => {
  ensureDocument(OWN);
});

/** Width and height from a PNG's IHDR chunk, after checking that it is a PNG. */
function pngSize(bytes: Buffer) {
  expect(bytes.subarray(0, 8).toString("hex")).toBe("89504e470d0a1a0a");
  expect(bytes.subarray(12, 16).toString("latin1")).toBe("IHDR");
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

async function metaContent(page: Page, selector: string) {
  const meta = page.locator(`head meta[${selector}]`);
  await expect(meta).toHaveCount(1);
  return (await meta.getAttribute("content")) ?? "";
}

/** The page's Open Graph and Twitter images: declared 1200×630 PNGs that the server really serves as such. */
async function expectShareImages(page: Page, request: APIRequestContext, origin: string, pagePath: string) {
  expect(await metaContent(page, 'name="twitter:card"')).toBe("summary_large_image");
  expect(await metaContent(page, 'property="og:image:width"')).toBe("1200");
  expect(await metaContent(page, 'property="og:image:height"')).toBe("630");
  expect(await metaContent(page, 'property="og:image:type"')).toBe("image/png");

  for (const url of [await metaContent(page, 'property="og:image"'), await metaContent(page, 'name="twitter:image"')]) {
    // Absolute, on the site's address, under the page's own path.
    expect(url.startsWith(`${origin}${pagePath}/`), url).toBe(true);
    const response = await request.get(url);
    expect(response.status(), url).toBe(200);
    expect(response.headers()["content-type"]).toBe("image/png");
    expect(pngSize(await response.body())).toEqual({ width: 1200, height: 630 });
  }
}

async function expectLanguageLinks(page: Page, canonical: string, alternates: Record<string, string>) {
  await expect(page.locator('head link[rel="canonical"]')).toHaveAttribute("href", canonical);
  for (const [language, href] of Object.entries(alternates)) {
    await expect(page.locator(`head link[rel="alternate"][hreflang="${language}"]`)).toHaveAttribute("href", href);
  }
  await expect(page.locator('head link[rel="alternate"][hreflang]')).toHaveCount(Object.keys(alternates).length);
}

test.describe("sharing: cards, canonical addresses, sitemap", () => {
  test("a document page announces its share card, canonical address and both languages", async ({ page, request, baseURL }) => {
    const origin = baseURL ?? "";
    await page.goto(`/en/texts/${SLUG}`);
    await expectLanguageLinks(page, `${origin}/en/texts/${SLUG}`, {
      it: `${origin}/it/texts/${SLUG}`,
      en: `${origin}/en/texts/${SLUG}`,
      "x-default": `${origin}/it/texts/${SLUG}`,
    });
    expect(await metaContent(page, 'property="og:url"')).toBe(`${origin}/en/texts/${SLUG}`);
    expect(await metaContent(page, 'property="og:type"')).toBe("article");
    expect(await metaContent(page, 'property="og:locale"')).toBe("en_GB");
    expect(await metaContent(page, 'property="og:title"')).toBe("China: The Development and Limits of Defence Cooperation with Kazakhstan");
    expect(await metaContent(page, 'name="description"')).toMatch(
      /^In September 2018 Xu Qiliang, a Vice Chairman of the Central Military Commission.*…$/,
    );
    expect(await metaContent(page, 'property="og:image:alt"')).toContain(
      "“China: The Development and Limits of Defence Cooperation with Kazakhstan”",
    );
    await expectShareImages(page, request, origin, `/en/texts/${SLUG}`);

    // The Italian page's card speaks Italian.
    await page.goto(`/it/texts/${SLUG}`);
    await expect(page.locator('head link[rel="canonical"]')).toHaveAttribute("href", `${origin}/it/texts/${SLUG}`);
    expect(await metaContent(page, 'property="og:locale"')).toBe("it_IT");
    expect(await metaContent(page, 'property="og:image:alt"')).toContain("in italiano e in inglese");
    await expectShareImages(page, request, origin, `/it/texts/${SLUG}`);
  });

  test("a pair's share page shows the pair and leads to it in the reader", async ({ page, request, baseURL }) => {
    const origin = baseURL ?? "";
    await page.goto(`/en/texts/${SLUG}/p/3`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      "Cina, sviluppo e limiti della cooperazione difensiva con il Kazakhstan",
    );
    await expect(page.getByText("Paragraph 3 of 15")).toBeVisible();
    const pair = page.getByRole("group", { name: "Paragraph 3", exact: true });
    await expect(pair.locator('p[lang="it"]')).toHaveText(/^Nel corso dell’incontro, i rappresentanti dei due Paesi/);
    await expect(pair.locator('p[lang="en"]')).toHaveText(/^During the meeting, .*the friendship that binds \[China\] and Kazakhstan/);
    // Only this pair, not the document.
    await expect(page.locator(".pair")).toHaveCount(1);

    await expectLanguageLinks(page, `${origin}/en/texts/${SLUG}/p/3`, {
      it: `${origin}/it/texts/${SLUG}/p/3`,
      en: `${origin}/en/texts/${SLUG}/p/3`,
      "x-default": `${origin}/it/texts/${SLUG}/p/3`,
    });
    expect(await metaContent(page, 'property="og:title"')).toBe(
      "China: The Development and Limits of Defence Cooperation with Kazakhstan, paragraph 3",
    );
    expect(await metaContent(page, 'property="og:image:alt"')).toBe(
      "Paragraph 3 of “China: The Development and Limits of Defence Cooperation with Kazakhstan”, the Italian and the English side by side, on A Fronte",
    );
    await expectShareImages(page, request, origin, `/en/texts/${SLUG}/p/3`);

    await page.getByRole("link", { name: "Read in context" }).click();
    await expect(page).toHaveURL(`${origin}/en/texts/${SLUG}#p-3`);
    await expect(page.locator(".pair")).toHaveCount(15);
    await expect(page.locator("#p-3")).toBeInViewport();
  });

  test("the Italian share page of a pair is in Italian", async ({ page }) => {
    await page.goto(`/it/texts/${SLUG}/p/15`);
    await expect(page.getByText("Paragrafo 15 di 15")).toBeVisible();
    await expect(page.getByRole("group", { name: "Paragrafo 15", exact: true }).locator('p[lang="it"]')).toBeVisible();
    // The pair in its text: the server sends it to the reader page that holds it, at the pair.
    await page.getByRole("link", { name: "Leggi nel contesto" }).click();
    await expect(page).toHaveURL(new RegExp(`/it/texts/${SLUG}#p-15$`));
    await expect(page.locator("#p-15")).toBeInViewport();
  });

  for (const position of ["99", "16", "0", "03", "tre"]) {
    test(`a pair that does not exist (p/${position}) is a 404, and so is its card`, async ({ page, request }) => {
      const response = await page.goto(`/en/texts/${SLUG}/p/${position}`);
      expect(response?.status()).toBe(404);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
      expect((await request.get(`/en/texts/${SLUG}/p/${position}/opengraph-image/card`)).status()).toBe(404);
    });
  }

  test("the sitemap lists the library and every text in both languages, with their alternates", async ({ request, baseURL }) => {
    const origin = baseURL ?? "";
    const response = await request.get("/sitemap.xml");
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toContain("xml");
    expect(response.url()).toBe(`${origin}/sitemap.xml`);
    const xml = await response.text();

    // What each entry is, exactly: a page in one language, its three alternates, when it last changed.
    const entry = (locale: string, path: string, lastmod: string) =>
      [
        "<url>",
        `<loc>${origin}/${locale}${path}</loc>`,
        `<xhtml:link rel="alternate" hreflang="it" href="${origin}/it${path}" />`,
        `<xhtml:link rel="alternate" hreflang="en" href="${origin}/en${path}" />`,
        `<xhtml:link rel="alternate" hreflang="x-default" href="${origin}/it${path}" />`,
        `<lastmod>${lastmod}</lastmod>`,
        "</url>",
      ].join("\n");
    const entries = xml.match(/<url>\n[\s\S]*?\n<\/url>/g) ?? [];
    // Nothing but entries.
    expect(xml).toBe(
      `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${entries.map((url) => `${url}\n`).join("")}</urlset>\n`,
    );
    const pages = entries.map((url) => {
      const [, locale = "", path = ""] = /<loc>[^<]*?\/(it|en)((?:\/texts\/[^<]+)?)<\/loc>/.exec(url) ?? [];
      const lastmod = /<lastmod>([^<]+)<\/lastmod>/.exec(url)?.[1] ?? "";
      expect(url).toBe(entry(locale, path, lastmod));
      expect(new Date(lastmod).toISOString()).toBe(lastmod);
      return { locale, path, lastmod };
    });
    // The library first, then each text once, in Italian and then English, changed at the same moment.
    expect(pages.slice(0, 2).map(({ locale, path }) => `${locale}${path}`)).toEqual(["it", "en"]);
    const texts = pages.slice(2);
    expect(texts.length % 2).toBe(0);
    for (let index = 0; index < texts.length; index += 2) {
      expect(texts[index]).toMatchObject({ locale: "it", path: expect.stringMatching(/^\/texts\//) });
      expect(texts[index + 1]).toEqual({ ...texts[index], locale: "en" });
    }
    expect(new Set(texts.map(({ path }) => path)).size).toBe(texts.length / 2);

    // This spec's text, exactly as stored; the library changed when its latest text did, not before this one.
    const [own] = storedDocuments(OWN);
    const ownAt = own?.updatedAt ?? "";
    expect(entries.join("\n")).toContain(`${entry("it", `/texts/${OWN}`, ownAt)}\n${entry("en", `/texts/${OWN}`, ownAt)}`);
    expect(texts.map(({ path }) => path)).toContain(`/texts/${SLUG}`);
    expect(pages[0]!.lastmod >= ownAt).toBe(true);
    expect(pages[0]!.lastmod).toBe(
      texts
        .map(({ lastmod }) => lastmod)
        .sort()
        .at(-1),
    );
  });

  test("robots.txt lets crawlers in and names the sitemap", async ({ request, baseURL }) => {
    const response = await request.get("/robots.txt");
    expect(response.status()).toBe(200);
    // Served as is, not redirected under a locale.
    expect(response.url()).toBe(`${baseURL}/robots.txt`);
    const text = await response.text();
    expect(text).toMatch(/^User-Agent: \*$/m);
    expect(text).toMatch(/^Allow: \/$/m);
    expect(text).toMatch(new RegExp(`^Sitemap: ${baseURL}/sitemap.xml$`, "m"));
  });

  test("the library names its canonical address and both languages", async ({ page, baseURL }) => {
    await page.goto("/it");
    await expectLanguageLinks(page, `${baseURL}/it`, { it: `${baseURL}/it`, en: `${baseURL}/en`, "x-default": `${baseURL}/it` });
  });

  test("axe finds no accessibility violation on a pair's share page", async ({ page }) => {
    await page.goto(`/en/texts/${SLUG}/p/3`);
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
  });
});
