// The readers' Markdown download of a text whose every field is hostile (approved
// English, titles, notes, attribution, and a source address stored before addresses
// were checked), rendered with marked and opened in the browser: only the edition's
// own elements, no script runs, no link but the http(s) source.
import { marked } from "marked";
import { expect, test } from "@playwright/test";
import { plainText } from "../../lib/text/inline-markdown";
import { EDITION_ELEMENTS, ensureHostileDocument, HOSTILE_TEXTS } from "../support/hostile-markdown";

const SLUG = "download-ostile";

test.beforeAll(() => ensureHostileDocument(SLUG));

test("the Markdown download of hostile texts renders as text in a browser", async ({ page, request }) => {
  const response = await request.get(`/en/texts/${SLUG}/download/md`);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("text/markdown; charset=utf-8");
  const markdown = await response.text();

  const dialogs: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.setContent(`<!doctype html><html><body>${await marked.parse(markdown)}</body></html>`);
  const rendered = await page.evaluate(() =>
    [...document.body.querySelectorAll("*")].map((element) => ({
      tag: element.localName,
      attributes: [...element.attributes].map((attribute) => `${attribute.name}=${attribute.value}`),
    })),
  );
  expect(rendered.filter(({ tag }) => !EDITION_ELEMENTS.includes(tag))).toEqual([]);
  const links = rendered.filter(({ attributes }) => attributes.length > 0);
  expect(links).toEqual([{ tag: "a", attributes: ["href=https://example.com/%22%3E%3Cscript%3Ealert(1)%3C/script%3E"] }]);
  expect(dialogs).toEqual([]);

  // Every hostile text reads as the reader shows it.
  const collapse = (text: string) => text.replace(/\s+/g, " ").trim();
  const shown = collapse(await page.locator("body").innerText());
  for (const text of HOSTILE_TEXTS) expect(shown).toContain(collapse(plainText(text)));
});
