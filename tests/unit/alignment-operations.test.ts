import { beforeAll, describe, expect, it } from "vitest";
import { createUser, type SessionUser } from "@/lib/auth/accounts";
import { db } from "@/lib/db";
import { storeDocument } from "@/lib/import/store-document";
import { mergeWithNext, moveEnglish, splitPair } from "@/lib/review/alignment";
import { addComment } from "@/lib/review/comments";
import { snapshotTables } from "../support/snapshot";

const PASSWORD = "correct horse battery";
let translator: SessionUser;
let reviewer: SessionUser;
let admin: SessionUser;

beforeAll(async () => {
  translator = await createUser(db, { username: "giulia", displayName: "Giulia Rossi", role: "translator", password: PASSWORD });
  reviewer = await createUser(db, { username: "marco", displayName: "Marco Bianchi", role: "reviewer", password: PASSWORD });
  admin = await createUser(db, { username: "ada", displayName: "Ada Ministri", role: "admin", password: PASSWORD });
});

const IT = ["Primo paragrafo italiano.", "Secondo paragrafo italiano.", "Terzo paragrafo italiano.", "Quarto paragrafo italiano."];
const EN = ["First English paragraph.", "Second English paragraph.", "Third English paragraph.", "Fourth English paragraph."];

/** A four-pair text of the test's own, as the aligner left it: all approved, with confidences. */
async function document(slug: string) {
  await storeDocument(
    db,
    {
      slug,
      titleIt: `Allineamento ${slug}`,
      originalTitle: `Allineamento ${slug}`,
      sourceName: "Prova",
      attribution: "Prova",
      paragraphs: IT.map((textIt, index) => ({
        textIt,
        textEn: EN[index],
        status: "approved" as const,
        alignmentConfidence: [0.99, 0.42, 0.97, 0.9][index],
        ...(index === 0 ? { translatorNote: "A note on the first." } : {}),
      })),
    },
    { origin: "import" },
  );
  return pairs(slug);
}

function pairs(slug: string) {
  return db.paragraph.findMany({ where: { document: { slug } }, orderBy: { position: "asc" } });
}

function alignmentRevisions(paragraphId: number) {
  return db.revision.findMany({ where: { paragraphId, alignmentChange: { not: null } }, orderBy: { id: "asc" } });
}

const UNPUBLISHED = { approvedEn: null, approvedIt: null, approvedNote: null, reviewedById: null, reviewedAt: null, alignmentConfidence: null };

describe("merging a pair with the next", () => {
  it("joins both languages with a space, closes the gap in positions and keeps the merged pair's history and comments", async () => {
    const [first, second, third, fourth] = await document("merge-ok");
    await addComment(db, translator, { paragraphId: second!.id, body: "Is this the right pairing?" });

    const outcome = await mergeWithNext(db, reviewer, { paragraphId: first!.id, baseVersion: first!.version, nextId: second!.id, nextVersion: second!.version });
    expect(outcome).toEqual({ ok: true, position: 1 });

    const after = await pairs("merge-ok");
    expect(after.map((pair) => [pair.id, pair.position])).toEqual([[first!.id, 1], [third!.id, 2], [fourth!.id, 3]]);
    expect(after[0]).toMatchObject({
      textIt: "Primo paragrafo italiano. Secondo paragrafo italiano.",
      textEn: "First English paragraph. Second English paragraph.",
      translatorNote: "A note on the first.",
      status: "translated",
      version: first!.version + 1,
      ...UNPUBLISHED,
    });
    // The pairs after it only moved up; their texts, versions and publication stand.
    expect(after[1]).toMatchObject({ textIt: third!.textIt, version: third!.version, status: "approved", approvedEn: third!.textEn, alignmentConfidence: 0.97 });

    expect(await alignmentRevisions(first!.id)).toEqual([
      expect.objectContaining({ language: "it", field: "text", before: IT[0], after: after[0]!.textIt, alignmentChange: "merge", version: first!.version + 1, status: "translated", authorId: reviewer.id }),
      expect.objectContaining({ language: "en", field: "text", before: EN[0], after: after[0]!.textEn, alignmentChange: "merge", version: first!.version + 1 }),
    ]);
    // The merged-away pair's own history and thread now belong to the surviving pair.
    const history = await db.revision.findMany({ where: { paragraphId: first!.id, origin: "import" } });
    expect(history.map((revision) => revision.after)).toEqual(expect.arrayContaining([IT[1], EN[1]]));
    expect(await db.comment.findMany({ where: { paragraphId: first!.id } })).toEqual([expect.objectContaining({ body: "Is this the right pairing?" })]);
    expect(await db.paragraph.findUnique({ where: { id: second!.id } })).toBeNull();
  });

  it("refuses a next pair that is not the next one any more (409), and changes nothing", async () => {
    const [first, , third] = await document("merge-not-next");
    const before = await snapshotTables(db);
    const outcome = await mergeWithNext(db, admin, { paragraphId: first!.id, baseVersion: first!.version, nextId: third!.id, nextVersion: third!.version });
    expect(outcome).toMatchObject({ ok: false, status: 409, error: "conflict" });
    expect(await snapshotTables(db)).toEqual(before);
  });
});

describe("splitting a pair", () => {
  it("divides each text at its blank line into a new pair after it, shifting the rest down", async () => {
    const [first, second, third, fourth] = await document("split-ok");
    const outcome = await splitPair(db, reviewer, {
      paragraphId: second!.id,
      baseVersion: second!.version,
      textIt: "Secondo paragrafo\n\nitaliano.",
      textEn: "Second English\n  \nparagraph.",
    });
    expect(outcome).toEqual({ ok: true, position: 2 });

    const after = await pairs("split-ok");
    expect(after.map((pair) => pair.position)).toEqual([1, 2, 3, 4, 5]);
    expect(after.map((pair) => pair.id)).toEqual([first!.id, second!.id, expect.any(Number), third!.id, fourth!.id]);
    expect(after[1]).toMatchObject({ textIt: "Secondo paragrafo", textEn: "Second English", status: "translated", version: second!.version + 1, ...UNPUBLISHED });
    expect(after[2]).toMatchObject({ textIt: "italiano.", textEn: "paragraph.", status: "translated", version: 1, ...UNPUBLISHED });
    expect(after[3]).toMatchObject({ textIt: IT[2], status: "approved", version: third!.version });

    expect(await alignmentRevisions(second!.id)).toEqual([
      expect.objectContaining({ language: "it", before: IT[1], after: "Secondo paragrafo", alignmentChange: "split", version: second!.version + 1 }),
      expect.objectContaining({ language: "en", before: EN[1], after: "Second English", alignmentChange: "split" }),
    ]);
    expect(await alignmentRevisions(after[2]!.id)).toEqual([
      expect.objectContaining({ language: "it", before: "", after: "italiano.", alignmentChange: "split", version: 1, authorId: reviewer.id }),
      expect.objectContaining({ language: "en", before: "", after: "paragraph.", alignmentChange: "split", version: 1 }),
    ]);
  });

  it("keeps a text without a blank line whole in the first pair, leaving the new pair's half empty (a draft)", async () => {
    const [first] = await document("split-one-side");
    const outcome = await splitPair(db, admin, { paragraphId: first!.id, baseVersion: first!.version, textIt: "Primo paragrafo\n\nitaliano.", textEn: EN[0] });
    expect(outcome).toEqual({ ok: true, position: 1 });
    const after = await pairs("split-one-side");
    expect(after).toHaveLength(5);
    expect(after[0]).toMatchObject({ textIt: "Primo paragrafo", textEn: EN[0], translatorNote: "A note on the first.", status: "translated" });
    expect(after[1]).toMatchObject({ textIt: "italiano.", textEn: "", translatorNote: null, status: "draft" });
    expect((await alignmentRevisions(after[1]!.id)).map((revision) => revision.language)).toEqual(["it"]);
  });

  it.each([
    ["no blank line anywhere", { textIt: IT[0], textEn: EN[0] }, "no-split-mark"],
    ["two blank lines in one text", { textIt: "Primo\n\nparagrafo\n\nitaliano.", textEn: EN[0] }, "several-split-marks"],
    ["words changed while splitting", { textIt: "Primo paragrafo\n\nitaliano, cambiato.", textEn: EN[0] }, "text-changed"],
  ])("refuses %s (422), and changes nothing", async (_name, texts, problem) => {
    const [first] = await document(`split-refused-${problem}`);
    const before = await snapshotTables(db);
    const outcome = await splitPair(db, reviewer, { paragraphId: first!.id, baseVersion: first!.version, ...texts });
    expect(outcome).toEqual({ ok: false, status: 422, error: "alignment", problem });
    expect(await snapshotTables(db)).toEqual(before);
  });
});

describe("moving a pair's English to a neighbour", () => {
  it("moves the English and its note to the next pair, ahead of that pair's own English", async () => {
    const [first, second] = await document("move-next");
    const outcome = await moveEnglish(db, reviewer, { paragraphId: first!.id, baseVersion: first!.version, neighbourId: second!.id, neighbourVersion: second!.version });
    expect(outcome).toEqual({ ok: true, position: 1 });

    const after = await pairs("move-next");
    expect(after[0]).toMatchObject({ textIt: IT[0], textEn: "", translatorNote: null, status: "draft", version: first!.version + 1, ...UNPUBLISHED });
    expect(after[1]).toMatchObject({
      textIt: IT[1],
      textEn: `${EN[0]} ${EN[1]}`,
      translatorNote: "A note on the first.",
      status: "translated",
      version: second!.version + 1,
      ...UNPUBLISHED,
    });
    expect(await alignmentRevisions(first!.id)).toEqual([
      expect.objectContaining({ language: "en", field: "text", before: EN[0], after: "", alignmentChange: "move", status: "draft" }),
      expect.objectContaining({ language: "en", field: "note", before: "A note on the first.", after: "", alignmentChange: "move" }),
    ]);
    expect(await alignmentRevisions(second!.id)).toEqual([
      expect.objectContaining({ language: "en", field: "text", before: EN[1], after: `${EN[0]} ${EN[1]}`, alignmentChange: "move" }),
      expect.objectContaining({ language: "en", field: "note", before: "", after: "A note on the first.", alignmentChange: "move" }),
    ]);
  });

  it("moves the English to the previous pair, after that pair's own English", async () => {
    const [, , third, fourth] = await document("move-previous");
    expect(await moveEnglish(db, admin, { paragraphId: fourth!.id, baseVersion: fourth!.version, neighbourId: third!.id, neighbourVersion: third!.version })).toEqual({ ok: true, position: 4 });
    const after = await pairs("move-previous");
    expect(after[2]).toMatchObject({ textEn: `${EN[2]} ${EN[3]}` });
    expect(after[3]).toMatchObject({ textEn: "", status: "draft" });
  });

  it("refuses a pair with no English to move (422) and a pair that is not a neighbour (409), changing nothing", async () => {
    const [first, second, , fourth] = await document("move-refused");
    await moveEnglish(db, reviewer, { paragraphId: first!.id, baseVersion: first!.version, neighbourId: second!.id, neighbourVersion: second!.version });
    const [emptied, joined] = await pairs("move-refused");
    const before = await snapshotTables(db);

    expect(await moveEnglish(db, reviewer, { paragraphId: emptied!.id, baseVersion: emptied!.version, neighbourId: joined!.id, neighbourVersion: joined!.version })).toEqual({
      ok: false,
      status: 422,
      error: "alignment",
      problem: "nothing-to-move",
    });
    expect(await moveEnglish(db, reviewer, { paragraphId: joined!.id, baseVersion: joined!.version, neighbourId: fourth!.id, neighbourVersion: fourth!.version })).toMatchObject({
      ok: false,
      status: 409,
    });
    expect(await snapshotTables(db)).toEqual(before);
  });
});

describe("every alignment change", () => {
  it("is refused without a session (401) or the reviewer's role (403), and changes nothing", async () => {
    const [first, second] = await document("refused-roles");
    const before = await snapshotTables(db);
    for (const actor of [null, translator]) {
      const expected = actor ? { ok: false, status: 403, error: "forbidden" } : { ok: false, status: 401, error: "signed-out" };
      const self = { paragraphId: first!.id, baseVersion: first!.version };
      expect(await mergeWithNext(db, actor, { ...self, nextId: second!.id, nextVersion: second!.version })).toEqual(expected);
      expect(await splitPair(db, actor, { ...self, textIt: "Primo\n\nparagrafo italiano.", textEn: EN[0] })).toEqual(expected);
      expect(await moveEnglish(db, actor, { ...self, neighbourId: second!.id, neighbourVersion: second!.version })).toEqual(expected);
    }
    expect(await snapshotTables(db)).toEqual(before);
  });

  it("is refused when any pair involved changed since the reviewer saw it (409), and changes nothing", async () => {
    const [first, second] = await document("refused-stale");
    // Someone approved the second pair again meanwhile: its version moved on.
    await db.paragraph.update({ where: { id: second!.id }, data: { version: { increment: 1 } } });
    const before = await snapshotTables(db);
    const self = { paragraphId: first!.id, baseVersion: first!.version };

    const merge = await mergeWithNext(db, reviewer, { ...self, nextId: second!.id, nextVersion: second!.version });
    expect(merge).toMatchObject({ ok: false, status: 409, error: "conflict", current: { textEn: EN[1], version: second!.version + 1 } });
    expect(await moveEnglish(db, reviewer, { ...self, neighbourId: second!.id, neighbourVersion: second!.version })).toMatchObject({ status: 409 });
    expect(await splitPair(db, reviewer, { paragraphId: first!.id, baseVersion: first!.version + 1, textIt: "Primo\n\nparagrafo italiano.", textEn: EN[0] })).toMatchObject({
      status: 409,
    });
    expect(await snapshotTables(db)).toEqual(before);
  });

  it("is refused when the input is malformed (422) or names no pair (404), and changes nothing", async () => {
    const [first, second] = await document("refused-input");
    const before = await snapshotTables(db);
    expect(await mergeWithNext(db, reviewer, { paragraphId: "first", baseVersion: 1, nextId: second!.id, nextVersion: 1 })).toMatchObject({ status: 422, error: "invalid" });
    expect(await splitPair(db, reviewer, { paragraphId: first!.id, baseVersion: first!.version, textIt: "Primo\u202E\n\nparagrafo", textEn: "" })).toMatchObject({
      status: 422,
      error: "invalid",
      problem: "direction-controls",
    });
    expect(await moveEnglish(db, reviewer, { paragraphId: 999_999, baseVersion: 1, neighbourId: second!.id, neighbourVersion: second!.version })).toEqual({
      ok: false,
      status: 404,
      error: "not-found",
    });
    expect(await snapshotTables(db)).toEqual(before);
  });
});
