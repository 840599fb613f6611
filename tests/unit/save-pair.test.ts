import { beforeAll, describe, expect, it } from "vitest";
import { createUser, type SessionUser } from "@/lib/auth/accounts";
import { ReaderChanges } from "@/lib/core/mutation";
import { db } from "@/lib/db";
import { savePair } from "@/lib/review/save-pair";
import { seedLibrary } from "@/prisma/seed/seed-library";
import { snapshotTables } from "../support/snapshot";

// The workspace's Save and Approve: one request, written whole or not at all, rebased
// on the server when someone saved in between.

const SLUG = "cesi-cina-kazakhstan";
const PASSWORD = "correct horse battery";
let translator: SessionUser;
let reviewer: SessionUser;
let secondReviewer: SessionUser;

beforeAll(async () => {
  await seedLibrary(db);
  translator = await createUser(db, { username: "giulia", displayName: "Giulia Rossi", role: "translator", password: PASSWORD });
  reviewer = await createUser(db, { username: "marco", displayName: "Marco Bianchi", role: "reviewer", password: PASSWORD });
  secondReviewer = await createUser(db, { username: "sofia", displayName: "Sofia Neri", role: "reviewer", password: PASSWORD });
});

/** Each test works on a pair of its own in the seeded, fully approved article. */
async function pair(position: number) {
  return db.paragraph.findFirstOrThrow({ where: { position, document: { slug: SLUG } } });
}

async function revisionsOf(paragraphId: number) {
  return db.revision.findMany({ where: { paragraphId, origin: "user" }, orderBy: { id: "asc" } });
}

/** An edit as the editor sends it: the new text and the text it was changed from. */
const edit = (from: string | null, text: string) => ({ text, from: from ?? "" });

describe("a save is atomic", () => {
  it("refuses a translator's Italian change with 403, and writes nothing, the English sent with it included", async () => {
    const seeded = await pair(1);
    const before = await snapshotTables(db);
    const outcome = await savePair(db, translator, {
      paragraphId: seeded.id,
      baseVersion: seeded.version,
      it: edit(seeded.textIt, "Un italiano che un traduttore non può cambiare."),
      en: edit(seeded.textEn, "An English the translator may write."),
    });
    expect(outcome).toEqual({ ok: false, status: 403, error: "forbidden" });
    expect(await snapshotTables(db)).toEqual(before);
  });

  it("refuses an approval under the four-eyes policy, and writes nothing of the texts either", async () => {
    const seeded = await pair(2);
    process.env.REVIEW_FOUR_EYES = "1";
    try {
      const before = await snapshotTables(db);
      // The reviewer writes the English and approves it in one go: their own English.
      const outcome = await savePair(db, reviewer, {
        paragraphId: seeded.id,
        baseVersion: seeded.version,
        en: edit(seeded.textEn, "An English the reviewer wrote."),
        note: edit(seeded.translatorNote, "A note the reviewer wrote."),
        approve: true,
      });
      expect(outcome).toEqual({ ok: false, status: 403, error: "four-eyes" });
      expect(await snapshotTables(db)).toEqual(before);
    } finally {
      delete process.env.REVIEW_FOUR_EYES;
    }
  });

  it("refuses a malformed Italian (422) without saving the valid English beside it", async () => {
    const seeded = await pair(3);
    const before = await snapshotTables(db);
    const outcome = await savePair(db, reviewer, {
      paragraphId: seeded.id,
      baseVersion: seeded.version,
      it: edit(seeded.textIt, "Un testo\u202E rovesciato."),
      en: edit(seeded.textEn, "A perfectly good English."),
    });
    expect(outcome).toEqual({ ok: false, status: 422, error: "invalid", field: "it", problem: "direction-controls" });
    expect(await snapshotTables(db)).toEqual(before);
  });

  it("writes every changed text with its revision and the approval with its own, in the order of separate saves", async () => {
    const seeded = await pair(4);
    const outcome = await savePair(db, reviewer, {
      paragraphId: seeded.id,
      baseVersion: seeded.version,
      it: edit(seeded.textIt, "Un italiano rivisto."),
      en: edit(seeded.textEn, "A revised English."),
      note: edit(seeded.translatorNote, "A note on the revision."),
      approve: true,
    });
    expect(outcome).toEqual({
      ok: true,
      texts: { it: "Un italiano rivisto.", en: "A revised English.", note: "A note on the revision." },
      version: seeded.version + 4,
      status: "approved",
      published: "both",
    });
    expect(await pair(4)).toMatchObject({
      textIt: "Un italiano rivisto.",
      approvedIt: "Un italiano rivisto.",
      approvedEn: "A revised English.",
      approvedNote: "A note on the revision.",
      status: "approved",
      reviewedById: reviewer.id,
      version: seeded.version + 4,
    });
    const revisions = await revisionsOf(seeded.id);
    expect(revisions.map(({ language, field, after, version, status }) => ({ language, field, after, version, status }))).toEqual([
      { language: "it", field: "text", after: "Un italiano rivisto.", version: seeded.version + 1, status: "needs_changes" },
      { language: "en", field: "text", after: "A revised English.", version: seeded.version + 2, status: "translated" },
      { language: "en", field: "note", after: "A note on the revision.", version: seeded.version + 3, status: "translated" },
      { language: "en", field: "text", after: "A revised English.", version: seeded.version + 4, status: "approved" },
    ]);
  });

  it("approves a pair without English for its Italian alone", async () => {
    const seeded = await pair(5);
    await db.paragraph.update({ where: { id: seeded.id }, data: { textEn: "", approvedEn: null, status: "draft" } });
    const outcome = await savePair(db, reviewer, {
      paragraphId: seeded.id,
      baseVersion: seeded.version,
      it: edit(seeded.textIt, "Solo l'italiano."),
      approve: true,
    });
    expect(outcome).toMatchObject({ ok: true, published: "it", status: "draft", version: seeded.version + 2 });
    expect(await pair(5)).toMatchObject({ approvedIt: "Solo l'italiano.", approvedEn: null });
  });
});

describe("a save rebased on the server", () => {
  it("keeps someone else's newer note while saving my English, started from the version before theirs", async () => {
    const seeded = await pair(6);
    const theirs = await savePair(db, reviewer, {
      paragraphId: seeded.id,
      baseVersion: seeded.version,
      note: edit(seeded.translatorNote, "Their note."),
    });
    expect(theirs).toMatchObject({ ok: true, version: seeded.version + 1 });

    // Giulia opened the pair before the reviewer saved the note.
    const mine = await savePair(db, translator, {
      paragraphId: seeded.id,
      baseVersion: seeded.version,
      en: edit(seeded.textEn, "My English."),
    });
    expect(mine).toEqual({
      ok: true,
      texts: { it: seeded.textIt, en: "My English.", note: "Their note." },
      version: seeded.version + 2,
      status: "translated",
      published: null,
    });
    expect(await pair(6)).toMatchObject({ textEn: "My English.", translatorNote: "Their note." });
    expect((await revisionsOf(seeded.id)).map(({ field, after, authorId }) => [field, after, authorId])).toEqual([
      ["note", "Their note.", reviewer.id],
      ["text", "My English.", translator.id],
    ]);
  });

  it("refuses a text both changed as a conflict with the pair as it stands, and writes nothing", async () => {
    const seeded = await pair(7);
    await savePair(db, reviewer, { paragraphId: seeded.id, baseVersion: seeded.version, en: edit(seeded.textEn, "Their English.") });
    const before = await snapshotTables(db);
    const outcome = await savePair(db, translator, {
      paragraphId: seeded.id,
      baseVersion: seeded.version,
      en: edit(seeded.textEn, "My English."),
      note: edit(seeded.translatorNote, "My note, which must wait with it."),
    });
    expect(outcome).toEqual({
      ok: false,
      status: 409,
      error: "conflict",
      current: {
        text: "Their English.",
        textIt: seeded.textIt,
        textEn: "Their English.",
        translatorNote: seeded.translatorNote ?? "",
        version: seeded.version + 1,
        status: "translated",
      },
    });
    expect(await snapshotTables(db)).toEqual(before);
  });

  it("refuses an approval of a version the reviewer did not see, saving nothing with it", async () => {
    const seeded = await pair(8);
    await savePair(db, translator, {
      paragraphId: seeded.id,
      baseVersion: seeded.version,
      note: edit(seeded.translatorNote, "A note the reviewer has not read."),
    });
    const before = await snapshotTables(db);
    const outcome = await savePair(db, secondReviewer, {
      paragraphId: seeded.id,
      baseVersion: seeded.version,
      en: edit(seeded.textEn, "A reviewer's English."),
      approve: true,
    });
    expect(outcome).toMatchObject({
      ok: false,
      status: 409,
      error: "conflict",
      current: { version: seeded.version + 1, translatorNote: "A note the reviewer has not read." },
    });
    expect(await snapshotTables(db)).toEqual(before);
  });
});

describe("what a save makes stale", () => {
  it("is the saved text's pages, and readers' texts only once approved", async () => {
    const seeded = await pair(9);
    const saved = new ReaderChanges();
    await savePair(
      db,
      translator,
      { paragraphId: seeded.id, baseVersion: seeded.version, en: edit(seeded.textEn, "A newer English.") },
      { changes: saved },
    );
    expect([...saved.texts]).toEqual([SLUG]);
    expect(saved.occurrences).toBe(false);

    const approved = new ReaderChanges();
    await savePair(db, reviewer, { paragraphId: seeded.id, baseVersion: seeded.version + 1, approve: true }, { changes: approved });
    expect([...approved.texts]).toEqual([SLUG]);
    expect(approved.occurrences).toBe(true);

    const unchanged = new ReaderChanges();
    await savePair(
      db,
      translator,
      { paragraphId: seeded.id, baseVersion: seeded.version + 2, en: edit("A newer English.", "A newer English.") },
      { changes: unchanged },
    );
    expect(unchanged.texts.size).toBe(0);
  });
});
