// Updating a text from a translated XLIFF or TMX (lib/exchange/update-form.ts): the file
// as a CAT tool brings it back is matched to the pairs, previewed, and applied in one
// transaction as revisions by the person who brought it, or refused changing nothing.
import { beforeEach, describe, expect, it } from "vitest";
import { createUser, type SessionUser } from "@/lib/auth/accounts";
import { ReaderChanges } from "@/lib/core/mutation";
import { db } from "@/lib/db";
import { getWorkingEdition } from "@/lib/exchange/editions";
import { readAllPairs, type ExchangeDocument } from "@/lib/exchange/exchange-document";
import { writeTmx } from "@/lib/exchange/tmx";
import { writeXliff12 } from "@/lib/exchange/xliff-1.2";
import { writeXliff21 } from "@/lib/exchange/xliff-2.1";
import { updateTextFromFile, type UpdateOutcome } from "@/lib/exchange/update-form";
import { storeDocument } from "@/lib/import/store-document";
import { saveText } from "@/lib/review/edit-paragraph";
import { snapshotTables } from "../support/snapshot";

const SLUG = "ritorno";
let translator: SessionUser;
let reviewer: SessionUser;
let users = 0;

beforeEach(async () => {
  await db.document.deleteMany({ where: { slug: SLUG } });
  users += 1;
  translator = await createUser(db, {
    username: `lucia${users}`,
    displayName: "Lucia",
    role: "translator",
    password: "correct horse battery",
  });
  reviewer = await createUser(db, {
    username: `pietro${users}`,
    displayName: "Pietro",
    role: "reviewer",
    password: "correct horse battery",
  });
  await storeDocument(
    db,
    {
      slug: SLUG,
      titleIt: "Ritorno",
      titleEn: "Return",
      originalTitle: "Ritorno",
      sourceName: "Prova",
      attribution: "Prova",
      paragraphs: [
        { textIt: "Primo paragrafo.", textEn: "First paragraph.", status: "approved" },
        { textIt: "Secondo paragrafo.", textEn: "", status: "draft" },
        { textIt: "Terzo paragrafo.", textEn: "Third paragrph.", status: "translated", translatorNote: "Check the spelling." },
        { textIt: "Quarto paragrafo.", textEn: "", status: "draft" },
      ],
    },
    { origin: "import" },
  );
});

/** The working edition as the export writes it, in hand. */
async function exported(): Promise<ExchangeDocument> {
  const edition = await getWorkingEdition(SLUG);
  if (!edition) throw new Error("no text");
  return readAllPairs(edition);
}

/** The exported edition with some pairs changed, as a translator's CAT tool would write it back. */
function translated(document: ExchangeDocument, changes: Record<number, Partial<ExchangeDocument["paragraphs"][number]>>) {
  return { ...document, paragraphs: document.paragraphs.map((pair, index) => ({ ...pair, ...changes[index + 1] })) };
}

function form(fields: Record<string, string | undefined>, file?: { name: string; text: string }): FormData {
  const data = new FormData();
  data.set("slug", SLUG);
  for (const [name, value] of Object.entries(fields)) if (value !== undefined) data.set(name, value);
  if (file) data.set("file", new File([file.text], file.name));
  return data;
}

async function preview(user: SessionUser, file: { name: string; text: string }): Promise<Extract<UpdateOutcome, { applied: false }>> {
  const outcome = await updateTextFromFile(db, user, form({ intent: "preview" }, file));
  if (!outcome.ok || outcome.applied) throw new Error(`no preview: ${JSON.stringify(outcome)}`);
  return outcome;
}

const pairs = () => db.paragraph.findMany({ where: { document: { slug: SLUG } }, orderBy: { position: "asc" } });

describe("updating a text from a file", () => {
  it("previews each unit, then applies the changed ones as the importer's revisions with the file's statuses", async () => {
    const file = {
      name: "ritorno.xlf",
      text: writeXliff21(
        translated(await exported(), {
          2: { textEn: "Second paragraph.", status: "translated" },
          3: { textEn: "Third paragraph.", translatorNote: null },
        }),
      ),
    };
    const { preview: shown } = await preview(reviewer, file);
    expect(shown.counts).toEqual({ unchanged: 2, changed: 2, conflict: 0, unmatched: 0 });
    expect(shown.rows.map((row) => [row.position, row.kind, row.before, row.after, row.noteChanged])).toEqual([
      [2, "changed", "", "Second paragraph.", false],
      [3, "changed", "Third paragrph.", "Third paragraph.", true],
    ]);
    // The preview changed nothing.
    expect((await pairs()).map((pair) => pair.version)).toEqual([1, 1, 1, 1]);

    const changes = new ReaderChanges();
    const applied = await updateTextFromFile(db, reviewer, form({ intent: "apply", expect: shown.token }, file), { changes });
    expect(applied).toMatchObject({ ok: true, applied: true, written: 2, conflictsSkipped: 0, published: 0 });
    const after = await pairs();
    expect(after.map((pair) => [pair.textEn, pair.status, pair.version, pair.translatorNote])).toEqual([
      ["First paragraph.", "approved", 1, null],
      ["Second paragraph.", "translated", 2, null],
      ["Third paragraph.", "translated", 2, null],
      ["", "draft", 1, null],
    ]);
    const revisions = await db.revision.findMany({
      where: { paragraphId: { in: [after[1]!.id, after[2]!.id] }, authorId: reviewer.id },
      orderBy: { id: "asc" },
    });
    expect(revisions.map((revision) => [revision.field, revision.before, revision.after, revision.origin, revision.version])).toEqual([
      ["text", "", "Second paragraph.", "import", 2],
      ["text", "Third paragrph.", "Third paragraph.", "import", 2],
      ["note", "Check the spelling.", "", "import", 2],
    ]);
    expect([...changes.texts]).toEqual([SLUG]);
  });

  it("publishes pairs the file approves when a reviewer brings it, and holds a translator's approvals for review", async () => {
    const approving = (name: string) => async () => ({
      name,
      text: writeXliff12(translated(await exported(), { 2: { textEn: "Second paragraph.", status: "approved" } })),
    });
    const asTranslator = await approving("ritorno.xlf")();
    const held = await preview(translator, asTranslator);
    expect(held.preview.held).toBe(1);
    expect(held.preview.rows[0]).toMatchObject({ position: 2, statusAfter: "translated", held: true });
    await updateTextFromFile(db, translator, form({ intent: "apply", expect: held.preview.token }, asTranslator));
    expect((await pairs())[1]).toMatchObject({ textEn: "Second paragraph.", status: "translated", approvedEn: null });

    const asReviewer = {
      name: "ritorno.xlf",
      text: writeXliff12(translated(await exported(), { 2: { textEn: "The second paragraph.", status: "approved" } })),
    };
    const shown = await preview(reviewer, asReviewer);
    expect(shown.preview.held).toBe(0);
    const applied = await updateTextFromFile(db, reviewer, form({ intent: "apply", expect: shown.preview.token }, asReviewer));
    expect(applied).toMatchObject({ ok: true, written: 1, published: 1 });
    expect((await pairs())[1]).toMatchObject({
      textEn: "The second paragraph.",
      status: "approved",
      approvedEn: "The second paragraph.",
      reviewedById: reviewer.id,
    });
  });

  it("shows a pair edited since the export as a conflict, skipped unless chosen", async () => {
    const file = {
      name: "ritorno.tmx",
      text: writeTmx(translated(await exported(), { 3: { textEn: "Third paragraph, from the CAT tool." } })),
    };
    const third = (await pairs())[2]!;
    await saveText(db, translator, {
      paragraphId: third.id,
      baseVersion: third.version,
      language: "en",
      text: "Third paragraph, edited here.",
    });

    const shown = await preview(reviewer, file);
    expect(shown.preview.counts.conflict).toBe(1);
    expect(shown.preview.rows[0]).toMatchObject({
      kind: "conflict",
      before: "Third paragraph, edited here.",
      after: "Third paragraph, from the CAT tool.",
    });
    expect(await updateTextFromFile(db, reviewer, form({ intent: "apply", expect: shown.preview.token }, file))).toMatchObject({
      ok: true,
      written: 0,
      conflictsSkipped: 1,
    });
    expect((await pairs())[2]!.textEn).toBe("Third paragraph, edited here.");

    expect(
      await updateTextFromFile(db, reviewer, form({ intent: "apply", expect: shown.preview.token, overwrite: "on" }, file)),
    ).toMatchObject({ ok: true, written: 1 });
    expect((await pairs())[2]!.textEn).toBe("Third paragraph, from the CAT tool.");
  });

  it("refuses to apply when the text changed after the preview, changing nothing", async () => {
    const file = { name: "ritorno.xlf", text: writeXliff21(translated(await exported(), { 2: { textEn: "Second paragraph." } })) };
    const shown = await preview(reviewer, file);
    const second = (await pairs())[1]!;
    await saveText(db, translator, { paragraphId: second.id, baseVersion: second.version, language: "en", text: "Second, meanwhile." });
    const before = await snapshotTables(db);
    const refused = await updateTextFromFile(db, reviewer, form({ intent: "apply", expect: shown.preview.token }, file));
    expect(refused).toMatchObject({ ok: false, status: 409, error: "changed-since-preview" });
    if (refused.ok || refused.error !== "changed-since-preview") throw new Error("not refused");
    expect(refused.preview.counts.conflict).toBe(1);
    expect(await snapshotTables(db)).toEqual(before);
  });

  it("matches units by their Italian when the ids do not name them, and leaves units whose source was edited unmatched", async () => {
    const document = await exported();
    // Another tool's TMX: no versions, no statuses, no notes, units in another order.
    const foreign = `<?xml version="1.0"?><tmx version="1.4"><header srclang="it" segtype="paragraph" o-tmf="x" adminlang="en" datatype="plaintext" creationtool="OmegaT" creationtoolversion="6"/><body>
      <tu tuid="9"><tuv xml:lang="it-IT"><seg>Quarto paragrafo.</seg></tuv><tuv xml:lang="en-GB"><seg>Fourth paragraph.</seg></tuv></tu>
      <tu><tuv xml:lang="it"><seg>Terzo paragrafo.</seg></tuv><tuv xml:lang="en"><seg>Third paragraph.</seg></tuv></tu>
      <tu><tuv xml:lang="it"><seg>Un paragrafo che non c'è.</seg></tuv><tuv xml:lang="en"><seg>Not here.</seg></tuv></tu>
    </body></tmx>`;
    const shown = await preview(translator, { name: "omegat.tmx", text: foreign });
    expect(shown.preview.counts).toEqual({ unchanged: 0, changed: 2, conflict: 0, unmatched: 1 });
    expect(shown.preview.unversioned).toBe(3);
    expect(shown.preview.untouched).toBe(2);
    expect(shown.preview.rows.map((row) => [row.kind, row.position, row.matchedBy])).toEqual([
      ["changed", 4, "source"],
      ["changed", 3, "source"],
      ["unmatched", null, null],
    ]);
    await updateTextFromFile(db, translator, form({ intent: "apply", expect: shown.preview.token }, { name: "omegat.tmx", text: foreign }));
    const after = await pairs();
    // A file without a note keeps the pair's; without a status, new English is "translated".
    expect(after[2]).toMatchObject({ textEn: "Third paragraph.", translatorNote: "Check the spelling.", status: "translated" });
    expect(after[3]).toMatchObject({ textEn: "Fourth paragraph.", status: "translated" });
    expect(document.paragraphs).toHaveLength(4);
  });

  it("refuses a glossary file, a missing file, an unknown text and a file of another text, changing nothing", async () => {
    const before = await snapshotTables(db);
    const tbx = `<?xml version="1.0"?><tbx type="TBX-Basic" style="dca" xml:lang="it" xmlns="urn:iso:std:iso:30042:ed-2"><tbxHeader><fileDesc><sourceDesc><p>x</p></sourceDesc></fileDesc></tbxHeader><text><body/></text></tbx>`;
    expect(await updateTextFromFile(db, reviewer, form({ intent: "preview" }, { name: "terms.tbx", text: tbx }))).toMatchObject({
      ok: false,
      error: "refused",
    });
    expect(await updateTextFromFile(db, reviewer, form({ intent: "preview" }))).toMatchObject({ ok: false, error: "missing-file" });
    const file = { name: "ritorno.xlf", text: writeXliff21(await exported()) };
    const elsewhere = form({ intent: "preview" }, file);
    elsewhere.set("slug", "non-esiste");
    expect(await updateTextFromFile(db, reviewer, elsewhere)).toMatchObject({ ok: false, status: 404 });
    const other = writeXliff21({
      ...(await exported()),
      paragraphs: [{ textIt: "Altro.", textEn: "Other.", translatorNote: null, headingLevel: null }],
    });
    expect(await updateTextFromFile(db, reviewer, form({ intent: "apply" }, { name: "altro.xlf", text: other }))).toMatchObject({
      ok: false,
      error: "no-match",
    });
    expect(await updateTextFromFile(db, null, form({ intent: "preview" }, file))).toMatchObject({ ok: false, status: 401 });
    expect(await snapshotTables(db)).toEqual(before);
  });

  it("never lets a translator publish or decide through a file: a note on an approved pair, a reviewer's reason", async () => {
    const first = (await pairs())[0]!;
    const { sendBack } = await import("@/lib/review/review-decision");
    const third = (await pairs())[2]!;
    expect(await sendBack(db, reviewer, { paragraphId: third.id, baseVersion: third.version, reason: "Spelling." })).toMatchObject({
      ok: true,
    });
    const file = {
      name: "ritorno.xlf",
      text: writeXliff21(
        translated(await exported(), {
          1: { translatorNote: "A note nobody reviewed." },
          3: { statusReason: "Never mind, it is fine." },
        }),
      ),
    };
    const shown = await preview(translator, file);
    expect(shown.preview.rows.map((row) => [row.position, row.statusAfter, row.held, row.noteChanged])).toEqual([
      [1, "translated", true, true],
    ]);
    await updateTextFromFile(db, translator, form({ intent: "apply", expect: shown.preview.token }, file));
    const after = await pairs();
    // The approved pair goes back to review with its new note; readers keep the approved one.
    expect(after[0]).toMatchObject({
      status: "translated",
      translatorNote: "A note nobody reviewed.",
      approvedNote: null,
      version: first.version + 1,
    });
    expect(after[2]).toMatchObject({ status: "needs_changes", statusReason: "Spelling." });
  });

  it("takes a unit found by its Italian alone, in a file of ours, as edited since: a conflict, not a silent change", async () => {
    const document = await exported();
    // The file's ids shifted by one (a pair was inserted before them in the CAT tool), so only the Italian finds each pair.
    const shifted = writeXliff21({
      ...document,
      paragraphs: [document.paragraphs[0]!, { ...document.paragraphs[2]!, textEn: "Third, from the CAT tool." }],
    }).replace('id="u2"', 'id="u7"');
    const shown = await preview(reviewer, { name: "ritorno.xlf", text: shifted });
    expect(shown.preview.rows.map((row) => [row.kind, row.position, row.matchedBy])).toEqual([["conflict", 3, "source"]]);
  });

  it("keeps a status decided after the export where the file only repeats the old one", async () => {
    const file = { name: "ritorno.xlf", text: writeXliff21(translated(await exported(), { 2: { textEn: "Second paragraph." } })) };
    const third = (await pairs())[2]!;
    const { approvePair } = await import("@/lib/review/review-decision");
    expect(await approvePair(db, reviewer, { paragraphId: third.id, baseVersion: third.version })).toMatchObject({ ok: true });
    const shown = await preview(reviewer, file);
    // The file still says "translated" for the third pair, approved since: it stays approved.
    expect(shown.preview.counts).toEqual({ unchanged: 3, changed: 1, conflict: 0, unmatched: 0 });
    await updateTextFromFile(db, reviewer, form({ intent: "apply", expect: shown.preview.token }, file));
    expect((await pairs())[2]!.status).toBe("approved");
  });
});
