import { beforeAll, describe, expect, it } from "vitest";
import { createUser, type SessionUser } from "@/lib/auth/accounts";
import { db } from "@/lib/db";
import { storeDocument } from "@/lib/import/store-document";
import { findPair, getDocumentInfo, getPublishedPairs } from "@/lib/library";
import { addComment, reportProblem, resolveComment } from "@/lib/review/comments";
import { revertToRevision, saveNote, saveText } from "@/lib/review/edit-paragraph";
import { OPEN_REPORTS, REPORTS_PER_ADDRESS } from "@/lib/review/rate-limit";
import { approvePair, sendBack } from "@/lib/review/review-decision";
import { seedLibrary } from "@/prisma/seed/seed-library";
import { snapshotTables } from "../support/snapshot";

/** A text with every pair as readers see it. */
async function readerText(slug: string) {
  const document = await getDocumentInfo(slug);
  return document && { ...document, paragraphs: await getPublishedPairs(document.id, 1, document.pairCount) };
}

const SLUG = "cesi-cina-kazakhstan";
const PASSWORD = "correct horse battery";
let translator: SessionUser;
let reviewer: SessionUser;

beforeAll(async () => {
  await seedLibrary(db);
  translator = await createUser(db, { username: "giulia", displayName: "Giulia Rossi", role: "translator", password: PASSWORD });
  reviewer = await createUser(db, { username: "marco", displayName: "Marco Bianchi", role: "reviewer", password: PASSWORD });
});

/** Each test works on a pair of its own in the seeded, fully approved article. */
async function pair(position: number, slug = SLUG) {
  return db.paragraph.findFirstOrThrow({ where: { position, document: { slug } } });
}

async function revisionsOf(paragraphId: number) {
  return db.revision.findMany({ where: { paragraphId, origin: "user" }, orderBy: { id: "asc" } });
}

describe("saving the English", () => {
  it("moves the pair to translated and records who changed what, and emptying it goes back to draft", async () => {
    const seeded = await pair(1);
    expect(seeded.status).toBe("approved");

    const saved = await saveText(db, translator, {
      paragraphId: seeded.id,
      language: "en",
      text: "  A better English.\r\n",
      baseVersion: seeded.version,
    });
    expect(saved).toEqual({ ok: true, text: "A better English.", version: seeded.version + 1, status: "translated", unchanged: false });
    expect(await pair(1)).toMatchObject({ textEn: "A better English.", status: "translated", version: seeded.version + 1 });
    expect(await revisionsOf(seeded.id)).toEqual([
      expect.objectContaining({
        language: "en",
        before: seeded.textEn,
        after: "A better English.",
        version: seeded.version + 1,
        status: "translated",
        authorId: translator.id,
        revertOfId: null,
      }),
    ]);

    const emptied = await saveText(db, translator, { paragraphId: seeded.id, language: "en", text: "", baseVersion: seeded.version + 1 });
    expect(emptied).toMatchObject({ ok: true, text: "", status: "draft", version: seeded.version + 2 });
    expect(await pair(1)).toMatchObject({ textEn: "", status: "draft" });
    expect((await revisionsOf(seeded.id)).at(-1)).toMatchObject({
      before: "A better English.",
      after: "",
      status: "draft",
      version: seeded.version + 2,
    });
  });

  it("refuses a save based on an older version with the newer text, and writes nothing", async () => {
    const seeded = await pair(2);
    const first = await saveText(db, translator, {
      paragraphId: seeded.id,
      language: "en",
      text: "Giulia's English.",
      baseVersion: seeded.version,
    });
    expect(first.ok).toBe(true);
    const before = await snapshotTables(db);

    // Marco opened the pair before Giulia saved.
    const stale = await saveText(db, reviewer, {
      paragraphId: seeded.id,
      language: "en",
      text: "Marco's English.",
      baseVersion: seeded.version,
    });
    // The whole pair as it now stands comes back, so the editor can take in every change.
    expect(stale).toEqual({
      ok: false,
      status: 409,
      error: "conflict",
      current: {
        text: "Giulia's English.",
        textIt: seeded.textIt,
        textEn: "Giulia's English.",
        translatorNote: seeded.translatorNote ?? "",
        version: seeded.version + 1,
        status: "translated",
      },
    });
    expect(await snapshotTables(db)).toEqual(before);
    expect((await pair(2)).textEn).toBe("Giulia's English.");
  });

  it("writes nothing when the text did not change", async () => {
    const seeded = await pair(3);
    const before = await snapshotTables(db);
    // Only surrounding whitespace differs: stored text is trimmed, so this is the same text.
    const result = await saveText(db, translator, {
      paragraphId: seeded.id,
      language: "en",
      text: `${seeded.textEn}\n`,
      baseVersion: seeded.version,
    });
    expect(result).toEqual({ ok: true, text: seeded.textEn, version: seeded.version, status: "approved", unchanged: true });
    expect(await snapshotTables(db)).toEqual(before);
  });
});

describe("editing the Italian", () => {
  it("sends an approved pair back to needs changes while readers keep the approved texts", async () => {
    const seeded = await pair(4);
    expect(seeded.approvedEn).toBe(seeded.textEn);

    const result = await saveText(db, reviewer, {
      paragraphId: seeded.id,
      language: "it",
      text: "Un italiano corretto.",
      baseVersion: seeded.version,
    });
    expect(result).toMatchObject({ ok: true, status: "needs_changes", version: seeded.version + 1 });
    const after = await pair(4);
    expect(after).toMatchObject({ textIt: "Un italiano corretto.", textEn: seeded.textEn, status: "needs_changes" });
    expect(after.approvedEn).toBe(seeded.approvedEn);
    expect(after.approvedIt).toBe(seeded.approvedIt);
    // Readers keep the Italian and English as approved together until a reviewer approves the edit.
    const shown = (await findPair(SLUG, 4))!.paragraph;
    expect(shown).toMatchObject({ textIt: seeded.approvedIt, textEn: seeded.approvedEn, published: "under-review" });
    expect((await revisionsOf(seeded.id)).at(-1)).toMatchObject({
      language: "it",
      before: seeded.textIt,
      after: "Un italiano corretto.",
      authorId: reviewer.id,
    });
  });
});

describe("approving", () => {
  it("publishes both texts as they stand, with the reviewer and the date", async () => {
    const seeded = await pair(5);
    await saveText(db, translator, { paragraphId: seeded.id, language: "en", text: "A reviewed English.", baseVersion: seeded.version });
    await saveText(db, reviewer, { paragraphId: seeded.id, language: "it", text: "Un italiano rivisto.", baseVersion: seeded.version + 1 });
    const edited = await pair(5);
    expect(edited.approvedEn).toBe(seeded.textEn);

    const startedAt = Date.now();
    expect(await approvePair(db, reviewer, { paragraphId: seeded.id, baseVersion: edited.version })).toEqual({
      ok: true,
      version: edited.version + 1,
      published: "both",
    });
    const approved = await pair(5);
    expect(approved).toMatchObject({
      status: "approved",
      approvedEn: "A reviewed English.",
      approvedIt: "Un italiano rivisto.",
      reviewedById: reviewer.id,
      // A decision moves the version on, so a decision or save based on what came before is refused.
      version: edited.version + 1,
    });
    expect(approved.reviewedAt!.getTime()).toBeGreaterThanOrEqual(startedAt - 1000);
    expect((await revisionsOf(seeded.id)).at(-1)).toMatchObject({
      status: "approved",
      authorId: reviewer.id,
      after: "A reviewed English.",
    });
  });

  it("refuses an empty English and a version that has moved on, writing nothing", async () => {
    const seeded = await pair(6);
    await saveText(db, translator, { paragraphId: seeded.id, language: "en", text: "", baseVersion: seeded.version });
    const before = await snapshotTables(db);
    expect(await approvePair(db, reviewer, { paragraphId: seeded.id, baseVersion: seeded.version + 1 })).toEqual({
      ok: false,
      status: 422,
      error: "nothing-to-approve",
    });
    expect(await approvePair(db, reviewer, { paragraphId: seeded.id, baseVersion: seeded.version })).toEqual({
      ok: false,
      status: 409,
      error: "conflict",
      current: {
        text: "",
        textIt: seeded.textIt,
        textEn: "",
        translatorNote: seeded.translatorNote ?? "",
        version: seeded.version + 1,
        status: "draft",
      },
    });
    expect(await snapshotTables(db)).toEqual(before);
    expect((await pair(6)).approvedEn).toBe(seeded.approvedEn);
  });

  it("publishes an Italian edit alone while the pair has no English, and only then", async () => {
    const seeded = await pair(7);
    await saveText(db, translator, { paragraphId: seeded.id, language: "en", text: "", baseVersion: seeded.version });
    await saveText(db, reviewer, {
      paragraphId: seeded.id,
      language: "it",
      text: "Un italiano corretto senza inglese.",
      baseVersion: seeded.version + 1,
    });
    const edited = await pair(7);
    // Readers still see the Italian as it was approved.
    expect(edited.approvedIt).toBe(seeded.approvedIt);
    expect(await approvePair(db, reviewer, { paragraphId: seeded.id, baseVersion: edited.version })).toEqual({
      ok: true,
      version: edited.version + 1,
      published: "it",
    });
    expect(await pair(7)).toMatchObject({
      approvedIt: "Un italiano corretto senza inglese.",
      approvedEn: seeded.approvedEn,
      status: "draft",
    });
    expect((await revisionsOf(seeded.id)).at(-1)).toMatchObject({
      language: "it",
      status: "approved",
      authorId: reviewer.id,
      before: "Un italiano corretto senza inglese.",
    });
  });
});

describe("sending back", () => {
  it("needs a reason, and keeps it on the pair and in the history", async () => {
    const seeded = await pair(7);
    const before = await snapshotTables(db);
    for (const reason of ["", "   \n "]) {
      expect(await sendBack(db, reviewer, { paragraphId: seeded.id, baseVersion: seeded.version, reason })).toEqual({
        ok: false,
        status: 422,
        error: "invalid",
        field: "reason",
        problem: "empty",
      });
    }
    expect(await snapshotTables(db)).toEqual(before);

    const reason = "“Astana” is called Nur-Sultan in 2019.";
    expect(await sendBack(db, reviewer, { paragraphId: seeded.id, baseVersion: seeded.version, reason })).toEqual({
      ok: true,
      version: seeded.version + 1,
    });
    // Another reviewer's approval based on the pair before it was sent back is refused.
    expect(await approvePair(db, reviewer, { paragraphId: seeded.id, baseVersion: seeded.version })).toMatchObject({ status: 409 });
    expect(await pair(7)).toMatchObject({
      status: "needs_changes",
      statusReason: reason,
      textEn: seeded.textEn,
      approvedEn: seeded.approvedEn,
    });
    expect((await revisionsOf(seeded.id)).at(-1)).toMatchObject({ status: "needs_changes", reason, authorId: reviewer.id });
  });
});

describe("reverting", () => {
  it("restores an older text as a new revision that names the one it restored", async () => {
    const seeded = await pair(8);
    await saveText(db, translator, { paragraphId: seeded.id, language: "en", text: "First try.", baseVersion: seeded.version });
    await saveText(db, translator, { paragraphId: seeded.id, language: "en", text: "Second try.", baseVersion: seeded.version + 1 });
    const [firstTry] = await revisionsOf(seeded.id);

    const result = await revertToRevision(db, translator, { revisionId: firstTry!.id, baseVersion: seeded.version + 2 });
    expect(result).toMatchObject({ ok: true, text: "First try.", version: seeded.version + 3 });
    expect((await pair(8)).textEn).toBe("First try.");
    const history = await revisionsOf(seeded.id);
    expect(history.map((revision) => revision.after)).toEqual(["First try.", "Second try.", "First try."]);
    expect(history.at(-1)).toMatchObject({
      before: "Second try.",
      revertOfId: firstTry!.id,
      version: seeded.version + 3,
      authorId: translator.id,
    });
    // The revision that was restored is still there, unchanged.
    expect(await db.revision.findUnique({ where: { id: firstTry!.id } })).toEqual(firstTry);
  });
});

describe("the translator's note", () => {
  it("is saved with a version check and a revision of its own, waits for approval like the English, and can be restored", async () => {
    const seeded = await pair(12);
    const note = "“Difesa” is rendered as “defence” throughout.";
    const saved = await saveNote(db, translator, { paragraphId: seeded.id, note, baseVersion: seeded.version });
    expect(saved).toMatchObject({ ok: true, text: note, status: "translated", version: seeded.version + 1 });
    expect(await pair(12)).toMatchObject({ translatorNote: note, status: "translated", textEn: seeded.textEn });
    // Readers keep the approved note until a reviewer approves the new one.
    const shown = (await findPair(SLUG, 12))!.paragraph;
    expect(shown.translatorNote).toBe(seeded.translatorNote);
    const [revision] = await revisionsOf(seeded.id);
    expect(revision).toMatchObject({
      language: "en",
      field: "note",
      before: seeded.translatorNote ?? "",
      after: note,
      authorId: translator.id,
    });

    const stale = await saveNote(db, translator, { paragraphId: seeded.id, note: "Another note.", baseVersion: seeded.version });
    expect(stale).toMatchObject({ ok: false, status: 409, current: { text: note } });

    const emptied = await saveNote(db, translator, { paragraphId: seeded.id, note: "", baseVersion: seeded.version + 1 });
    expect(emptied).toMatchObject({ ok: true });
    expect((await pair(12)).translatorNote).toBeNull();
    const restored = await revertToRevision(db, translator, { revisionId: revision!.id, baseVersion: seeded.version + 2 });
    expect(restored).toMatchObject({ ok: true, text: note });
    expect((await pair(12)).translatorNote).toBe(note);
    expect(await saveNote(db, null, { paragraphId: seeded.id, note: "x", baseVersion: seeded.version + 3 })).toMatchObject({ status: 401 });
  });
});

describe("comments", () => {
  it("are added to a pair's thread, resolved and opened again", async () => {
    const { id: paragraphId } = await pair(9);
    const added = await addComment(db, translator, { paragraphId, body: "Should “Via della Seta” stay in Italian?" });
    if (!added.ok) throw new Error(`comment refused: ${added.error}`);
    expect(await db.comment.findUniqueOrThrow({ where: { id: added.commentId } })).toMatchObject({
      paragraphId,
      body: "Should “Via della Seta” stay in Italian?",
      origin: "team",
      authorId: translator.id,
      resolvedAt: null,
    });

    expect(await resolveComment(db, reviewer, { commentId: added.commentId, resolved: true })).toEqual({ ok: true });
    const resolved = await db.comment.findUniqueOrThrow({ where: { id: added.commentId } });
    expect(resolved.resolvedAt).toBeInstanceOf(Date);
    expect(resolved.resolvedById).toBe(reviewer.id);

    expect(await resolveComment(db, translator, { commentId: added.commentId, resolved: false })).toEqual({ ok: true });
    expect(await db.comment.findUniqueOrThrow({ where: { id: added.commentId } })).toMatchObject({ resolvedAt: null, resolvedById: null });

    expect(await resolveComment(db, translator, { commentId: added.commentId + 1000, resolved: true })).toEqual({
      ok: false,
      status: 404,
      error: "not-found",
    });
  });
});

describe("a reader's report", () => {
  const T = new Date("2026-11-28T10:00:00Z");
  const report = (address: string, body: string, now: Date, position = 10, slug = SLUG) =>
    reportProblem(db, address, { slug, position, body }, now);
  const readerComments = async () => db.comment.findMany({ where: { origin: "reader" }, orderBy: { id: "asc" } });

  it("lands in the pair's thread as coming from a reader, and an unknown pair is refused", async () => {
    const { id: paragraphId } = await pair(10);
    expect(await report("203.0.113.1", "Typo: “Kazakstan”.", T)).toEqual({ ok: true });
    expect(await readerComments()).toEqual([
      expect.objectContaining({ paragraphId, body: "Typo: “Kazakstan”.", origin: "reader", authorId: null, resolvedAt: null }),
    ]);

    const before = await snapshotTables(db);
    expect(await report("203.0.113.1", "Where is this?", T, 10, "no-such-text")).toEqual({ ok: false, status: 404, error: "not-found" });
    expect(await report("203.0.113.1", "Where is this?", T, 99)).toEqual({ ok: false, status: 404, error: "not-found" });
    expect(await snapshotTables(db)).toEqual(before);
  });

  it(`is limited to ${REPORTS_PER_ADDRESS.count} per address in a window, refused reports store nothing, and the window ends`, async () => {
    const address = "198.51.100.23";
    for (let n = 1; n <= REPORTS_PER_ADDRESS.count; n++) {
      expect(await report(address, `Report number ${n}.`, T)).toEqual({ ok: true });
    }
    expect(await db.rateLimit.findUnique({ where: { key: `report:address:${address}` } })).toMatchObject({
      count: REPORTS_PER_ADDRESS.count,
    });

    const before = await snapshotTables(db);
    const oneMinuteLater = new Date(T.getTime() + 60_000);
    expect(await report(address, "One too many.", oneMinuteLater)).toEqual({
      ok: false,
      status: 429,
      error: "rate-limited",
      retryAfterSeconds: REPORTS_PER_ADDRESS.windowSeconds - 60,
    });
    // Nothing stored: no comment, and the counters did not move.
    expect(await snapshotTables(db)).toEqual(before);
    expect(await db.rateLimit.findUnique({ where: { key: `report:address:${address}` } })).toMatchObject({
      count: REPORTS_PER_ADDRESS.count,
    });

    // Another reader is not held up by that one.
    expect(await report("198.51.100.24", "A different reader.", oneMinuteLater)).toEqual({ ok: true });

    const afterTheWindow = new Date(T.getTime() + REPORTS_PER_ADDRESS.windowSeconds * 1000 + 1000);
    expect(await report(address, "Back again.", afterTheWindow)).toEqual({ ok: true });
    expect(await db.rateLimit.findUnique({ where: { key: `report:address:${address}` } })).toEqual({
      key: `report:address:${address}`,
      count: 1,
      windowStarted: afterTheWindow,
    });
    expect((await readerComments()).map((comment) => comment.body)).not.toContain("One too many.");
    expect((await readerComments()).map((comment) => comment.body)).toContain("Back again.");
  });

  it("cannot be switched off for everyone by one client, and stop piling up on a pair until the team reads them", async () => {
    const later = new Date(T.getTime() + 2 * 3_600_000);
    const { id: paragraphId } = await pair(14);
    // Many addresses (a proxy-less client cannot choose them, see trusted-proxies) fill the pair's queue...
    for (let n = 0; n < OPEN_REPORTS.perPair; n++)
      expect(await report(`192.0.2.${n}`, `Report ${n} on fourteen.`, later, 14)).toEqual({ ok: true });
    const before = await snapshotTables(db);
    expect(await report("192.0.2.200", "One more on fourteen.", later, 14)).toEqual({ ok: false, status: 429, error: "reports-full" });
    expect(await snapshotTables(db)).toEqual(before);
    // ...while readers elsewhere in the text still report.
    expect(await report("192.0.2.200", "On fifteen.", later, 15)).toEqual({ ok: true });
    // Once the team has read them, the pair takes reports again.
    await db.comment.updateMany({ where: { paragraphId, origin: "reader" }, data: { resolvedAt: later } });
    expect(await report("192.0.2.201", "Back on fourteen.", later, 14)).toEqual({ ok: true });
  });

  it("purge rate-limit rows whose window has passed, whoever they belonged to", async () => {
    const then = new Date(T.getTime() + 5 * 3_600_000);
    for (let n = 0; n < 5; n++) await report(`198.18.0.${n}`, `Old report ${n}.`, then, 3);
    expect(await db.rateLimit.count({ where: { windowStarted: then } })).toBe(5);
    await report("198.18.1.1", "A report much later.", new Date(then.getTime() + 16 * 60_000), 3);
    expect(await db.rateLimit.count({ where: { windowStarted: then } })).toBe(0);
  });
});

describe("what readers see (getDocument's publish gate)", () => {
  it("keeps the approved English, marked under review, while a newer one waits", async () => {
    const seeded = await pair(11);
    await saveText(db, translator, {
      paragraphId: seeded.id,
      language: "en",
      text: "An English not yet reviewed.",
      baseVersion: seeded.version,
    });

    const document = await readerText(SLUG);
    const shown = document!.paragraphs.find((paragraph) => paragraph.position === 11)!;
    expect(shown.textEn).toBe(seeded.textEn);
    expect(shown.published).toBe("under-review");
    expect(JSON.stringify(document)).not.toContain("An English not yet reviewed.");
    expect(document!.paragraphs.find((paragraph) => paragraph.position === 13)!.published).toBe("approved");

    await approvePair(db, reviewer, { paragraphId: seeded.id, baseVersion: seeded.version + 1 });
    const republished = (await readerText(SLUG))!.paragraphs.find((paragraph) => paragraph.position === 11)!;
    expect(republished).toMatchObject({ textEn: "An English not yet reviewed.", published: "approved", reviewedBy: "Marco Bianchi" });
  });

  it("shows no English for a pair that was never approved", async () => {
    await storeDocument(
      db,
      {
        slug: "bozza",
        titleIt: "Una bozza",
        titleEn: "A draft",
        originalTitle: "Una bozza",
        sourceName: "Redazione",
        attribution: "Redazione",
        paragraphs: [{ textIt: "Primo.", textEn: "First, unreviewed.", status: "translated" }, { textIt: "Secondo." }],
      },
      { origin: "import" },
    );
    const document = await readerText("bozza");
    expect(document!.paragraphs.map((paragraph) => [paragraph.textEn, paragraph.published])).toEqual([
      ["", "unpublished"],
      ["", "unpublished"],
    ]);
  });
});

describe("the four-eyes policy (REVIEW_FOUR_EYES)", () => {
  it("refuses a reviewer's approval of English they wrote, changing nothing, and lets another reviewer approve it", async () => {
    const second = await createUser(db, { username: "sofia", displayName: "Sofia Neri", role: "reviewer", password: PASSWORD });
    const seeded = await pair(8);
    await saveText(db, reviewer, {
      paragraphId: seeded.id,
      language: "en",
      text: "An English the reviewer wrote.",
      baseVersion: seeded.version,
    });
    process.env.REVIEW_FOUR_EYES = "1";
    try {
      const before = await snapshotTables(db);
      expect(await approvePair(db, reviewer, { paragraphId: seeded.id, baseVersion: seeded.version + 1 })).toEqual({
        ok: false,
        status: 403,
        error: "four-eyes",
      });
      expect(await snapshotTables(db)).toEqual(before);
      expect(await approvePair(db, second, { paragraphId: seeded.id, baseVersion: seeded.version + 1 })).toMatchObject({
        ok: true,
        published: "both",
      });
    } finally {
      delete process.env.REVIEW_FOUR_EYES;
    }
    // Off by default: the same reviewer approves their own English.
    await saveText(db, reviewer, {
      paragraphId: seeded.id,
      language: "en",
      text: "Another English the reviewer wrote.",
      baseVersion: seeded.version + 2,
    });
    expect(await approvePair(db, reviewer, { paragraphId: seeded.id, baseVersion: seeded.version + 3 })).toMatchObject({ ok: true });
  });
});
