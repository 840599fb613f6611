import { beforeAll, describe, expect, it } from "vitest";
import { createUser, type SessionUser } from "@/lib/auth/accounts";
import { db } from "@/lib/db";
import { storeDocument } from "@/lib/import/store-document";
import { mergeWithNext, moveEnglish, splitPair } from "@/lib/review/alignment";
import { addComment } from "@/lib/review/comments";
import { revertToRevision, saveNote, saveText } from "@/lib/review/edit-paragraph";
import { latestAlignment, restorable } from "@/lib/review/history";
import { getPairRecord } from "@/lib/review/workspace";
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

/**
 * A four-pair text of the test's own, as the aligner left it: all approved, with
 * confidences; `headingLevels` makes some pairs headings (by index).
 */
async function document(slug: string, headingLevels: (number | undefined)[] = []) {
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
        ...(headingLevels[index] ? { headingLevel: headingLevels[index] } : {}),
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

// A re-aligned pair's English is withdrawn from readers; its published Italian is re-cut with it.
const UNPUBLISHED = { approvedEn: null, approvedNote: null, reviewedById: null, reviewedAt: null, alignmentConfidence: null };

describe("merging a pair with the next", () => {
  it("joins both languages with a space, closes the gap in positions and keeps the merged pair's history and comments", async () => {
    const [first, second, third, fourth] = await document("merge-ok");
    await addComment(db, translator, { paragraphId: second!.id, body: "Is this the right pairing?" });

    const outcome = await mergeWithNext(db, reviewer, {
      paragraphId: first!.id,
      baseVersion: first!.version,
      nextId: second!.id,
      nextVersion: second!.version,
    });
    expect(outcome).toEqual({ ok: true, position: 1 });

    const after = await pairs("merge-ok");
    expect(after.map((pair) => [pair.id, pair.position])).toEqual([
      [first!.id, 1],
      [third!.id, 2],
      [fourth!.id, 3],
    ]);
    expect(after[0]).toMatchObject({
      textIt: "Primo paragrafo italiano. Secondo paragrafo italiano.",
      textEn: "First English paragraph. Second English paragraph.",
      translatorNote: "A note on the first.",
      status: "translated",
      version: first!.version + 1,
      approvedIt: "Primo paragrafo italiano. Secondo paragrafo italiano.",
      ...UNPUBLISHED,
    });
    // The pairs after it only moved up; their texts, versions and publication stand.
    expect(after[1]).toMatchObject({
      textIt: third!.textIt,
      version: third!.version,
      status: "approved",
      approvedEn: third!.textEn,
      alignmentConfidence: 0.97,
    });

    expect(await alignmentRevisions(first!.id)).toEqual([
      expect.objectContaining({
        language: "it",
        field: "text",
        before: IT[0],
        after: after[0]!.textIt,
        alignmentChange: "merge",
        version: first!.version + 1,
        status: "translated",
        authorId: reviewer.id,
      }),
      expect.objectContaining({
        language: "en",
        field: "text",
        before: EN[0],
        after: after[0]!.textEn,
        alignmentChange: "merge",
        version: first!.version + 1,
      }),
    ]);
    // The merged-away pair's own history and thread now belong to the surviving pair.
    const history = await db.revision.findMany({ where: { paragraphId: first!.id, origin: "import" } });
    expect(history.map((revision) => revision.after)).toEqual(expect.arrayContaining([IT[1], EN[1]]));
    expect(await db.comment.findMany({ where: { paragraphId: first!.id } })).toEqual([
      expect.objectContaining({ body: "Is this the right pairing?" }),
    ]);
    expect(await db.paragraph.findUnique({ where: { id: second!.id } })).toBeNull();
  });

  it("refuses a next pair that is not the next one any more (409), and changes nothing", async () => {
    const [first, , third] = await document("merge-not-next");
    const before = await snapshotTables(db);
    const outcome = await mergeWithNext(db, admin, {
      paragraphId: first!.id,
      baseVersion: first!.version,
      nextId: third!.id,
      nextVersion: third!.version,
    });
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
    expect(after[1]).toMatchObject({
      textIt: "Secondo paragrafo",
      approvedIt: "Secondo paragrafo",
      textEn: "Second English",
      status: "translated",
      version: second!.version + 1,
      ...UNPUBLISHED,
    });
    expect(after[2]).toMatchObject({
      textIt: "italiano.",
      approvedIt: "italiano.",
      textEn: "paragraph.",
      status: "translated",
      version: 1,
      ...UNPUBLISHED,
    });
    expect(after[3]).toMatchObject({ textIt: IT[2], status: "approved", version: third!.version });

    expect(await alignmentRevisions(second!.id)).toEqual([
      expect.objectContaining({
        language: "it",
        before: IT[1],
        after: "Secondo paragrafo",
        alignmentChange: "split",
        version: second!.version + 1,
      }),
      expect.objectContaining({ language: "en", before: EN[1], after: "Second English", alignmentChange: "split" }),
    ]);
    expect(await alignmentRevisions(after[2]!.id)).toEqual([
      expect.objectContaining({
        language: "it",
        before: "",
        after: "italiano.",
        alignmentChange: "split",
        version: 1,
        authorId: reviewer.id,
      }),
      expect.objectContaining({ language: "en", before: "", after: "paragraph.", alignmentChange: "split", version: 1 }),
    ]);
  });

  it("keeps a text without a blank line whole in the first pair, leaving the new pair's half empty (a draft)", async () => {
    const [first] = await document("split-one-side");
    const outcome = await splitPair(db, admin, {
      paragraphId: first!.id,
      baseVersion: first!.version,
      textIt: "Primo paragrafo\n\nitaliano.",
      textEn: EN[0],
    });
    expect(outcome).toEqual({ ok: true, position: 1 });
    const after = await pairs("split-one-side");
    expect(after).toHaveLength(5);
    expect(after[0]).toMatchObject({
      textIt: "Primo paragrafo",
      textEn: EN[0],
      translatorNote: "A note on the first.",
      status: "translated",
    });
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

describe("readers' Italian through a re-alignment", () => {
  it("keeps an Italian edit waiting for approval out of readers' sight, whole in the first half of a split", async () => {
    const [, second, third] = await document("split-pending");
    const edit = await saveText(db, reviewer, {
      paragraphId: second!.id,
      language: "it",
      text: "Secondo paragrafo riveduto.",
      baseVersion: second!.version,
    });
    expect(edit.ok).toBe(true);
    const outcome = await splitPair(db, reviewer, {
      paragraphId: second!.id,
      baseVersion: second!.version + 1,
      textIt: "Secondo paragrafo\n\nriveduto.",
      textEn: "Second English\n\nparagraph.",
    });
    expect(outcome).toEqual({ ok: true, position: 2 });
    const after = await pairs("split-pending");
    expect(after[1]).toMatchObject({ textIt: "Secondo paragrafo", approvedIt: IT[1] });
    expect(after[2]).toMatchObject({ textIt: "riveduto.", approvedIt: "" });

    // Merged with the next, readers see the two published Italians joined, not the edit.
    const [merged, next] = [after[2]!, after[3]!];
    await saveText(db, reviewer, { paragraphId: next.id, language: "it", text: "Terzo paragrafo riveduto.", baseVersion: next.version });
    const joined = await mergeWithNext(db, reviewer, {
      paragraphId: merged.id,
      baseVersion: merged.version,
      nextId: next.id,
      nextVersion: next.version + 1,
    });
    expect(joined.ok).toBe(true);
    expect((await pairs("split-pending"))[2]).toMatchObject({ textIt: "riveduto. Terzo paragrafo riveduto.", approvedIt: IT[2] });
    expect(third!.approvedIt).toBe(IT[2]);
  });
});

describe("moving a pair's English to a neighbour", () => {
  it("moves the English and its note to the next pair, ahead of that pair's own English", async () => {
    const [first, second] = await document("move-next");
    const outcome = await moveEnglish(db, reviewer, {
      paragraphId: first!.id,
      baseVersion: first!.version,
      neighbourId: second!.id,
      neighbourVersion: second!.version,
    });
    expect(outcome).toEqual({ ok: true, position: 1 });

    const after = await pairs("move-next");
    expect(after[0]).toMatchObject({
      textIt: IT[0],
      approvedIt: IT[0],
      textEn: "",
      translatorNote: null,
      status: "draft",
      version: first!.version + 1,
      ...UNPUBLISHED,
    });
    expect(after[1]).toMatchObject({
      textIt: IT[1],
      approvedIt: IT[1],
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
    expect(
      await moveEnglish(db, admin, {
        paragraphId: fourth!.id,
        baseVersion: fourth!.version,
        neighbourId: third!.id,
        neighbourVersion: third!.version,
      }),
    ).toEqual({ ok: true, position: 4 });
    const after = await pairs("move-previous");
    expect(after[2]).toMatchObject({ textEn: `${EN[2]} ${EN[3]}` });
    expect(after[3]).toMatchObject({ textEn: "", status: "draft" });
  });

  it("refuses a pair with no English to move (422) and a pair that is not a neighbour (409), changing nothing", async () => {
    const [first, second, , fourth] = await document("move-refused");
    await moveEnglish(db, reviewer, {
      paragraphId: first!.id,
      baseVersion: first!.version,
      neighbourId: second!.id,
      neighbourVersion: second!.version,
    });
    const [emptied, joined] = await pairs("move-refused");
    const before = await snapshotTables(db);

    expect(
      await moveEnglish(db, reviewer, {
        paragraphId: emptied!.id,
        baseVersion: emptied!.version,
        neighbourId: joined!.id,
        neighbourVersion: joined!.version,
      }),
    ).toEqual({
      ok: false,
      status: 422,
      error: "alignment",
      problem: "nothing-to-move",
    });
    expect(
      await moveEnglish(db, reviewer, {
        paragraphId: joined!.id,
        baseVersion: joined!.version,
        neighbourId: fourth!.id,
        neighbourVersion: fourth!.version,
      }),
    ).toMatchObject({
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
    expect(await moveEnglish(db, reviewer, { ...self, neighbourId: second!.id, neighbourVersion: second!.version })).toMatchObject({
      status: 409,
    });
    expect(
      await splitPair(db, reviewer, {
        paragraphId: first!.id,
        baseVersion: first!.version + 1,
        textIt: "Primo\n\nparagrafo italiano.",
        textEn: EN[0],
      }),
    ).toMatchObject({
      status: 409,
    });
    expect(await snapshotTables(db)).toEqual(before);
  });

  it("is refused when the input is malformed (422) or names no pair (404), and changes nothing", async () => {
    const [first, second] = await document("refused-input");
    const before = await snapshotTables(db);
    expect(await mergeWithNext(db, reviewer, { paragraphId: "first", baseVersion: 1, nextId: second!.id, nextVersion: 1 })).toMatchObject({
      status: 422,
      error: "invalid",
    });
    expect(
      await splitPair(db, reviewer, {
        paragraphId: first!.id,
        baseVersion: first!.version,
        textIt: "Primo\u202E\n\nparagrafo",
        textEn: "",
      }),
    ).toMatchObject({
      status: 422,
      error: "invalid",
      problem: "direction-controls",
    });
    expect(
      await moveEnglish(db, reviewer, { paragraphId: 999_999, baseVersion: 1, neighbourId: second!.id, neighbourVersion: second!.version }),
    ).toEqual({
      ok: false,
      status: 404,
      error: "not-found",
    });
    expect(await snapshotTables(db)).toEqual(before);
  });
});

describe("heading pairs", () => {
  const HEADING_MISMATCH = { ok: false, status: 422, error: "alignment", problem: "heading-mismatch" };

  it("refuses to merge a heading with body text, or headings of different levels (422), and changes nothing", async () => {
    const [first, second, third, fourth] = await document("heading-merge-refused", [2, undefined, 2, 3]);
    const before = await snapshotTables(db);
    // A heading with the body text after it, body text with the heading after it, a level 2 with a level 3.
    for (const [pair, next] of [
      [first!, second!],
      [second!, third!],
      [third!, fourth!],
    ] as const) {
      expect(
        await mergeWithNext(db, reviewer, { paragraphId: pair.id, baseVersion: pair.version, nextId: next.id, nextVersion: next.version }),
      ).toEqual(HEADING_MISMATCH);
    }
    expect(await snapshotTables(db)).toEqual(before);
  });

  it("refuses to move English between a heading and body text, either way (422), and changes nothing", async () => {
    const [first, second, third, fourth] = await document("heading-move-refused", [undefined, 2, undefined, 3]);
    const before = await snapshotTables(db);
    for (const [source, target] of [
      [first!, second!],
      [second!, first!],
      [second!, third!],
      [fourth!, third!],
    ] as const) {
      expect(
        await moveEnglish(db, reviewer, {
          paragraphId: source.id,
          baseVersion: source.version,
          neighbourId: target.id,
          neighbourVersion: target.version,
        }),
      ).toEqual(HEADING_MISMATCH);
    }
    expect(await snapshotTables(db)).toEqual(before);
  });

  it("merges two headings of one level into a heading, and moves English between headings of one level", async () => {
    const [first, second, third, fourth] = await document("heading-same-level", [2, 2, 3, 3]);
    expect(
      await mergeWithNext(db, reviewer, {
        paragraphId: first!.id,
        baseVersion: first!.version,
        nextId: second!.id,
        nextVersion: second!.version,
      }),
    ).toMatchObject({ ok: true });
    expect(
      await moveEnglish(db, reviewer, {
        paragraphId: fourth!.id,
        baseVersion: fourth!.version,
        neighbourId: third!.id,
        neighbourVersion: third!.version,
      }),
    ).toMatchObject({
      ok: true,
    });
    const after = await pairs("heading-same-level");
    expect(after.map((pair) => [pair.headingLevel, pair.textEn])).toEqual([
      [2, `${EN[0]} ${EN[1]}`],
      [3, `${EN[2]} ${EN[3]}`],
      [3, ""],
    ]);
  });

  it("splits a heading into two headings of its level, and body text into body text", async () => {
    const [first, second] = await document("heading-split", [2]);
    expect(
      await splitPair(db, reviewer, {
        paragraphId: first!.id,
        baseVersion: first!.version,
        textIt: "Primo paragrafo\n\nitaliano.",
        textEn: "First English\n\nparagraph.",
      }),
    ).toMatchObject({
      ok: true,
    });
    expect(
      await splitPair(db, reviewer, {
        paragraphId: second!.id,
        baseVersion: second!.version,
        textIt: "Secondo paragrafo\n\nitaliano.",
        textEn: EN[1],
      }),
    ).toMatchObject({
      ok: true,
    });
    const after = await pairs("heading-split");
    expect(after.map((pair) => [pair.position, pair.headingLevel, pair.textIt])).toEqual([
      [1, 2, "Primo paragrafo"],
      [2, 2, "italiano."],
      [3, null, "Secondo paragrafo"],
      [4, null, "italiano."],
      [5, null, IT[2]],
      [6, null, IT[3]],
    ]);
  });
});

describe("restoring a revision after a re-alignment", () => {
  const REALIGNED = { ok: false, status: 422, error: "realigned" };

  /** The pair's revision (in id order) that set a text to `after`. */
  async function revisionSetting(paragraphId: number, language: "it" | "en", after: string) {
    return db.revision.findFirstOrThrow({ where: { paragraphId, language, field: "text", after }, orderBy: { id: "desc" } });
  }

  it("refuses the merged-away pair's old texts and the survivor's own older ones (422), and changes nothing", async () => {
    const [first, second] = await document("restore-after-merge");
    await saveNote(db, translator, { paragraphId: first!.id, note: "A note edited before the merge.", baseVersion: first!.version });
    await mergeWithNext(db, reviewer, {
      paragraphId: first!.id,
      baseVersion: first!.version + 1,
      nextId: second!.id,
      nextVersion: second!.version,
    });
    const [merged] = await pairs("restore-after-merge");
    const before = await snapshotTables(db);

    // The neighbour's old half, now in the survivor's history: restoring it would put
    // the second paragraph's English beside the merged Italian.
    const neighbours = await revisionSetting(merged!.id, "en", EN[1]!);
    expect(await revertToRevision(db, reviewer, { revisionId: neighbours.id, baseVersion: merged!.version })).toEqual(REALIGNED);
    expect(await revertToRevision(db, translator, { revisionId: neighbours.id, baseVersion: merged!.version })).toEqual(REALIGNED);
    const ownItalian = await revisionSetting(merged!.id, "it", IT[0]!);
    expect(await revertToRevision(db, admin, { revisionId: ownItalian.id, baseVersion: merged!.version })).toEqual(REALIGNED);
    // The role is checked first: a translator may not restore Italian at all.
    expect(await revertToRevision(db, translator, { revisionId: ownItalian.id, baseVersion: merged!.version })).toEqual({
      ok: false,
      status: 403,
      error: "forbidden",
    });
    const ownNote = await db.revision.findFirstOrThrow({ where: { paragraphId: merged!.id, field: "note", alignmentChange: null } });
    expect(await revertToRevision(db, translator, { revisionId: ownNote.id, baseVersion: merged!.version })).toEqual(REALIGNED);
    expect(await snapshotTables(db)).toEqual(before);
  });

  it("restores the re-alignment's own texts and later ones", async () => {
    const [first, second] = await document("restore-after-merge-ok");
    await mergeWithNext(db, reviewer, {
      paragraphId: first!.id,
      baseVersion: first!.version,
      nextId: second!.id,
      nextVersion: second!.version,
    });
    const [merged] = await pairs("restore-after-merge-ok");
    const joined = `${EN[0]} ${EN[1]}`;
    await saveText(db, translator, {
      paragraphId: merged!.id,
      language: "en",
      text: "An edit after the merge.",
      baseVersion: merged!.version,
    });
    await saveText(db, translator, { paragraphId: merged!.id, language: "en", text: "A second edit.", baseVersion: merged!.version + 1 });

    const mergeRevision = await revisionSetting(merged!.id, "en", joined);
    expect(mergeRevision.alignmentChange).toBe("merge");
    expect(await revertToRevision(db, translator, { revisionId: mergeRevision.id, baseVersion: merged!.version + 2 })).toMatchObject({
      ok: true,
      text: joined,
    });
    const firstEdit = await revisionSetting(merged!.id, "en", "An edit after the merge.");
    expect(await revertToRevision(db, translator, { revisionId: firstEdit.id, baseVersion: merged!.version + 3 })).toMatchObject({
      ok: true,
      text: "An edit after the merge.",
    });
    // The merge's Italian revision is the first of the change, older by id than its English one.
    const mergeItalian = await revisionSetting(merged!.id, "it", `${IT[0]} ${IT[1]}`);
    expect(mergeItalian.id).toBeLessThan(mergeRevision.id);
    expect(await revertToRevision(db, reviewer, { revisionId: mergeItalian.id, baseVersion: merged!.version + 4 })).toMatchObject({
      ok: true,
      unchanged: true,
    });
  });

  it("refuses a split pair's and a move's older texts, and restores the split-off pair's", async () => {
    const [first, second, third] = await document("restore-after-split-move");
    await splitPair(db, reviewer, {
      paragraphId: first!.id,
      baseVersion: first!.version,
      textIt: "Primo paragrafo\n\nitaliano.",
      textEn: "First English\n\nparagraph.",
    });
    await moveEnglish(db, reviewer, {
      paragraphId: second!.id,
      baseVersion: second!.version,
      neighbourId: third!.id,
      neighbourVersion: third!.version,
    });
    const [split, splitOff, moved, joined] = await pairs("restore-after-split-move");
    const before = await snapshotTables(db);
    expect(
      await revertToRevision(db, reviewer, {
        revisionId: (await revisionSetting(split!.id, "en", EN[0]!)).id,
        baseVersion: split!.version,
      }),
    ).toEqual(REALIGNED);
    expect(
      await revertToRevision(db, reviewer, {
        revisionId: (await revisionSetting(moved!.id, "en", EN[1]!)).id,
        baseVersion: moved!.version,
      }),
    ).toEqual(REALIGNED);
    expect(
      await revertToRevision(db, reviewer, {
        revisionId: (await revisionSetting(joined!.id, "en", EN[2]!)).id,
        baseVersion: joined!.version,
      }),
    ).toEqual(REALIGNED);
    expect(await snapshotTables(db)).toEqual(before);

    await saveText(db, translator, {
      paragraphId: splitOff!.id,
      language: "en",
      text: "Paragraph, edited.",
      baseVersion: splitOff!.version,
    });
    const splitOffEnglish = await revisionSetting(splitOff!.id, "en", "paragraph.");
    expect(await revertToRevision(db, translator, { revisionId: splitOffEnglish.id, baseVersion: splitOff!.version + 1 })).toMatchObject({
      ok: true,
      text: "paragraph.",
    });
  });

  it("is not offered in the history for revisions from before the latest re-alignment", async () => {
    const [first, second] = await document("restore-history-list");
    await mergeWithNext(db, reviewer, {
      paragraphId: first!.id,
      baseVersion: first!.version,
      nextId: second!.id,
      nextVersion: second!.version,
    });
    const [merged] = await pairs("restore-history-list");
    await saveText(db, translator, {
      paragraphId: merged!.id,
      language: "en",
      text: "An edit after the merge.",
      baseVersion: merged!.version,
    });

    const record = await getPairRecord("restore-history-list", 1);
    const latest = latestAlignment(record!.revisions);
    const offered = record!.revisions
      .filter((revision) => restorable(revision, latest))
      .map((revision) => [revision.language, revision.after]);
    expect(offered.sort()).toEqual(
      [
        ["en", "An edit after the merge."],
        ["en", `${EN[0]} ${EN[1]}`],
        ["it", `${IT[0]} ${IT[1]}`],
      ].sort(),
    );
    expect(record!.revisions.length).toBeGreaterThan(offered.length + 3);
  });
});
