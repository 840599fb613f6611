// Find and replace across a text (lib/review/find-replace.ts): literal text, whole
// words in both languages' letters, case; one versioned save per pair, with its
// revision; a pair changed since the preview skipped and named; refusals change nothing.
import { beforeAll, describe, expect, it } from "vitest";
import { createUser, type SessionUser } from "@/lib/auth/accounts";
import { db } from "@/lib/db";
import { storeDocument } from "@/lib/import/store-document";
import { saveText } from "@/lib/review/edit-paragraph";
import { replaceIn, replaceInText } from "@/lib/review/find-replace";
import { snapshotTables } from "../support/snapshot";

describe("replaceIn", () => {
  it("replaces literal text, by default whatever the case and inside words", () => {
    expect(replaceIn("The SCO and the sco (S.C.O.)", { find: "sco", replacement: "SCO", wholeWord: false, caseSensitive: false })).toEqual({
      text: "The SCO and the SCO (S.C.O.)",
      count: 2,
    });
    expect(replaceIn("a.b a+b $1", { find: "a.b", replacement: "$1", wholeWord: false, caseSensitive: true })).toEqual({
      text: "$1 a+b $1",
      count: 1,
    });
  });

  it("keeps to whole words, with accented letters as letters, and to the case when asked", () => {
    const whole = { find: "città", replacement: "paese", wholeWord: true, caseSensitive: true };
    expect(replaceIn("città, cittàdina, Città e la città.", whole)).toEqual({ text: "paese, cittàdina, Città e la paese.", count: 2 });
    expect(
      replaceIn("Defence defences defence", { find: "defence", replacement: "defense", wholeWord: true, caseSensitive: false }),
    ).toEqual({ text: "defense defences defense", count: 2 });
  });
});

describe("replacing across a text", () => {
  const SLUG = "sostituzioni";
  let translator: SessionUser;

  beforeAll(async () => {
    translator = await createUser(db, { username: "marta", displayName: "Marta", role: "translator", password: "correct horse battery" });
    await storeDocument(
      db,
      {
        slug: SLUG,
        titleIt: "Sostituzioni",
        titleEn: "Replacements",
        originalTitle: "Sostituzioni",
        sourceName: "Prova",
        attribution: "Prova",
        paragraphs: Array.from({ length: 50 }, (_, index) => ({
          textIt: `La difesa ${index + 1}.`,
          textEn: `The defence ${index + 1}.`,
          status: "approved" as const,
        })),
      },
      { origin: "import" },
    );
  });

  const pairs = () => db.paragraph.findMany({ where: { document: { slug: SLUG } }, orderBy: { position: "asc" } });
  const search = { slug: SLUG, side: "en", find: "defence", replacement: "defense", wholeWord: true, caseSensitive: false };

  it("refuses the Italian to a translator and an empty search, changing nothing", async () => {
    const shown = (await pairs()).map((pair) => ({ paragraphId: pair.id, baseVersion: pair.version }));
    const before = await snapshotTables(db);
    expect(await replaceInText(db, translator, { ...search, side: "it", find: "difesa", pairs: shown })).toMatchObject({ status: 403 });
    expect(await replaceInText(db, translator, { ...search, find: " ", pairs: shown })).toMatchObject({ error: "invalid", field: "find" });
    expect(await snapshotTables(db)).toEqual(before);
  });

  it("saves each of 50 pairs once, with its revision, and skips the one changed since the preview", async () => {
    const shown = await pairs();
    const seventh = shown[6]!;
    expect(
      await saveText(db, translator, {
        paragraphId: seventh.id,
        language: "en",
        text: "The defence 7, revised.",
        baseVersion: seventh.version,
      }),
    ).toMatchObject({ ok: true });
    const revisionsBefore = await db.revision.count();
    const answer = await replaceInText(db, translator, {
      ...search,
      pairs: shown.map((pair) => ({ paragraphId: pair.id, baseVersion: pair.version })),
    });
    expect(answer).toEqual({ ok: true, replaced: 49, skipped: [{ paragraphId: seventh.id, position: 7, why: "changed" }] });
    expect((await db.revision.count()) - revisionsBefore).toBe(49);
    const after = await pairs();
    expect(after[0]).toMatchObject({ textEn: "The defense 1.", status: "translated", approvedEn: "The defence 1." });
    expect(after[6]).toMatchObject({ textEn: "The defence 7, revised." });
    const revision = await db.revision.findFirstOrThrow({ where: { paragraphId: after[0]!.id }, orderBy: { id: "desc" } });
    expect(revision).toMatchObject({ before: "The defence 1.", after: "The defense 1.", authorId: translator.id });
  });
});
