import { spawnSync } from "node:child_process";
import { expect, type Locator, type Page } from "@playwright/test";

export const PASSWORD = "revisione-attenta-2026";

export const ACCOUNTS = {
  translator: { username: "tomaso", name: "Tomaso Gialli" },
  reviewer: { username: "giovanna", name: "Giovanna Neri" },
  admin: { username: "amministra", name: "Ada Ministri" },
} as const;

export type TeamRole = keyof typeof ACCOUNTS;

/** Runs tests/support/e2e-fixtures.ts on the test server's database, or on `databaseUrl` (another server's). */
function fixture(args: string[], input = "", databaseUrl = process.env.E2E_DATABASE_URL) {
  const result = spawnSync(process.execPath, ["node_modules/tsx/dist/cli.mjs", "tests/support/e2e-fixtures.ts", ...args], {
    input,
    encoding: "utf8",
    env: { ...process.env, DATABASE_URL: databaseUrl },
  });
  if (result.status !== 0) throw new Error(result.stderr);
  return result.stdout;
}

/** The team's accounts, in the test server's database (created once, whichever spec asks first). */
export function ensureAccounts(databaseUrl?: string) {
  for (const [role, { username, name }] of Object.entries(ACCOUNTS))
    fixture(["account", username, role, name], `${PASSWORD}\n`, databaseUrl);
}

/** A pair as a spec describes its own text: the Italian, and the English with its status if any. */
export interface OwnPair {
  textIt: string;
  textEn?: string;
  status?: "draft" | "translated" | "approved";
}

/** What a spec may say of its own text; the rest is as in the three-pair text. */
export interface OwnDocument {
  titleIt?: string;
  titleEn?: string;
  sourceName?: string;
  paragraphs?: OwnPair[];
}

/** A three-pair text of the spec's own: 1 approved, 2 translated, 3 draft (no English); or the text `document` describes. */
export function ensureDocument(slug: string, document?: OwnDocument, databaseUrl?: string) {
  fixture(["document", slug, ...(document ? [JSON.stringify(document)] : [])], "", databaseUrl);
}

/** The texts whose slug contains `part` (a spec's run id), oldest first, as stored. */
export function storedDocuments(part: string): { slug: string; updatedAt: string }[] {
  return JSON.parse(fixture(["documents", part])) as { slug: string; updatedAt: string }[];
}

/** Sets a pair's stored status behind the app's back, even to a value the app does not know. */
export function setStoredStatus(slug: string, position: number, status: string) {
  fixture(["status", slug, String(position), status]);
}

/** A suffix of the spec's own for slugs and names, so that its texts are told apart from every other spec's. */
export const runId = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

export interface StoredParagraph {
  id: number;
  position: number;
  textIt: string;
  textEn: string;
  status: string;
  version: number;
  approvedEn: string | null;
  revisions: { id: number; language: string; field: string; before: string; after: string; authorId: number | null }[];
  comments: { id: number; body: string; origin: string }[];
}

/** What the database holds for a text, read outside the browser. */
export function storedParagraphs(slug: string): StoredParagraph[] {
  return JSON.parse(fixture(["rows", slug])) as StoredParagraph[];
}

/** Signs in on the test server, or on the server at `origin` (another instance). */
export async function signIn(page: Page, role: TeamRole, locale: "en" | "it" = "en", origin = "") {
  await page.goto(`${origin}/${locale}/sign-in`);
  await page.getByLabel(locale === "en" ? "Username" : "Nome utente").fill(ACCOUNTS[role].username);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: locale === "en" ? "Sign in" : "Accedi" }).click();
  await expect(page).toHaveURL(new RegExp(`/${locale}/review$`));
}

/** Whether React has taken the element over (hydrated it): React keeps its fiber on the node. */
export const isHydrated = (element: Locator) =>
  element.evaluate((node) => Object.keys(node).some((key) => key.startsWith("__reactFiber$")));

/** Waits until React has hydrated the element. */
export const waitForHydration = (element: Locator) =>
  expect.poll(() => isHydrated(element), { message: "React hydrates the field" }).toBe(true);

/**
 * Fills an editor's field once React has taken it over, so that a spec's next step
 * (Save, Ctrl+S) meets a hydrated editor. Text typed before hydration is kept too
 * (components/typed-early-script.ts, tested in typed-early.spec.ts), but only once the
 * editor has hydrated and taken it back, which a busy machine makes take a while.
 */
export async function fillEditor(field: Locator, text: string) {
  await waitForHydration(field);
  await field.fill(text);
  await expect(field).toHaveValue(text);
}

/** A pair in the review workspace. */
export const reviewPair = (page: Page, position: number) => page.locator(`article.review-pair#p-${position}`);
