// The server checks every mutation, whatever the page in front of it shows: a page
// whose session is gone, or whose cookie is swapped for a lesser role's, is refused
// with a message and changes nothing; so is a server action posted straight over HTTP.
import { expect, test, type APIRequestContext, type Browser, type Locator, type Page, type Request } from "@playwright/test";
import { ensureAccounts, ensureDocument, fillEditor, reviewPair, signIn, storedParagraphs, type TeamRole } from "./review-support";
import { SESSION_COOKIE } from "../../lib/auth/cookie-names";

test.describe.configure({ mode: "parallel" });
test.beforeAll(() => ensureAccounts());

// Documents of this run's own: a database kept from an earlier run changes nothing.
const RUN = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

const SIGNED_OUT = "You are signed out: sign in again, then repeat this. Nothing was changed.";
const FORBIDDEN = "Your role does not allow this. Nothing was changed.";

const editorMessage = (pair: Locator) => pair.locator(".pair-editor > p[role='status']");
const NOTE_LABEL = "Translator’s note (readers see it under the pair)";

async function teamPage(browser: Browser, role: TeamRole): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, role);
  return page;
}

/** Clicks, and returns the server action request the click sent. */
async function actionSentBy(page: Page, click: () => Promise<void>): Promise<Request> {
  const request = page.waitForRequest((candidate) => candidate.method() === "POST" && !!candidate.headers()["next-action"]);
  await click();
  return request;
}

/**
 * Posts a server action the way the page does, without the page: its id, its
 * arguments as React sends them, and whatever cookie the caller gives. Returns the
 * outcome the action answered with.
 */
async function postAction(request: APIRequestContext, action: Request, args: unknown[], cookie?: string) {
  const response = await request.post(action.url(), {
    headers: {
      "next-action": action.headers()["next-action"]!,
      accept: "text/x-component",
      "content-type": "text/plain;charset=UTF-8",
      origin: new URL(action.url()).origin,
      ...(cookie ? { cookie: `${SESSION_COOKIE}=${cookie}` } : {}),
    },
    data: JSON.stringify(args),
    maxRedirects: 0,
  });
  expect(response.status()).toBe(200);
  const body = await response.text();
  // The RSC stream: one line per chunk, the action's result among them.
  const outcome = body
    .split("\n")
    .map((line) => /^[0-9a-f]+:(\{.*\})$/.exec(line)?.[1])
    .filter((json): json is string => !!json)
    .map((json) => JSON.parse(json) as Record<string, unknown>)
    .find((chunk) => "ok" in chunk);
  expect(outcome, body.slice(0, 500)).toBeDefined();
  return outcome!;
}

test("signed out behind an open page: every control says so, and nothing changes", async ({ browser, request }) => {
  const slug = `perm-signed-out-${RUN}`;
  ensureDocument(slug);
  const workspace = await teamPage(browser, "reviewer");
  const context = workspace.context();

  // Set up while signed in: a newer English (so an older one can be restored) and a comment (to resolve).
  await workspace.goto(`/en/texts/${slug}/review`);
  await reviewPair(workspace, 2)
    .locator(".review-texts textarea[lang='en']")
    .fill("The agreement covers the joint training of both armed forces.");
  await reviewPair(workspace, 2).getByRole("button", { name: "Save" }).click();
  await expect(editorMessage(reviewPair(workspace, 2))).toHaveText("Paragraph 2 saved.");
  const history = await context.newPage();
  await history.goto(`/en/texts/${slug}/review/2`);
  await history.getByLabel("Add a comment for the team").fill("Check the term for Forze Armate.");
  await history.getByRole("button", { name: "Comment" }).click();
  await expect(history.locator(".comment-form [role='status']")).toHaveText("Comment added.");
  await workspace.reload();
  await history.reload();
  const before = storedParagraphs(slug);

  // The session goes (expired, signed out elsewhere); both pages stay open.
  await context.clearCookies();

  await test.step("Save", async () => {
    const pair = reviewPair(workspace, 1);
    await pair.locator(".review-texts textarea[lang='en']").fill("An English saved without a session.");
    await pair.getByRole("button", { name: "Save" }).click();
    await expect(editorMessage(pair)).toHaveText(SIGNED_OUT);
  });
  let approve: Request | undefined;
  await test.step("Approve", async () => {
    const pair = reviewPair(workspace, 2);
    approve = await actionSentBy(workspace, () => pair.getByRole("button", { name: "Approve" }).click());
    await expect(editorMessage(pair)).toHaveText(SIGNED_OUT);
  });
  await test.step("Send back", async () => {
    const pair = reviewPair(workspace, 2);
    await pair.getByText("Needs changes…").click();
    await pair.getByLabel("What needs to change").fill("Sent back without a session.");
    await pair.getByRole("button", { name: "Send back to the translator" }).click();
    await expect(editorMessage(pair)).toHaveText(SIGNED_OUT);
  });
  let save: Request | undefined;
  await test.step("Save the Italian with Ctrl+S", async () => {
    const pair = reviewPair(workspace, 3);
    const italian = pair.locator(".review-texts textarea[lang='it']");
    await italian.fill("Un italiano salvato senza sessione.");
    save = await actionSentBy(workspace, () => italian.press("Control+s"));
    await expect(editorMessage(pair)).toHaveText(SIGNED_OUT);
  });
  await test.step("Comment", async () => {
    await history.getByLabel("Add a comment for the team").fill("A comment without a session.");
    await history.getByRole("button", { name: "Comment" }).click();
    await expect(history.locator(".comment-form [role='status']")).toHaveText(SIGNED_OUT);
  });
  await test.step("Restore", async () => {
    const revision = history
      .locator(".history-list > li")
      .filter({ has: history.getByRole("button", { name: "Restore this text", disabled: false }) })
      .first();
    await revision.getByRole("button", { name: "Restore this text" }).click();
    await expect(revision.getByRole("status")).toHaveText(SIGNED_OUT);
  });
  await test.step("Resolve", async () => {
    const comment = history.locator(".comments > li").last();
    await comment.getByRole("button", { name: "Mark resolved" }).click();
    await expect(comment.getByRole("alert")).toHaveText(SIGNED_OUT);
    await expect(comment).not.toHaveClass(/resolved/);
  });

  // The same actions posted straight over HTTP, without any cookie, for the other pairs.
  await test.step("server actions posted without a session", async () => {
    const [pair1, , pair3] = before;
    expect(
      await postAction(request, save!, [
        { paragraphId: pair3!.id, baseVersion: pair3!.version, it: { text: "Posted without a session.", from: pair3!.textIt } },
      ]),
    ).toMatchObject({
      ok: false,
      status: 401,
      error: "signed-out",
    });
    expect(await postAction(request, approve!, [{ paragraphId: pair1!.id, baseVersion: pair1!.version, approve: true }])).toMatchObject({
      ok: false,
      status: 401,
      error: "signed-out",
    });
    // A session token that was never issued is no session either.
    expect(
      await postAction(request, approve!, [{ paragraphId: pair1!.id, baseVersion: pair1!.version, approve: true }], "forged-token"),
    ).toMatchObject({ status: 401 });
  });

  // Nothing changed: texts, statuses, versions, revisions, comments.
  expect(storedParagraphs(slug)).toEqual(before);
  // And the workspace itself now asks for a sign-in.
  await workspace.reload();
  await expect(workspace).toHaveURL(new RegExp(`/en/sign-in\\?next=${encodeURIComponent(`/en/texts/${slug}/review`)}$`));
  await context.close();
});

test("a reviewer's page with a translator's session cookie: reviewer-only actions are refused", async ({ browser, request }) => {
  const slug = `perm-swapped-${RUN}`;
  ensureDocument(slug);
  const workspace = await teamPage(browser, "reviewer");
  const context = workspace.context();

  // Set up as the reviewer: a newer Italian, so that the older one has a Restore button.
  await workspace.goto(`/en/texts/${slug}/review`);
  await fillEditor(
    reviewPair(workspace, 3).locator(".review-texts textarea[lang='it']"),
    "Il Senato ha ratificato l’intesa con 41 voti favorevoli.",
  );
  await reviewPair(workspace, 3).getByRole("button", { name: "Save" }).click();
  await expect(editorMessage(reviewPair(workspace, 3))).toHaveText("Paragraph 3 saved.");
  const history = await context.newPage();
  await history.goto(`/en/texts/${slug}/review/3`);
  await workspace.reload();

  // A translator signs in elsewhere; their session cookie replaces the reviewer's.
  const translator = await teamPage(browser, "translator");
  const cookie = (await translator.context().cookies()).find((candidate) => candidate.name === SESSION_COOKIE);
  expect(cookie).toBeDefined();
  await context.clearCookies();
  await context.addCookies([cookie!]);
  const before = storedParagraphs(slug);

  let approve: Request | undefined;
  await test.step("Approve", async () => {
    const pair = reviewPair(workspace, 2);
    approve = await actionSentBy(workspace, () => pair.getByRole("button", { name: "Approve" }).click());
    await expect(editorMessage(pair)).toHaveText(FORBIDDEN);
  });
  let save: Request | undefined;
  await test.step("Edit the Italian", async () => {
    const pair = reviewPair(workspace, 1);
    await fillEditor(
      pair.locator(".review-texts textarea[lang='it']"),
      "Nel 2018 la Cina e il Kazakhstan hanno firmato un accordo segreto.",
    );
    save = await actionSentBy(workspace, () => pair.getByRole("button", { name: "Save" }).click());
    await expect(editorMessage(pair)).toHaveText(FORBIDDEN);
  });
  await test.step("Approve with Ctrl+Enter", async () => {
    const pair = reviewPair(workspace, 1);
    await actionSentBy(workspace, () => pair.locator(".review-texts textarea[lang='en']").press("Control+Enter"));
    // The Italian edit and the approval are one request, refused whole.
    await expect(editorMessage(pair)).toHaveText(FORBIDDEN);
  });
  await test.step("Send back", async () => {
    const pair = reviewPair(workspace, 2);
    await pair.getByText("Needs changes…").click();
    await pair.getByLabel("What needs to change").fill("The translator sends back their own work.");
    await pair.getByRole("button", { name: "Send back to the translator" }).click();
    await expect(editorMessage(pair)).toHaveText(FORBIDDEN);
  });
  await test.step("Restore an Italian", async () => {
    const revision = history
      .locator(".history-list > li")
      .filter({ has: history.getByRole("button", { name: "Restore this text", disabled: false }) })
      .first();
    await expect(revision.locator(".history-event")).toContainText("Italian");
    await revision.getByRole("button", { name: "Restore this text" }).click();
    await expect(revision.getByRole("status")).toHaveText(FORBIDDEN);
  });

  // Straight over HTTP with the translator's cookie, on another pair: the same answers.
  await test.step("server actions posted with a translator's session", async () => {
    const pair3 = before[2]!;
    expect(
      await postAction(
        request,
        save!,
        [{ paragraphId: pair3.id, baseVersion: pair3.version, it: { text: "Posted by a translator.", from: pair3.textIt } }],
        cookie!.value,
      ),
    ).toMatchObject({
      ok: false,
      status: 403,
      error: "forbidden",
    });
    expect(
      await postAction(request, approve!, [{ paragraphId: pair3.id, baseVersion: pair3.version, approve: true }], cookie!.value),
    ).toMatchObject({ ok: false, status: 403, error: "forbidden" });
  });

  expect(storedParagraphs(slug)).toEqual(before);
  await translator.context().close();
  await context.close();
});

test("an anonymous visitor to the workspace or a pair's history is sent to sign in, and back", async ({ page }) => {
  const slug = `perm-anonymous-${RUN}`;
  ensureDocument(slug);
  for (const path of [`/en/texts/${slug}/review`, `/en/texts/${slug}/review/1`]) {
    await test.step(path, async () => {
      await page.context().clearCookies();
      await page.goto(path);
      await expect(page).toHaveURL(/\/en\/sign-in\?next=/);
      expect(new URL(page.url()).searchParams.get("next")).toBe(path);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sign in for translators and reviewers");
      await expect(page.locator("article.review-pair, .pair-record")).toHaveCount(0);
      await page.getByLabel("Username").fill("giovanna");
      await page.getByLabel("Password").fill("revisione-attenta-2026");
      await page.getByRole("button", { name: "Sign in" }).click();
      await expect(page).toHaveURL(new RegExp(`${path}$`));
    });
  }
});

test("a translator sees no Approve, no send back, and the Italian read-only", async ({ page }) => {
  const slug = `perm-translator-${RUN}`;
  ensureDocument(slug);
  await signIn(page, "translator");
  await page.goto(`/en/texts/${slug}/review`);
  for (const position of [1, 2, 3]) {
    const pair = reviewPair(page, position);
    await expect(pair.getByRole("button", { name: "Save" })).toBeVisible();
    await expect(pair.getByRole("button", { name: "Approve" })).toHaveCount(0);
    await expect(pair.getByText("Needs changes…")).toHaveCount(0);
    await expect(pair.getByLabel("What needs to change")).toHaveCount(0);
    await expect(pair.locator("textarea[lang='it']")).toHaveCount(0);
    await expect(pair.locator("p.review-readonly[lang='it']")).toHaveText(/\S/);
    await expect(pair.locator(".review-texts textarea[lang='en']")).toBeEditable();
    await expect(pair.getByLabel(NOTE_LABEL)).toBeEditable();
  }
  // Ctrl+Enter, the reviewers' approve key, does nothing for a translator.
  const before = storedParagraphs(slug);
  await reviewPair(page, 2).locator(".review-texts textarea[lang='en']").press("Control+Enter");
  await expect(editorMessage(reviewPair(page, 2))).toHaveText("");
  expect(storedParagraphs(slug)).toEqual(before);

  // In a pair's history a translator may restore the English, never the Italian.
  await page.goto(`/en/texts/${slug}/review/1`);
  await expect(page.locator(".history-list > li").first()).toBeVisible();
  const revisions = (language: string) =>
    page.locator(".history-list > li").filter({ has: page.locator(".history-event", { hasText: language }) });
  await expect(revisions("Italian")).not.toHaveCount(0);
  await expect(revisions("Italian").getByRole("button", { name: "Restore this text" })).toHaveCount(0);
  await expect(revisions("English").getByRole("button", { name: "Restore this text" })).not.toHaveCount(0);
});
