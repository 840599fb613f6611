// Exchange files in the browser: the team exports the working text from the review
// workspace, readers download the published edition, and the server refuses exports
// to anyone outside the team.
import fs from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Download } from "@playwright/test";
import { readExchangeFile } from "../../lib/exchange/read-exchange-file";
import { ensureAccounts, ensureDocument, signIn } from "./review-support";

test.describe.configure({ mode: "parallel" });

// A text of this spec's own: 1 approved, 2 translated (never approved), 3 draft.
const SLUG = "prova-scambio";
const APPROVED_EN = "In 2018 China and Kazakhstan signed a military cooperation agreement.";
const WORKING_EN = "The agreement covers joint training of the two countries’ Armed Forces.";

test.beforeAll(() => {
  ensureAccounts();
  ensureDocument(SLUG);
});

async function savedText(download: Download): Promise<string> {
  return fs.readFileSync(await download.path(), "utf8");
}

test("a translator downloads the working text as XLIFF 1.2 from the workspace, statuses included", async ({ page }) => {
  await signIn(page, "translator");
  await page.goto(`/en/texts/${SLUG}/review`);
  const exports = page.getByRole("region", { name: "Export for translators" });
  await expect(exports.getByRole("link")).toHaveText([
    "TMX 1.4b",
    "TMX 1.4b, one unit per sentence link",
    "XLIFF 1.2",
    "XLIFF 1.2, one unit per sentence link",
    "XLIFF 2.1",
    "XLIFF 2.1, one segment per sentence link",
    // And the way back: the file once translated.
    "Bring a translated file back (XLIFF or TMX)",
  ]);

  const [download] = await Promise.all([
    page.waitForEvent("download"),
    exports.getByRole("link", { name: "XLIFF 1.2", exact: true }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(`${SLUG}.xliff12.xlf`);
  const text = await savedText(download);
  const file = readExchangeFile(new TextEncoder().encode(text), download.suggestedFilename());
  if (file.kind !== "document") throw new Error(`read as ${file.kind}`);
  expect(file.document.titleIt).toBe(`Prova di revisione ${SLUG}`);
  expect(file.document.paragraphs.map((p) => [p.status, p.textEn])).toEqual([
    ["approved", APPROVED_EN],
    ["translated", WORKING_EN],
    ["draft", ""],
  ]);

  const axe = await new AxeBuilder({ page }).include(".exchange-links").analyze();
  expect(axe.violations).toEqual([]);
});

test("a reader downloads the published text as TMX and Markdown from the reader, without unapproved English", async ({ page }) => {
  await page.goto(`/en/texts/${SLUG}`);
  await page.getByText("About this text").click();
  const [tmx] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Download TMX" }).click()]);
  expect(tmx.suggestedFilename()).toBe(`${SLUG}.tmx`);
  const body = await savedText(tmx);
  const file = readExchangeFile(new TextEncoder().encode(body), tmx.suggestedFilename());
  if (file.kind !== "document") throw new Error(`read as ${file.kind}`);
  expect(file.document.paragraphs.map((p) => p.textEn)).toEqual([APPROVED_EN, "", ""]);
  expect(body).not.toContain(WORKING_EN);
  expect(body).not.toContain("x-a-fronte-status");

  await page.goto(`/it/texts/${SLUG}`);
  await page.getByText("Informazioni sul testo").click();
  const [markdown] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Scarica in Markdown" }).click()]);
  expect(markdown.suggestedFilename()).toBe(`${SLUG}.it.md`);
  const text = await savedText(markdown);
  expect(text.startsWith(`# Prova di revisione ${SLUG}\n`)).toBe(true);
  expect(text).toContain(`Nel 2018 la Cina e il Kazakhstan hanno firmato un accordo di cooperazione militare.\n\n> ${APPROVED_EN}`);
  expect(text.match(/> \*Traduzione non ancora pubblicata\*/g)).toHaveLength(2);
  expect(text).not.toContain(WORKING_EN);

  const response = await page.request.get(`/it/texts/${SLUG}/download/md`);
  expect(response.headers()["content-type"]).toBe("text/markdown; charset=utf-8");
  expect(response.headers()["content-disposition"]).toBe(`attachment; filename="${SLUG}.it.md"`);
});

test("the glossary downloads as TBX and CSV from its page", async ({ page }) => {
  await page.goto("/en/glossary");
  const section = page.getByRole("region", { name: "Download the glossary" });
  const [download] = await Promise.all([page.waitForEvent("download"), section.getByRole("link", { name: "TBX (TBX-Basic)" }).click()]);
  expect(download.suggestedFilename()).toBe("a-fronte-glossary.tbx");
  const file = readExchangeFile(fs.readFileSync(await download.path()), "a-fronte-glossary.tbx");
  if (file.kind !== "terms") throw new Error(`read as ${file.kind}`);
  expect(file.terms.map((term) => term.termEn)).toContain("Shanghai Cooperation Organisation");

  const csv = await page.request.get("/en/glossary/export/csv");
  expect(csv.headers()["content-type"]).toContain("text/csv");
  // A UTF-8 byte-order mark first, so that Excel reads "Forze Armate" and "è" as UTF-8.
  const bytes = await csv.body();
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect(bytes.subarray(3).toString("utf8").split("\n")[0]).toBe(
    "slug,kind,termIt,termEn,abbreviation,expansionIt,expansionEn,definitionIt,definitionEn,formsIt,formsEn,sources",
  );
  const terms = readExchangeFile(bytes, "a-fronte-glossary.csv");
  expect(terms.kind === "terms" && terms.terms.map((term) => term.termEn)).toContain("Shanghai Cooperation Organisation");

  const axe = await new AxeBuilder({ page }).include(".exchange-links").analyze();
  expect(axe.violations).toEqual([]);
});

test("exports are refused to a signed-out request (401), and unknown formats or texts are not found, in the URL's language", async ({
  request,
  page,
}) => {
  const refusal = async (response: Awaited<ReturnType<typeof request.get>>) => [response.status(), await response.text()];
  const signedOut = await request.get(`/en/texts/${SLUG}/export/tmx`);
  expect(await refusal(signedOut)).toEqual([401, "Sign in as a member of the team to export texts."]);
  expect(await refusal(await request.get(`/it/texts/${SLUG}/export/tmx`))).toEqual([
    401,
    "Accedi come membro della squadra per esportare i testi.",
  ]);

  await signIn(page, "reviewer");
  expect((await page.request.get(`/en/texts/${SLUG}/export/xliff-2.1`)).status()).toBe(200);
  expect(await refusal(await page.request.get(`/en/texts/${SLUG}/export/docx`))).toEqual([
    404,
    "Not found: there is no such file to download.",
  ]);
  // Cut by sentence, or refused saying what may be asked.
  const bySentence = await page.request.get(`/en/texts/${SLUG}/export/tmx?segments=sentences`);
  expect(bySentence.status()).toBe(200);
  expect(bySentence.headers()["content-disposition"]).toBe(`attachment; filename="${SLUG}.sentences.working.tmx"`);
  expect(await bySentence.text()).toContain('segtype="sentence"');
  expect(await refusal(await page.request.get(`/en/texts/${SLUG}/export/xliff-1.2?segments=clauses`))).toEqual([
    400,
    "This file cannot be cut that way: segments may be “paragraphs” or “sentences”.",
  ]);
  expect((await refusal(await page.request.get(`/en/texts/${SLUG}/export/tmx?segments=words`)))[0]).toBe(400);
  expect(await refusal(await page.request.get(`/it/texts/no-such-text/export/tmx`))).toEqual([
    404,
    "Non trovato: non c’è nessun file del genere da scaricare.",
  ]);
  expect(await refusal(await request.get(`/it/texts/${SLUG}/download/pdf`))).toEqual([
    404,
    "Non trovato: non c’è nessun file del genere da scaricare.",
  ]);
  expect(await refusal(await request.get(`/en/texts/no-such-text/download/md`))).toEqual([
    404,
    "Not found: there is no such file to download.",
  ]);
  expect(await refusal(await request.get(`/it/glossary/export/xlsx`))).toEqual([
    404,
    "Non trovato: non c’è nessun file del genere da scaricare.",
  ]);
});
