// A new version of a text's Italian (lib/import/new-source-form.ts): aligned with the old
// one, previewed, and applied in one transaction keeping the translations of what did
// not change and sending corrected paragraphs back to review; or refused changing nothing.
import { beforeEach, describe, expect, it } from "vitest";
import { createUser, type SessionUser } from "@/lib/auth/accounts";
import { db } from "@/lib/db";
import { replaceSource, type NewSourceOutcome } from "@/lib/import/new-source-form";
import { storeDocument } from "@/lib/import/store-document";
import { addComment } from "@/lib/review/comments";
import { snapshotTables } from "../support/snapshot";
import { english, italian } from "./import-texts";

const SLUG = "nuova-versione";
let admin: SessionUser;
let reviewer: SessionUser;
let users = 0;

beforeEach(async () => {
  await db.document.deleteMany({ where: { slug: SLUG } });
  users += 1;
  const password = "correct horse battery";
  admin = await createUser(db, { username: `editrice${users}`, displayName: "Editrice", role: "admin", password });
  reviewer = await createUser(db, { username: `revisore${users}`, displayName: "Revisore", role: "reviewer", password });
  // The seed article, published, with an English the Italian lacks after pair 3 (as the aligner leaves a 0:1).
  const paragraphs = italian.map((textIt, index) => ({ textIt, textEn: english[index]!, status: "approved" as const }));
  paragraphs.splice(3, 0, { textIt: "", textEn: "A translator's aside.", status: "approved" as const });
  await storeDocument(
    db,
    {
      slug: SLUG,
      titleIt: "Cina e Kazakhstan",
      titleEn: "China and Kazakhstan",
      originalTitle: "Cina e Kazakhstan",
      sourceName: "C.E.S.I.",
      attribution: "Fonte: C.E.S.I.",
      paragraphs,
    },
    { origin: "import" },
  );
});

const ADDED = "Un paragrafo del tutto nuovo, scritto per la seconda edizione del testo.";

/** The corrected source: paragraph 1 corrected, 4 dropped, 7 split, 10 and 11 joined, one added at the end, a new title. */
function newVersion(): { file: string; paragraphs: string[] } {
  const fresh = [...italian];
  fresh[1] = fresh[1]!.replace("il quale ha incontrato", "dove ha incontrato");
  fresh.splice(4, 1);
  const [first, ...rest] = fresh[6]!.split(", ");
  fresh.splice(6, 1, `${first}.`, rest.join(", "));
  fresh.splice(10, 2, `${fresh[10]} ${fresh[11]}`);
  fresh.push(ADDED);
  return { file: ["Cina e Kazakhstan, seconda edizione", ...fresh, "Fonte: C.E.S.I."].join("\n\n"), paragraphs: fresh };
}

function form(fields: Record<string, string>, text: string, name = "cina-kazakhstan-2.txt"): FormData {
  const data = new FormData();
  data.set("slug", SLUG);
  for (const [field, value] of Object.entries(fields)) data.set(field, value);
  data.set("file", new File([text], name));
  return data;
}

async function previewOf(text: string): Promise<Extract<NewSourceOutcome, { applied: false }>> {
  const outcome = await replaceSource(db, admin, form({ intent: "preview" }, text));
  if (!outcome.ok || outcome.applied) throw new Error(`no preview: ${JSON.stringify(outcome)}`);
  return outcome;
}

const pairs = () =>
  db.paragraph.findMany({
    where: { document: { slug: SLUG } },
    orderBy: { position: "asc" },
    include: { revisions: true, comments: true },
  });

describe("replacing the Italian with a new version", () => {
  it("previews each change, then keeps unchanged pairs, sends corrected ones back to review and drops what the new version drops", async () => {
    const before = await pairs();
    const joinedAway = before.find((pair) => pair.textIt === italian[11])!;
    await addComment(db, reviewer, { paragraphId: joinedAway.id, body: "Is this sentence right?" });
    await addComment(db, reviewer, {
      paragraphId: before.find((pair) => pair.textIt === italian[4])!.id,
      body: "A thread on a dropped paragraph.",
    });
    // The second of the two pairs to be joined was never published in English; the corrected one carries an old reason.
    await db.paragraph.update({ where: { id: joinedAway.id }, data: { approvedEn: null, status: "translated" } });
    await db.paragraph.update({
      where: { id: before.find((pair) => pair.textIt === italian[1])!.id },
      data: { statusReason: "Vecchio motivo" },
    });
    const version = newVersion();
    const { preview } = await previewOf(version.file);
    expect(preview).toMatchObject({
      titleBefore: "Cina e Kazakhstan",
      titleAfter: "Cina e Kazakhstan, seconda edizione",
      counts: { same: 10, changed: 1, removed: 1, split: 1, joined: 1, added: 1 },
      stale: 3,
      dropped: 1,
      commentsDropped: 1,
    });
    const corrected = preview.rows.find((row) => row.kind === "changed")!;
    expect(corrected).toMatchObject({ position: 2, newPosition: 2, english: english[1] });
    expect(corrected.diff).toEqual(
      expect.arrayContaining([
        { kind: "removed", text: "il quale" },
        { kind: "added", text: "dove" },
      ]),
    );

    const outcome = await replaceSource(db, admin, form({ intent: "apply", expect: preview.token }, version.file));
    expect(outcome).toMatchObject({ ok: true, applied: true, pairs: 16 });

    const after = await pairs();
    expect(after.map((pair) => pair.position)).toEqual(after.map((_, index) => index + 1));
    // The new version's paragraphs in order, the translator's aside still after the third.
    expect(after.map((pair) => pair.textIt)).toEqual([...version.paragraphs.slice(0, 3), "", ...version.paragraphs.slice(3)]);
    const byId = new Map(before.map((pair) => [pair.id, pair]));
    // Unchanged pairs: the same rows, untouched but for their place.
    const same = after.filter((pair) => pair.textIt !== "" && byId.get(pair.id)?.textIt === pair.textIt);
    expect(same).toHaveLength(10);
    for (const pair of same)
      expect(pair).toMatchObject({ status: "approved", version: byId.get(pair.id)!.version, textEn: byId.get(pair.id)!.textEn });

    // Corrected: the English kept and sent back, readers still shown the old consistent pair.
    expect(after[1]!.statusReason).toBeNull();
    expect(after[1]).toMatchObject({
      id: before[1]!.id,
      textEn: english[1],
      status: "needs_changes",
      approvedIt: italian[1],
      approvedEn: english[1],
    });
    expect(after[1]!.revisions.at(-1)).toMatchObject({
      language: "it",
      before: italian[1],
      after: version.paragraphs[1],
      authorId: admin.id,
      origin: "import",
    });
    // Dropped: italian[4]'s pair is gone.
    expect(after.some((pair) => pair.textIt === italian[4])).toBe(false);
    // Split: the first half keeps the English (to review) and readers the whole old pair; the second is new, without
    // English, and not shown to readers a second time meanwhile.
    const split = after.findIndex((pair) => pair.textIt === version.paragraphs[6]);
    expect(after[split]).toMatchObject({ textEn: english[7], status: "needs_changes", approvedIt: italian[7], approvedEn: english[7] });
    expect(after[split + 1]).toMatchObject({
      textIt: version.paragraphs[7],
      textEn: "",
      status: "draft",
      approvedIt: "",
    });
    // Joined: both Englishes, readers shown both old pairs joined; the other pair's history and thread moved with it.
    const joined = after.find((pair) => pair.textIt === `${italian[10]} ${italian[11]}`)!;
    // Only one of the two was published in English: readers get both Italians and no English until a reviewer approves.
    expect(joined).toMatchObject({
      textEn: `${english[10]} ${english[11]}`,
      status: "needs_changes",
      approvedIt: `${italian[10]} ${italian[11]}`,
      approvedEn: null,
    });
    expect(joined.comments.map((comment) => comment.body)).toEqual(["Is this sentence right?"]);
    expect(joined.revisions.some((revision) => revision.after === english[11])).toBe(true);
    expect(after.at(-1)).toMatchObject({ textIt: ADDED, textEn: "", status: "draft" });
    expect((await db.document.findUniqueOrThrow({ where: { slug: SLUG } })).titleIt).toBe("Cina e Kazakhstan, seconda edizione");
  });

  it("changes nothing for the same text again, and refuses a preview made stale by an edit meanwhile", async () => {
    // The title in capitals, as the source site sets it: the glossary's proper names come back, so it is no change.
    await db.glossaryTerm.deleteMany({ where: { slug: "prova-kazakhstan" } });
    await db.glossaryTerm.create({
      data: {
        slug: "prova-kazakhstan",
        kind: "place",
        termIt: "Kazakhstan",
        termEn: "Kazakhstan",
        definitionIt: "",
        definitionEn: "",
        forms: { create: [{ language: "it", form: "Kazakhstan" }] },
      },
    });
    const same = await previewOf(["CINA E KAZAKHSTAN", ...italian, "Fonte: C.E.S.I."].join("\n\n"));
    expect(same.preview.counts).toMatchObject({ same: 15, changed: 0, added: 0, removed: 0 });
    expect(same.preview.titleAfter).toBe("Cina e Kazakhstan");

    const version = newVersion();
    const { preview: shown } = await previewOf(version.file);
    const [first] = await pairs();
    await db.paragraph.update({ where: { id: first!.id }, data: { version: { increment: 1 } } });
    const snapshot = await snapshotTables(db);
    const outcome = await replaceSource(db, admin, form({ intent: "apply", expect: shown.token }, version.file));
    expect(outcome).toMatchObject({ ok: false, status: 409, error: "changed-since-preview" });
    expect(await snapshotTables(db)).toEqual(snapshot);
  });

  it("changes only the kind of a paragraph whose words stay: a heading become body text keeps its English and status", async () => {
    await db.document.deleteMany({ where: { slug: SLUG } });
    await storeDocument(
      db,
      {
        slug: SLUG,
        titleIt: "Titolo",
        titleEn: "Title",
        originalTitle: "Titolo",
        sourceName: "Prova",
        attribution: "Prova",
        paragraphs: [
          { textIt: "Le origini", textEn: "The origins", status: "approved", headingLevel: 2 },
          { textIt: italian[0]!, textEn: english[0]!, status: "approved" },
        ],
      },
      { origin: "import" },
    );
    const text = ["Titolo", "Le origini", italian[0], "Fonte: Prova"].join("\n\n");
    const { preview } = await previewOf(text);
    expect(preview).toMatchObject({ counts: { changed: 1, same: 1 }, stale: 0 });
    expect(await replaceSource(db, admin, form({ intent: "apply", expect: preview.token }, text))).toMatchObject({
      ok: true,
      applied: true,
    });
    const [heading] = await pairs();
    expect(heading).toMatchObject({
      textIt: "Le origini",
      headingLevel: null,
      status: "approved",
      textEn: "The origins",
      approvedEn: "The origins",
    });
  });

  it("is for admins, and refuses a file that is not a text, changing nothing", async () => {
    const snapshot = await snapshotTables(db);
    expect(await replaceSource(db, reviewer, form({ intent: "preview" }, newVersion().file))).toMatchObject({ ok: false, status: 403 });
    const binary = await replaceSource(db, admin, form({ intent: "preview" }, "\u0000\u0001PK binary", "versione.txt"));
    expect(binary).toMatchObject({ ok: false, status: 422, error: "refused" });
    const none = await replaceSource(db, admin, form({ intent: "preview", slug: "nessun-testo" }, newVersion().file));
    expect(none).toMatchObject({ ok: false, status: 404 });
    expect(await snapshotTables(db)).toEqual(snapshot);
  });
});
