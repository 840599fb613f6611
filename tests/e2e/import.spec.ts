// Editors bring texts in from the browser: an admin made for this test uploads a
// Markdown Italian and an English whose paragraphs do not match one to one, reads the
// summary, then reads the text side by side. Hostile files are refused with a message
// naming the problem and leave the library as it was; other roles cannot import.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { ensureAccounts, PASSWORD, signIn, storedDocuments, storedParagraphs } from "./review-support";
import { english, englishWithSplit, italian } from "../unit/import-texts";

const RUN = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
const EDITOR = { username: `editrice-${RUN}`, name: "Irene Porta" };
const folder = fs.mkdtempSync(path.join(os.tmpdir(), "a-fronte-import-e2e-"));

/** A real file on disk, as an editor would pick it. */
function file(name: string, contents: string | Buffer): string {
  const full = path.join(folder, name);
  fs.writeFileSync(full, contents);
  return full;
}

/** The seed article as Markdown with a section heading and emphasis, and its English with one paragraph cut in two. */
const italianMarkdown = (title: string) =>
  [
    `# ${title}`,
    "## Il viaggio di Xu",
    `${italian[0]!.replace("Xu Qiliang", "_Xu Qiliang_")}`,
    ...italian.slice(1),
    "Fonte: C.E.S.I.",
  ].join("\n\n");
const englishMarkdown = () =>
  [
    "# China and Kazakhstan",
    "## Xu's journey",
    englishWithSplit(3)[0]!.replace("Xu Qiliang", "*Xu Qiliang*"),
    ...englishWithSplit(3).slice(1),
  ].join("\n\n");

test.beforeAll(() => {
  ensureAccounts();
  // A new admin account, made as the tests make accounts (the same path as npm run user:add).
  const made = spawnSync(
    process.execPath,
    ["node_modules/tsx/dist/cli.mjs", "tests/support/e2e-fixtures.ts", "account", EDITOR.username, "admin", EDITOR.name],
    {
      input: `${PASSWORD}\n`,
      encoding: "utf8",
      env: { ...process.env, DATABASE_URL: process.env.E2E_DATABASE_URL },
    },
  );
  if (made.status !== 0) throw new Error(made.stderr);
});

async function signInAsEditor(page: Page) {
  await page.goto("/en/sign-in");
  await page.getByLabel("Username").fill(EDITOR.username);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/en\/review$/);
}

/** The library's entries for this spec's texts, in the library's order: each one's address and title. */
async function ownLibraryEntries(page: Page) {
  await page.goto("/en");
  const titles = page.locator(`.document-list .document-card h2 a[href*="${RUN}"]`);
  await expect(page.locator(".document-list")).toBeVisible();
  return Promise.all((await titles.all()).map(async (title) => [await title.getAttribute("href"), await title.innerText()]));
}

async function submit(page: Page, italianFile: string, englishFile?: string) {
  await page.getByLabel("Italian text").setInputFiles(italianFile);
  if (englishFile) await page.getByLabel("English text (optional)").setInputFiles(englishFile);
  await page.getByRole("button", { name: "Import" }).click();
}

test("a new admin imports Markdown with an English of another length and reads it side by side", async ({ page }) => {
  const slug = `cina-importata-${RUN}`;
  await signInAsEditor(page);
  await page.getByRole("link", { name: "Import a text" }).click();
  await expect(page).toHaveURL(/\/en\/import$/);
  await expect(page.getByRole("heading", { level: 1, name: "Import a text" })).toBeVisible();
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);

  await page.getByLabel("Publish the English to readers now").check();
  await submit(page, file(`${slug}.it.md`, italianMarkdown("Cina e Kazakhstan")), file(`${slug}.en.md`, englishMarkdown()));

  const summary = page.locator(".import-summary");
  // Read, aligned and stored in a process of its own: give a busy machine time.
  await expect(summary.getByRole("heading", { name: "Imported" })).toBeVisible({ timeout: 30_000 });
  await expect(summary).toContainText(`“Cina e Kazakhstan” is now in the library as ${slug}: 16 pairs.`);
  await expect(summary).toContainText("16 Italian paragraphs, 17 English paragraphs.");
  await expect(summary.getByRole("listitem").filter({ hasText: "1:2: 1" })).toBeVisible();
  await expect(summary).toContainText("Pairs the aligner is unsure of, to check in review: 0.");
  await expect(summary).toContainText("Headings: 1.");
  await expect(summary).toContainText("Published to readers: 16 pairs.");
  // The action refreshes the page (the library changed): its title comes back with it.
  await expect(page).toHaveTitle(/^Import a text/);
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);

  await summary.getByRole("link", { name: "Read it side by side" }).click();
  await expect(page).toHaveURL(new RegExp(`/en/texts/${slug}\\?view=side$`));
  // The heading pair: both halves are headings, side by side.
  await expect(page.locator('#p-1 h2.half[lang="it"]')).toHaveText("Il viaggio di Xu");
  await expect(page.locator('#p-1 h2.half[lang="en"]')).toHaveText("Xu's journey");
  // The emphasis came through as emphasis, not as underscores or asterisks.
  await expect(page.locator('#p-2 .half[lang="it"] em')).toHaveText("Xu Qiliang");
  await expect(page.locator('#p-2 .half[lang="en"] em')).toHaveText("Xu Qiliang");
  await expect(page.locator('#p-2 .half[lang="it"]')).not.toContainText("_");
  // The paragraph the translator cut in two reads as one English beside its Italian.
  await expect(page.locator('#p-5 .half[lang="it"]')).toHaveText(italian[3]!);
  await expect(page.locator('#p-5 .half[lang="en"]')).toHaveText(english[3]!);
  const [itBox, enBox] = [
    await page.locator('#p-5 .half[lang="it"]').boundingBox(),
    await page.locator('#p-5 .half[lang="en"]').boundingBox(),
  ];
  expect(enBox!.x).toBeGreaterThan(itBox!.x + itBox!.width - 1);
  expect(Math.abs(enBox!.y - itBox!.y)).toBeLessThan(5);

  // The new text is in the library, and its pairs are stored aligned.
  await page.goto("/en");
  await expect(page.locator(`#title-${slug}`).getByRole("link")).toHaveText("Cina e Kazakhstan");
  const rows = storedParagraphs(slug);
  expect(rows).toHaveLength(16);
  expect(rows[4]).toMatchObject({ textEn: english[3], status: "approved" });
});

test("hostile files are refused with a message naming the problem, and nothing is stored", async ({ page }) => {
  // Six uploads, one a 5 MiB file, on a machine that may be busy.
  test.setTimeout(180_000);
  await signInAsEditor(page);
  // This spec's texts (their slugs carry RUN) as the library lists them and as stored, before the uploads.
  const libraryBefore = await ownLibraryEntries(page);
  const storedBefore = storedDocuments(RUN);
  const good = (name: string) => file(name, italianMarkdown("Un testo valido"));
  const cases: { name: string; italian: string; english?: string; message: string; detail?: RegExp }[] = [
    { name: "empty", italian: file(`vuoto-${RUN}.txt`, ""), message: `The Italian file “vuoto-${RUN}.txt” is empty: it holds no text.` },
    {
      name: "binary",
      italian: file(
        `immagine-${RUN}.txt`,
        Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]),
      ),
      message: `The Italian file “immagine-${RUN}.txt” is not a text file: it contains binary data.`,
    },
    {
      name: "Latin-1",
      italian: file(`latino-${RUN}.txt`, Buffer.from("LA CITTÀ\n\nPerché così.\n\nFonte: Archivio\n", "latin1")),
      message: `The Italian file “latino-${RUN}.txt” is not UTF-8 text (it looks like Latin-1 or Windows-1252). Save it as UTF-8 and import it again.`,
    },
    {
      name: "oversized",
      italian: good(`grande-${RUN}.md`),
      english: file(`grande-${RUN}.en.txt`, Buffer.alloc(5 * 1024 * 1024 + 1, "a")),
      message: `The English file “grande-${RUN}.en.txt” is too large: a text file may be at most 5 MiB.`,
    },
    {
      name: "no paragraphs",
      italian: file(`titolo-${RUN}.md`, "# Solo un titolo\n\n## E un capitolo\n"),
      message: `The Italian file “titolo-${RUN}.md” has no paragraphs to import.`,
    },
    {
      name: "unalignable English",
      italian: good(`spaiato-${RUN}.md`),
      english: file(`spaiato-${RUN}.en.txt`, "A short note.\n\nAnother one.\n\nThe end."),
      message: "The English cannot be aligned with the Italian: it does not follow it paragraph by paragraph.",
      detail: /Details: The English is \d+% as long as the Italian/,
    },
  ];
  for (const hostile of cases) {
    await test.step(hostile.name, async () => {
      await page.goto("/en/import");
      await submit(page, hostile.italian, hostile.english);
      const alert = page.locator(".import-refusal[role='alert']");
      await expect(alert.locator(".form-error")).toHaveText(hostile.message);
      if (hostile.detail) await expect(alert.locator(".import-detail")).toHaveText(hostile.detail);
      await expect(page.locator(".import-summary")).toHaveCount(0);
      const slug = path.basename(hostile.italian).replace(/\.(txt|md)$/, "");
      expect(storedParagraphs(slug)).toEqual([]);
    });
  }
  // Nothing reached the library: this spec's entries in it and its stored texts are exactly
  // what they were (other specs add texts of their own meanwhile, never with RUN in the slug).
  expect(await ownLibraryEntries(page)).toEqual(libraryBefore);
  expect(storedDocuments(RUN)).toEqual(storedBefore);
});

test("a file hiding an invisible character is refused with it named and placed; asked to, the import takes it out", async ({ page }) => {
  await signInAsEditor(page);
  const slug = `invisibile-${RUN}`;
  const hidden = file(
    `${slug}.txt`,
    "UN TITOLO\n\nIl primo paragrafo.\n\nIl secondo, con \u202Aun segno\u202C nascosto.\n\nFonte: Prova\n",
  );
  await page.goto("/en/import");
  await submit(page, hidden);
  const alert = page.locator(".import-refusal[role='alert']");
  await expect(alert.locator(".form-error")).toHaveText(
    `The Italian file “${slug}.txt” hides invisible characters (such as direction controls) that can make a text read differently from what is stored. Remove them, or tick “Remove invisible characters” and import again.`,
  );
  await expect(alert.locator(".import-detail")).toContainText(
    `${slug}.txt, line 5, column 17: an invisible character, U+202A LEFT-TO-RIGHT EMBEDDING`,
  );
  expect(storedParagraphs(slug)).toEqual([]);

  await page.getByLabel("Remove invisible characters").check();
  await submit(page, hidden);
  await expect(page.locator(".import-summary")).toContainText(`is now in the library as ${slug}: 2 pairs.`, { timeout: 30_000 });
  expect(storedParagraphs(slug).map((pair) => pair.textIt)).toEqual(["Il primo paragrafo.", "Il secondo, con un segno nascosto."]);
});

test("the import page works without JavaScript: a refusal, then an import", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await signInAsEditor(page);
  await page.goto("/it/import");
  await page.getByLabel("Testo italiano").setInputFiles(file(`senza-js-${RUN}.txt`, ""));
  await page.getByRole("button", { name: "Importa" }).click();
  await expect(page.locator(".import-refusal .form-error")).toHaveText(
    `Il file italiano «senza-js-${RUN}.txt» è vuoto: non contiene testo.`,
  );

  const slug = `senza-js-${RUN}`;
  await page
    .getByLabel("Testo italiano")
    .setInputFiles(file(`${slug}.txt`, ["Un testo senza script", ...italian.slice(0, 3)].join("\n\n")));
  await page.getByLabel("Fonte", { exact: true }).fill("Redazione di prova");
  await page.getByRole("button", { name: "Importa" }).click();
  await expect(page.locator(".import-summary")).toContainText(`«Un testo senza script» è ora nella biblioteca come ${slug}: 3 coppie.`);
  await expect(page.locator(".import-summary")).toContainText("3 paragrafi italiani, ancora nessun inglese.");
  expect(storedParagraphs(slug).map((row) => row.status)).toEqual(["draft", "draft", "draft"]);
  await context.close();
});

test("a translator is told only admins import; a reader is sent to sign in", async ({ page }) => {
  await signIn(page, "translator");
  await expect(page.getByRole("link", { name: "Import a text" })).toHaveCount(0);
  await page.goto("/en/import");
  await expect(page.getByRole("main").getByRole("alert")).toHaveText("Only administrators import texts; you are signed in as translator.");
  await expect(page.getByLabel("Italian text")).toHaveCount(0);

  await page.context().clearCookies();
  await page.goto("/en/import");
  await expect(page).toHaveURL(/\/en\/sign-in\?next=%2Fen%2Fimport$/);
});

test("the import action itself refuses a translator, whatever page sent the request", async ({ browser, page }) => {
  const slug = `forzato-${RUN}`;
  const admin = await (await browser.newContext()).newPage();
  await signInAsEditor(admin);
  await admin.goto("/en/import");
  // The admin's upload, held back before it reaches the server.
  let held: { url: string; headers: Record<string, string>; body: Buffer } | null = null;
  await admin.route("**/en/import", async (route) => {
    const request = route.request();
    if (request.method() !== "POST") return route.continue();
    held = { url: request.url(), headers: await request.allHeaders(), body: request.postDataBuffer() ?? Buffer.alloc(0) };
    await route.abort();
  });
  await submit(admin, file(`${slug}.txt`, ["Un titolo forzato", ...italian.slice(0, 2), "Fonte: Redazione"].join("\n\n")));
  await expect.poll(() => held).not.toBeNull();
  await admin.context().close();

  // The same request, sent with a translator's session.
  await signIn(page, "translator");
  const { url, headers, body } = held!;
  const forward = Object.fromEntries(
    Object.entries(headers).filter(([name]) => ["content-type", "next-action", "next-router-state-tree", "accept"].includes(name)),
  );
  const response = await page.request.post(url, { headers: forward, data: body });
  expect(await response.text()).toContain('"error":"forbidden"');
  expect(storedParagraphs(slug)).toEqual([]);
});

test("a TMX file from another tool imports through the page as a document in pairs", async ({ page }) => {
  const slug = `memoria-${RUN}`;
  await signInAsEditor(page);
  await page.goto("/en/import");
  await page.getByLabel("Source", { exact: true }).fill("Archivio di prova");
  await submit(
    page,
    file(
      `${slug}.tmx`,
      `<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4">
  <header creationtool="OmegaT" creationtoolversion="6.0" datatype="plaintext" segtype="paragraph" adminlang="en" srclang="it" o-tmf="OmegaT"/>
  <body>
    <tu><tuv xml:lang="it"><seg>${italian[0]}</seg></tuv><tuv xml:lang="en"><seg>${english[0]}</seg></tuv></tu>
    <tu><tuv xml:lang="it-IT"><seg>${italian[1]}</seg></tuv><tuv xml:lang="en-GB"><seg>${english[1]}</seg></tuv></tu>
  </body>
</tmx>
`,
    ),
  );
  await expect(page.locator(".import-summary")).toContainText(`is now in the library as ${slug}: 2 pairs.`, { timeout: 30_000 });
  expect(storedParagraphs(slug).map((row) => [row.textIt, row.textEn, row.status])).toEqual([
    [italian[0], english[0], "translated"],
    [italian[1], english[1], "translated"],
  ]);

  // A broken one is refused with the reader's own account of what is wrong.
  await page.goto("/en/import");
  await submit(page, file(`rotto-${RUN}.tmx`, "<tmx version='1.4'><body><tu>"));
  await expect(page.locator(".import-refusal .form-error")).toHaveText(`The file “rotto-${RUN}.tmx” is not well-formed XML.`);
  await expect(page.locator(".import-refusal .import-detail")).toContainText(`rotto-${RUN}.tmx`);
});
