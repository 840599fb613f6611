// An unexpected error on a real page of the production build, with nothing served for the
// test's sake: a pair whose stored status the app does not know (written behind its
// back, as a hand-edited database or a half-applied migration could leave it) makes the
// text's data loader throw on every page that reads the text. The reader gets the error
// page in the page's language, inside the site's layout: what happened, a reference,
// "try again" and a way home; never the error's message or stack.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { ensureDocument, runId, setStoredStatus } from "./review-support";

const RUN = runId();
const BROKEN = `errore-${RUN}`;
const MENDED = `errore-riparato-${RUN}`;

test.beforeAll(() => {
  for (const slug of [BROKEN, MENDED]) {
    ensureDocument(slug);
    setStoredStatus(slug, 1, "smarrito");
  }
});

/** Nothing of the error itself: not Prisma's message, not the value, not Next's stand-in message, not a stack. */
async function expectNoErrorDetails(page: Page) {
  const shown = await page.locator("body").innerText();
  for (const detail of ["smarrito", "ReviewStatus", "DataMapperError", "Server Components", "digest", "    at "])
    expect(shown).not.toContain(detail);
  expect(await page.content()).not.toContain("ReviewStatus");
}

const LANGUAGES = {
  en: {
    title: "Something went wrong",
    description: "This page could not be shown because of an error on our side. Try again in a moment.",
    reference: /^Error reference: \d+$/,
    tryAgain: "Try again",
    home: "Back to the library",
  },
  it: {
    title: "Si è verificato un errore",
    description: "Non è stato possibile mostrare questa pagina per un errore da parte nostra. Riprova tra poco.",
    reference: /^Codice dell’errore: \d+$/,
    tryAgain: "Riprova",
    home: "Torna alla biblioteca",
  },
} as const;

for (const [locale, words] of Object.entries(LANGUAGES)) {
  test(`a page that fails says so in its language (${locale}), with a reference and ways on, and axe finds no violation`, async ({
    page,
  }) => {
    const response = await page.goto(`/${locale}/texts/${BROKEN}/p/1`);
    expect(response?.status()).toBe(500);
    await expect(page.locator("html")).toHaveAttribute("lang", locale);
    await expect(page).toHaveTitle(`${words.title} · A Fronte`);
    const main = page.getByRole("main");
    await expect(main.getByRole("heading", { level: 1 })).toHaveText(words.title);
    await expect(main.locator(".error-page > p").first()).toHaveText(words.description);
    await expect(main.locator(".error-reference")).toHaveText(words.reference);
    await expect(main.getByRole("button", { name: words.tryAgain })).toBeVisible();
    // The site's own header is still there, in the same language.
    await expect(page.getByRole("banner").getByRole("link", { name: "A Fronte" })).toBeVisible();
    await expectNoErrorDetails(page);

    const report = await new AxeBuilder({ page }).analyze();
    expect(report.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);

    await main.getByRole("link", { name: words.home }).click();
    await expect(page).toHaveURL(new RegExp(`/${locale}$`));
  });
}

test("try again fetches the page anew: once the data is mended, the page is there", async ({ page }) => {
  await page.goto(`/en/texts/${MENDED}/p/1`);
  const tryAgain = page.getByRole("button", { name: "Try again" });
  // Still broken: the page is asked for again, and the error page comes back.
  const refetched = page.waitForResponse(
    (response) => response.url().includes(`/en/texts/${MENDED}/p/1`) && response.request().method() === "GET",
  );
  await tryAgain.click();
  await refetched;
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Something went wrong");
  await expectNoErrorDetails(page);

  setStoredStatus(MENDED, 1, "approved");
  await tryAgain.click();
  await expect(page.getByText("Paragraph 1 of 3")).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Prova di revisione ${MENDED}`);
  await expect(page).toHaveURL(new RegExp(`/en/texts/${MENDED}/p/1$`));
});
