// Uploads over the import page's limit (10 MB per request, Next's server-action body
// limit) get the page's own refusal, with the limit in words, instead of an error page:
// with JavaScript the browser refuses before sending; without it, and for a request
// whose form data tips it over the limit, the server does. Nothing reaches the library.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { ensureAccounts, signIn, storedParagraphs } from "./review-support";
import { italian } from "../unit/import-texts";

const RUN = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
const MiB = 1024 * 1024;
const folder = fs.mkdtempSync(path.join(os.tmpdir(), "a-fronte-too-large-e2e-"));

/** A text file of `bytes` bytes on disk, as an editor would pick it. */
function textFile(name: string, bytes: number): string {
  const full = path.join(folder, name);
  fs.writeFileSync(full, Buffer.alloc(bytes, "Un paragrafo di prova, ripetuto. "));
  return full;
}

test.beforeAll(() => ensureAccounts());
test.afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));
// Each test uploads 10 MB or more, on a machine that may be busy.
test.setTimeout(120_000);

async function expectNotInLibrary(page: Page, slug: string) {
  expect(storedParagraphs(slug)).toEqual([]);
  await page.goto("/en");
  await expect(page.locator(".document-list")).toBeVisible();
  await expect(page.locator(`.document-list a[href="/en/texts/${slug}"]`)).toHaveCount(0);
}

test.describe("with JavaScript", () => {
  test("an 11 MB file is refused in the browser, before it is sent", async ({ page }) => {
    const slug = `troppo-grande-js-${RUN}`;
    await signIn(page, "admin");
    await page.goto("/en/import");
    const posts: string[] = [];
    page.on("request", (request) => {
      if (request.method() === "POST") posts.push(request.url());
    });

    await page.getByLabel("Italian text").setInputFiles(textFile(`${slug}.txt`, 11 * MiB));
    await page.getByRole("button", { name: "Import" }).click();
    await expect(page.locator(".import-refusal[role='alert'] .form-error")).toHaveText(
      "The chosen files come to 11.0 MB: the import page takes at most 10 MB per upload (and at most 5 MiB per text). " +
        "Nothing was stored. Exchange files up to 20 MiB can be imported on the server with npm run import.",
    );
    expect(posts).toEqual([]);
    await expectNotInLibrary(page, slug);
  });

  test("files within 10 MB whose form data tips the request over the limit are refused by the server", async ({ page }) => {
    const slug = `al-limite-js-${RUN}`;
    await signIn(page, "admin");
    await page.goto("/en/import");

    // Exactly 10 MB of file passes the browser's check; the form's other fields and the
    // multipart framing make the request itself larger than Next takes.
    await page.getByLabel("Italian text").setInputFiles(textFile(`${slug}.txt`, 10 * MiB));
    await page.getByRole("button", { name: "Import" }).click();
    await expect(page).toHaveURL(/\/en\/import\?refused=too-large&size=\d+$/);
    await expect(page.locator(".import-refusal[role='alert'] .form-error")).toHaveText(
      /^The chosen files come to 10\.1 MB: the import page takes at most 10 MB per upload \(and at most 5 MiB per text\)\./,
    );
    await expectNotInLibrary(page, slug);
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("an 11 MB file is refused by the server with the page's own message", async ({ page }) => {
    const slug = `troppo-grande-${RUN}`;
    await signIn(page, "admin", "it");
    await page.goto("/it/import");

    await page.getByLabel("Testo italiano").setInputFiles(textFile(`${slug}.txt`, 11 * MiB));
    await page.getByRole("button", { name: "Importa" }).click();
    await expect(page).toHaveURL(/\/it\/import\?refused=too-large&size=\d+$/);
    await expect(page.locator(".import-refusal[role='alert'] .form-error")).toHaveText(
      "I file scelti pesano 11,1 MB: la pagina di importazione accetta al massimo 10 MB per invio (e al massimo 5 MiB per testo). " +
        "Non è stato salvato nulla. I file di scambio fino a 20 MiB si possono importare sul server con npm run import.",
    );
    await expectNotInLibrary(page, slug);

    // From the page with the refusal, a smaller file imports, and the refusal is gone.
    const smaller = `piu-piccolo-${RUN}`;
    await page.goto(`/it/import?refused=too-large&size=${11 * MiB}`);
    await page.getByLabel("Testo italiano").setInputFiles({
      name: `${smaller}.txt`,
      mimeType: "text/plain",
      buffer: Buffer.from(["Un testo più piccolo", ...italian.slice(0, 2)].join("\n\n")),
    });
    await page.getByLabel("Fonte", { exact: true }).fill("Redazione di prova");
    await page.getByRole("button", { name: "Importa" }).click();
    await expect(page.locator(".import-summary")).toContainText(`è ora nella biblioteca come ${smaller}: 2 coppie.`);
    await expect(page.locator(".import-refusal")).toHaveCount(0);
  });
});
