// Translation memory in the browser: an admin brings in a TMX as a memory (not a text),
// looks a word up in the concordance, and a translator, on a pair's own page, sees the
// memory's closest match with what differs in the Italian and takes it with one key.
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { ensureAccounts, ensureDocument, runId, signIn, storedParagraphs } from "./review-support";

const RUN = runId();
const SLUG = `memoria-${RUN}`;
// A word of this run's own, so that other specs' texts and memories never match.
const WORD = `Zelandia${RUN.replace(/\d/g, "")}`;
const MEMORY = `progetto-${RUN}`;
const TMX = `<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header creationtool="OmegaT" creationtoolversion="6" segtype="sentence" o-tmf="OmegaT" adminlang="en" srclang="it" datatype="plaintext"/>
<body>
<tu><tuv xml:lang="it"><seg>La delegazione di ${WORD} ha firmato un accordo sulla sicurezza regionale.</seg></tuv><tuv xml:lang="en"><seg>The ${WORD} delegation signed an agreement on regional security.</seg></tuv></tu>
<tu><tuv xml:lang="it"><seg>Un’altra frase senza legami.</seg></tuv><tuv xml:lang="en"><seg>Another unrelated sentence.</seg></tuv></tu>
</body></tmx>`;

test.beforeAll(() => {
  ensureAccounts();
  ensureDocument(SLUG, {
    paragraphs: [
      { textIt: `La delegazione di ${WORD} ha firmato un accordo sulla sicurezza energetica.`, textEn: "", status: "draft" },
      { textIt: "Un paragrafo qualsiasi.", textEn: "Any paragraph.", status: "translated" },
    ],
  });
});

test("an admin brings in a TMX as a memory, a translator takes its closest match in the editor with one key", async ({ browser }) => {
  const admin = await (await browser.newContext()).newPage();
  await signIn(admin, "admin");
  await admin.getByRole("link", { name: "Translation memory and concordance" }).click();
  await admin
    .getByLabel("Translation memory (TMX)")
    .setInputFiles({ name: "omegat.tmx", mimeType: "application/x-tmx+xml", buffer: Buffer.from(TMX) });
  await admin.getByLabel("Name (optional)").fill(MEMORY);
  await admin.getByRole("button", { name: "Bring in the memory" }).click();
  await expect(admin.getByRole("status")).toHaveText(`The memory “${MEMORY}” holds 2 units.`);
  await expect(admin.getByRole("listitem").filter({ hasText: `${MEMORY}: 2 units` })).toBeVisible();
  // Not a text: the library does not list it.
  await admin.goto("/en/review");
  await expect(admin.getByRole("link", { name: MEMORY })).toHaveCount(0);

  // The concordance finds the word in the memory, marked, in both languages.
  await admin.goto("/en/memory");
  await admin.getByRole("searchbox", { name: "Concordance" }).fill(WORD);
  await admin.getByRole("button", { name: "Look up" }).click();
  const inMemory = admin.getByRole("region", { name: /In the memories: 1 unit/ });
  await expect(inMemory.locator("mark")).toHaveText([WORD, WORD]);
  await expect(inMemory.locator("[lang=en]")).toHaveText(`The ${WORD} delegation signed an agreement on regional security.`);
  await expect(admin.getByRole("region", { name: /In the library: 1 paragraph/ })).toBeVisible();
  expect((await new AxeBuilder({ page: admin }).analyze()).violations.map((violation) => violation.id)).toEqual([]);
  await admin.close();

  const page = await (await browser.newContext()).newPage();
  await signIn(page, "translator");
  await page.goto(`/en/texts/${SLUG}/review/1/edit`);
  const memory = page.getByRole("group", { name: "Translation memory" });
  await expect(memory.getByRole("listitem")).toHaveCount(1);
  await expect(memory.getByRole("listitem")).toContainText(`92% alike memory “${MEMORY}”`);
  // What differs in the Italian: the memory's word struck, this pair's underlined.
  await expect(memory.locator("del")).toHaveText("(removed: regionale)");
  await expect(memory.locator("ins")).toHaveText("(added: energetica)");
  expect((await new AxeBuilder({ page }).include(".memory-matches").analyze()).violations.map((violation) => violation.id)).toEqual([]);

  const english = page.getByRole("textbox", { name: "English" });
  await english.focus();
  await page.keyboard.press("Alt+Shift+Digit1");
  await expect(english).toHaveValue(`The ${WORD} delegation signed an agreement on regional security.`);
  // The translator fixes what differs, and saves.
  await english.fill(`The ${WORD} delegation signed an agreement on energy security.`);
  await page.keyboard.press("Control+s");
  await expect(page.getByRole("status").filter({ hasText: "saved" })).toHaveText("Paragraph 1 saved.");
  expect(storedParagraphs(SLUG)[0]).toMatchObject({
    textEn: `The ${WORD} delegation signed an agreement on energy security.`,
    status: "translated",
  });
  await page.close();
});
