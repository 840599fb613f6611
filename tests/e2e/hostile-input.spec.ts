import { expect, test, type Locator } from "@playwright/test";
import { ensureAccounts, ensureDocument, reviewPair, signIn, storedParagraphs } from "./review-support";

const SLUG = "hostile-probe";
test.beforeAll(() => {
  ensureAccounts();
  ensureDocument(SLUG);
});

async function inject(field: Locator, spec: { units?: number[]; repeat?: [string, number] }) {
  await field.evaluate((element: HTMLTextAreaElement, { units, repeat }) => {
    element.removeAttribute("maxlength");
    const value = units ? String.fromCharCode(...units) : repeat![0].repeat(repeat![1]);
    Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, "value")!.set!.call(element, value);
    element.dispatchEvent(new Event("input", { bubbles: true }));
  }, spec);
}

test("probe", async ({ page }) => {
  page.on("console", (m) => console.log("console:", m.type(), m.text().slice(0, 300)));
  page.on("pageerror", (e) => console.log("pageerror:", e.message.slice(0, 300)));
  page.on("response", (r) => { if (r.request().method() === "POST") console.log("POST", r.status(), r.url()); });
  await signIn(page, "translator");
  await page.goto(`/en/texts/${SLUG}/review`);
  const pair = reviewPair(page, 2);
  const field = pair.locator('textarea[lang="en"]');
  const message = pair.locator(".pair-editor > p[role=status]");
  await inject(field, { units: [0x61, 0xd800, 0x62] });
  console.log(await field.evaluate((e: HTMLTextAreaElement) => JSON.stringify(e.value)));
  await pair.getByRole("button", { name: "Save" }).click();
  await page.waitForTimeout(1500);
  console.log("msg1", await message.textContent());
  await inject(field, { repeat: ["x", 2_000_000] });
  await pair.getByRole("button", { name: "Save" }).click();
  await page.waitForTimeout(3000);
  console.log("msg2", await message.textContent().catch(() => "none"));
  console.log("body", (await page.locator("body").innerText()).slice(0, 500));
  console.log(storedParagraphs(SLUG)[1]?.version);
});
