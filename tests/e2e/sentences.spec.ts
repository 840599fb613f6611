// Sentence links in the reader: pointing at a sentence lights its counterpart in the
// other half, on a text of this spec's own with paragraphs of several sentences.
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { openReader } from "./reader-support";
import { ensureAccounts, ensureDocument, reviewPair, runId, signIn } from "./review-support";

const SLUG = `frasi-${runId()}`;

test.beforeAll(() => {
  ensureAccounts();
  ensureDocument(SLUG, {
    titleIt: "Frasi a fronte",
    titleEn: "Sentences side by side",
    paragraphs: [
      {
        // 1:1, 1:2 (the English splits the long Italian sentence), 1:1.
        textIt:
          "Nel 2005 la Cina e il Kazakhstan firmarono un partenariato strategico. Pechino ha poi investito oltre 20 miliardi di dollari nel settore energetico kazakho, acquistando quote di PetroKazakhstan e costruendo un oleodotto verso lo Xinjiang. Astana ha accolto gli investimenti con favore.",
        textEn:
          "In 2005 China and Kazakhstan signed a strategic partnership. Beijing then invested over 20 billion dollars in the Kazakh energy sector. It bought stakes in PetroKazakhstan and built a pipeline to Xinjiang. Astana welcomed the investment.",
        status: "approved",
      },
      { textIt: "Una frase sola.", textEn: "A single sentence.", status: "approved" },
      {
        // The English lost the middle sentence.
        textIt:
          "Nel 1996 nacque il gruppo dei Cinque di Shanghai. Nel 2001 divenne la SCO, con l’ingresso dell’Uzbekistan. L’India e il Pakistan vi entrarono nel 2017.",
        textEn: "In 1996 the Shanghai Five group was born. India and Pakistan joined it in 2017.",
        status: "translated",
      },
      // Pair 4: pair 1 again, for the reviewer who relinks its sentences (the other tests keep pair 1 as the aligner made it).
      {
        // As pair 1.
        textIt:
          "Nel 2005 la Cina e il Kazakhstan firmarono un partenariato strategico. Pechino ha poi investito oltre 20 miliardi di dollari nel settore energetico kazakho, acquistando quote di PetroKazakhstan e costruendo un oleodotto verso lo Xinjiang. Astana ha accolto gli investimenti con favore.",
        textEn:
          "In 2005 China and Kazakhstan signed a strategic partnership. Beijing then invested over 20 billion dollars in the Kazakh energy sector. It bought stakes in PetroKazakhstan and built a pipeline to Xinjiang. Astana welcomed the investment.",
        status: "approved",
      },
    ],
  } as Parameters<typeof ensureDocument>[1]);
});

const lit = (page: import("@playwright/test").Page) => page.locator("#p-1 [data-s].linked");

for (const view of ["side", "interleaved"] as const) {
  test(`in the ${view} view, hovering a sentence lights it and its counterpart`, async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await openReader(page, `/en/texts/${SLUG}?view=${view}`);
    await page.locator("#p-1 .half[lang='it'] [data-s]").nth(1).hover();
    await expect(lit(page)).toHaveText([
      "Pechino ha poi investito oltre 20 miliardi di dollari nel settore energetico kazakho, acquistando quote di PetroKazakhstan e costruendo un oleodotto verso lo Xinjiang.",
      "Beijing then invested over 20 billion dollars in the Kazakh energy sector.",
      "It bought stakes in PetroKazakhstan and built a pipeline to Xinjiang.",
    ]);
    await page.locator("#p-1 .half[lang='en'] [data-s]").last().hover();
    await expect(lit(page)).toHaveText(["Astana ha accolto gli investimenti con favore.", "Astana welcomed the investment."]);
    await page.mouse.move(2, 2);
    await expect(lit(page)).toHaveCount(0);
  });
}

test("on a phone a tap lights the counterpart; a pair of one sentence each has no sentence marks", async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  const page = await context.newPage();
  await openReader(page, `/en/texts/${SLUG}?view=side`);
  await page.locator("#p-1 .half[lang='en'] [data-s]").first().tap();
  await expect(lit(page)).toHaveText([
    "Nel 2005 la Cina e il Kazakhstan firmarono un partenariato strategico.",
    "In 2005 China and Kazakhstan signed a strategic partnership.",
  ]);
  await expect(page.locator("#p-2 [data-s]")).toHaveCount(0);
  await context.close();
});

test("the keyboard's focus on a term inside a sentence lights its counterpart; the marks keep every half's language", async ({ page }) => {
  await openReader(page, `/en/texts/${SLUG}?view=side`);
  await page.locator("#p-1 .half[lang='it'] [data-s]").last().locator("a.term").first().focus();
  await expect(lit(page)).toHaveText(["Astana ha accolto gli investimenti con favore.", "Astana welcomed the investment."]);
  expect(
    await page.locator("#p-1 [data-s]").evaluateAll((spans) => spans.map((span) => span.closest("[lang]")?.getAttribute("lang"))),
  ).toEqual(["it", "it", "it", "en", "en", "en", "en"]);
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
});

test("L and H move sentence by sentence across pairs, lighting each one's counterpart", async ({ page }) => {
  await openReader(page, `/en/texts/${SLUG}?view=side`);
  await page.keyboard.press("l");
  await expect(page.locator("#p-1 .half[lang='it'] [data-s]").first()).toBeFocused();
  await expect(lit(page)).toHaveText([
    "Nel 2005 la Cina e il Kazakhstan firmarono un partenariato strategico.",
    "In 2005 China and Kazakhstan signed a strategic partnership.",
  ]);
  await page.keyboard.press("l");
  await page.keyboard.press("l");
  await expect(lit(page)).toHaveText(["Astana ha accolto gli investimenti con favore.", "Astana welcomed the investment."]);
  // Pair 2 has one sentence a side, pair 3 no published English: each pair itself is a stop.
  await page.keyboard.press("l");
  await expect(page.locator("#p-2")).toBeFocused();
  await page.keyboard.press("l");
  await expect(page.locator("#p-3")).toBeFocused();
  await page.keyboard.press("h");
  await page.keyboard.press("h");
  await expect(page.locator("#p-1 .half[lang='it'] [data-s]").last()).toBeFocused();
  await expect(lit(page)).toHaveText(["Astana ha accolto gli investimenti con favore.", "Astana welcomed the investment."]);
});

test("in the on-demand view a sentence shows its own translation, one at a time, and Enter on the pair shows it whole", async ({
  page,
}) => {
  await openReader(page, `/en/texts/${SLUG}?view=reveal`);
  const english = page.locator("#p-1 details.counterpart");
  await expect(english.locator(".half")).toBeHidden();
  // A click on the first sentence (on its first word, not a glossary term) shows its English alone.
  await page
    .locator("#p-1 .half[lang='it'] [data-s]")
    .first()
    .click({ position: { x: 4, y: 8 } });
  await expect(english.locator("[data-s]:visible")).toHaveText(["In 2005 China and Kazakhstan signed a strategic partnership."]);
  // Enter on the next sentence adds its two English sentences (the click left the focus on the
  // pair: L goes to its first sentence, then to the next).
  await page.keyboard.press("l");
  await page.keyboard.press("l");
  await page.keyboard.press("Enter");
  await expect(english.locator("[data-s]:visible")).toHaveText([
    "In 2005 China and Kazakhstan signed a strategic partnership.",
    "Beijing then invested over 20 billion dollars in the Kazakh energy sector.",
    "It bought stakes in PetroKazakhstan and built a pipeline to Xinjiang.",
  ]);
  // A second time hides them again.
  await page.keyboard.press("Enter");
  await expect(english.locator("[data-s]:visible")).toHaveCount(1);
  await page.locator("#p-1").focus();
  await page.keyboard.press("Enter");
  await expect(english.locator(".half")).toBeHidden();
  await page.keyboard.press("Enter");
  await expect(english.locator("[data-s]:visible")).toHaveCount(4);
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
});

test("the sentence view follows each Italian sentence with its English, and L moves through them", async ({ page }) => {
  await openReader(page, `/en/texts/${SLUG}?view=sentences`);
  await expect(page.getByRole("link", { name: "Sentence by sentence" })).toHaveAttribute("aria-current", "page");
  const groups = page.locator("#p-1 .sentence-group");
  await expect(groups).toHaveCount(3);
  await expect(groups.nth(1).locator(".half")).toHaveText([
    "Pechino ha poi investito oltre 20 miliardi di dollari nel settore energetico kazakho, acquistando quote di PetroKazakhstan e costruendo un oleodotto verso lo Xinjiang.",
    "Beijing then invested over 20 billion dollars in the Kazakh energy sector. It bought stakes in PetroKazakhstan and built a pipeline to Xinjiang.",
  ]);
  expect(
    await groups
      .nth(1)
      .locator(".half")
      .evaluateAll((halves) => halves.map((half) => half.getAttribute("lang"))),
  ).toEqual(["it", "en"]);
  // A pair of one sentence a side reads as in the interleaved view.
  await expect(page.locator("#p-2 .half")).toHaveText(["Una frase sola.", "A single sentence."]);
  await page.keyboard.press("l");
  await page.keyboard.press("l");
  await expect(page.locator("#p-1 .sentence-group").nth(1).locator("[lang='it'] [data-s]")).toBeFocused();
  await expect(lit(page)).toHaveCount(3);
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);

  // English first: each English sentence, then its Italian.
  await openReader(page, `/en/texts/${SLUG}?view=sentences&first=en`);
  await expect(page.locator("#p-1 .sentence-group").first().locator(".half")).toHaveText([
    "In 2005 China and Kazakhstan signed a strategic partnership.",
    "Nel 2005 la Cina e il Kazakhstan firmarono un partenariato strategico.",
  ]);
});

test("without JavaScript the reader still shows the paragraph pairs, sentences and all", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`/en/texts/${SLUG}?view=side`);
  await expect(page.locator("#p-1 .half[lang='en']")).toHaveText(
    "In 2005 China and Kazakhstan signed a strategic partnership. Beijing then invested over 20 billion dollars in the Kazakh energy sector. It bought stakes in PetroKazakhstan and built a pipeline to Xinjiang. Astana welcomed the investment.",
  );
  await context.close();
});

test("the workspace's check finds the sentence the English lost, and filters by it", async ({ page }) => {
  await signIn(page, "reviewer");
  await page.goto(`/en/texts/${SLUG}/review`);
  await page.getByLabel("Checks").selectOption({ label: "Sentence without counterpart" });
  await page.getByRole("button", { name: "Show" }).click();
  await expect(page.locator("article.review-pair")).toHaveCount(1);
  await expect(reviewPair(page, 3).locator('[data-check="lone-sentence"]')).toHaveText(
    "Italian sentence with nothing that matches it in the other language (omitted, or added?): “Nel 2001 divenne la SCO, con l’ingresso dell’Uzbekistan.”",
  );
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
});

test("a reviewer relinks two sentences in the workspace, and readers see the new link once the pair is approved", async ({ browser }) => {
  test.setTimeout(90_000);
  const context = await browser.newContext();
  const desk = await context.newPage();
  await signIn(desk, "reviewer");
  await desk.goto(`/en/texts/${SLUG}/review`);
  const pair = reviewPair(desk, 4);
  await pair.getByText("Sentences and their links").click();
  // The aligner joined nothing on the Italian side: three links and four English sentences.
  await expect(pair.getByLabel("Link of the Italian sentence 3")).toHaveValue("3");
  // The reviewer reads the last Italian sentence with the investment it welcomes: one link for both.
  await pair.getByLabel("Link of the Italian sentence 3").selectOption("2");
  await pair.getByLabel("Link of the English sentence 4").selectOption("2");
  const axe = await new AxeBuilder({ page: desk }).include(`#p-4 .sentence-links`).analyze();
  expect(axe.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
  await pair.getByRole("button", { name: "Save the links" }).click();
  await expect(pair.getByRole("status").filter({ hasText: "Links saved" })).toHaveText(
    "Links saved; readers see them once the pair is approved.",
  );

  const reader = await (await browser.newContext()).newPage();
  await openReader(reader, `/en/texts/${SLUG}?view=side`);
  await reader.locator("#p-4 .half[lang='it'] [data-s]").last().hover();
  await expect(reader.locator("#p-4 [data-s].linked")).toHaveText([
    "Astana ha accolto gli investimenti con favore.",
    "Astana welcomed the investment.",
  ]);

  await desk.reload();
  await reviewPair(desk, 4).getByRole("button", { name: "Approve" }).click();
  await expect(reviewPair(desk, 4).getByRole("status")).toContainText("approved");
  await expect(async () => {
    await openReader(reader, `/en/texts/${SLUG}?view=side`);
    await reader.locator("#p-4 .half[lang='it'] [data-s]").last().hover();
    await expect(reader.locator("#p-4 [data-s].linked")).toHaveText(
      [
        "Pechino ha poi investito oltre 20 miliardi di dollari nel settore energetico kazakho, acquistando quote di PetroKazakhstan e costruendo un oleodotto verso lo Xinjiang.",
        "Astana ha accolto gli investimenti con favore.",
        "Beijing then invested over 20 billion dollars in the Kazakh energy sector.",
        "It bought stakes in PetroKazakhstan and built a pipeline to Xinjiang.",
        "Astana welcomed the investment.",
      ],
      { timeout: 2_000 },
    );
  }).toPass({ timeout: 30_000 });
  // The history names the change.
  await desk.goto(`/en/texts/${SLUG}/review/4#history`);
  await expect(desk.getByText("Sentence links fixed by hand")).toBeVisible();
  await context.close();
});

test.describe("reading aloud", () => {
  test("without voices on the device, no read-aloud control is offered", async ({ page }) => {
    // Headless Chromium may or may not list voices: this device has none.
    await page.addInitScript(() => {
      Object.defineProperty(window.speechSynthesis, "getVoices", { value: () => [] });
    });
    await openReader(page, `/en/texts/${SLUG}?view=side`);
    await expect(page.locator(".read-aloud-slot")).toBeEmpty();
    await expect(page.getByRole("button", { name: "Read aloud" })).toHaveCount(0);
  });

  test("with an Italian and an English voice, it reads each Italian sentence then its English, marking each, and pauses", async ({
    page,
  }) => {
    // The device's speech synthesis, as a browser with voices has it: each utterance takes 300 ms.
    await page.addInitScript(() => {
      const spoken: string[] = [];
      (window as unknown as { spoken: string[] }).spoken = spoken;
      const voices = [
        { lang: "it-IT", name: "Italiano", default: false, localService: true, voiceURI: "it" },
        { lang: "en-GB", name: "English", default: true, localService: true, voiceURI: "en" },
      ];
      type Said = { text: string; onstart?: () => void; onend?: () => void };
      let queue: Said[] = [];
      let active: Said | null = null;
      let paused = false;
      let finished = false;
      const run = () => {
        if (paused || active || queue.length === 0) return;
        active = queue[0]!;
        spoken.push(active.text);
        active.onstart?.();
        const current = active;
        setTimeout(() => {
          if (active !== current) return;
          if (paused) finished = true;
          else done();
        }, 300);
      };
      const done = () => {
        const said = queue.shift();
        active = null;
        said?.onend?.();
        run();
      };
      const synthesis = {
        getVoices: () => voices,
        speak: (said: Said) => {
          queue.push(said);
          run();
        },
        cancel: () => {
          queue = [];
          active = null;
        },
        pause: () => (paused = true),
        resume: () => {
          paused = false;
          if (finished) {
            finished = false;
            done();
          }
        },
        addEventListener: () => {},
        removeEventListener: () => {},
      };
      Object.defineProperty(window, "speechSynthesis", { value: synthesis, configurable: true });
      (window as unknown as { SpeechSynthesisUtterance: unknown }).SpeechSynthesisUtterance = class {
        constructor(public text: string) {}
      };
    });
    await openReader(page, `/en/texts/${SLUG}?view=side`);
    // Every sentence marked as read, in order (each mark lasts 300 ms: too short to catch by polling under load).
    await page.evaluate(() => {
      const marked: string[] = [];
      (window as unknown as { marked: string[] }).marked = marked;
      new MutationObserver(() => {
        for (const element of document.querySelectorAll("#p-1 .speaking")) {
          const text = element.textContent ?? "";
          if (marked.at(-1) !== text) marked.push(text);
        }
      }).observe(document.querySelector(".pairs")!, { subtree: true, attributes: true, attributeFilter: ["class"] });
    });
    const marked = () => page.evaluate(() => (window as unknown as { marked: string[] }).marked);
    const control = page.getByRole("group", { name: "Read aloud" });
    await expect(control.getByLabel("Read")).toHaveValue("alternate");
    await control.getByRole("button", { name: "Read aloud" }).click();
    await expect
      .poll(async () => (await marked()).slice(0, 2))
      .toEqual([
        "Nel 2005 la Cina e il Kazakhstan firmarono un partenariato strategico.",
        "In 2005 China and Kazakhstan signed a strategic partnership.",
      ]);
    await control.getByRole("button", { name: "Pause" }).click();
    const heard = await page.evaluate(() => (window as unknown as { spoken: string[] }).spoken.length);
    await page.waitForTimeout(700);
    expect(await page.evaluate(() => (window as unknown as { spoken: string[] }).spoken.length)).toBe(heard);
    await control.getByRole("button", { name: "Resume" }).click();
    await expect.poll(marked).toContain("Beijing then invested over 20 billion dollars in the Kazakh energy sector.");
    await control.getByRole("button", { name: "Stop" }).click();
    await expect(page.locator(".speaking")).toHaveCount(0);
    expect(await page.evaluate(() => (window as unknown as { spoken: string[] }).spoken.slice(0, 4))).toEqual([
      "Nel 2005 la Cina e il Kazakhstan firmarono un partenariato strategico.",
      "In 2005 China and Kazakhstan signed a strategic partnership.",
      "Pechino ha poi investito oltre 20 miliardi di dollari nel settore energetico kazakho, acquistando quote di PetroKazakhstan e costruendo un oleodotto verso lo Xinjiang.",
      "Beijing then invested over 20 billion dollars in the Kazakh energy sector.",
    ]);
    const axe = await new AxeBuilder({ page }).analyze();
    expect(axe.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
  });
});
