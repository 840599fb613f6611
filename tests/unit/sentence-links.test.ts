// A reviewer fixes a pair's sentence links (lib/review/sentence-links.ts): validated,
// versioned, in the history, published with the pair's approval, kept and flagged once the words move.
import { beforeAll, describe, expect, it } from "vitest";
import { createUser, type SessionUser } from "@/lib/auth/accounts";
import { db } from "@/lib/db";
import { getGlossaryMatchers } from "@/lib/glossary";
import { storeDocument } from "@/lib/import/store-document";
import { getDocumentInfo, getPublishedPairs } from "@/lib/library";
import { buildReaderPairs } from "@/lib/reader/reader-pairs";
import { checkPair } from "@/lib/review/checks";
import { revertToRevision, saveText } from "@/lib/review/edit-paragraph";
import { approvePair } from "@/lib/review/review-decision";
import { relinkSentences, workingSentences } from "@/lib/review/sentence-links";
import { snapshotTables } from "../support/snapshot";

const SLUG = "legami";
const ITALIAN =
  "Nel 1996 nacque il gruppo dei Cinque di Shanghai. Nel 2001 divenne la SCO, con l’ingresso dell’Uzbekistan. L’India e il Pakistan vi entrarono nel 2017.";
const ENGLISH = "In 1996 the Shanghai Five group was born. India and Pakistan joined it in 2017.";

let translator: SessionUser;
let reviewer: SessionUser;

beforeAll(async () => {
  translator = await createUser(db, { username: "giulia", displayName: "Giulia", role: "translator", password: "correct horse battery" });
  reviewer = await createUser(db, { username: "marco", displayName: "Marco", role: "reviewer", password: "correct horse battery" });
  await storeDocument(
    db,
    {
      slug: SLUG,
      titleIt: "Legami",
      titleEn: "Links",
      originalTitle: "Legami",
      sourceName: "Prova",
      attribution: "Prova",
      paragraphs: [{ textIt: ITALIAN, textEn: ENGLISH, status: "approved" }],
    },
    { origin: "import" },
  );
});

const stored = () => db.paragraph.findFirstOrThrow({ where: { document: { slug: SLUG } } });
type StoredPair = Awaited<ReturnType<typeof stored>>;
/** The translator rewrites the pair's English; the pair as stored after. */
const editEnglish = async (text: string) => {
  const pair = await stored();
  expect(await saveText(db, translator, { paragraphId: pair.id, language: "en", text, baseVersion: pair.version })).toMatchObject({
    ok: true,
  });
  return stored();
};
const warningCodes = async (pair: StoredPair) =>
  checkPair(pair, { matchers: await getGlossaryMatchers(), norm: { median: 1 } }).map((warning) => warning.code);
const readerLinks = async () => {
  const document = (await getDocumentInfo(SLUG))!;
  const [pair] = buildReaderPairs(await getPublishedPairs(document.id, 1, 1), await getGlossaryMatchers()).pairs;
  return { it: pair!.sentences?.it.map((sentence) => sentence.link), en: pair!.sentences?.en.map((sentence) => sentence.link) };
};

describe("fixing sentence links by hand", () => {
  it("shows the aligner's links first: the English lost the middle sentence", async () => {
    const working = workingSentences(await stored(), await getGlossaryMatchers());
    expect(working?.links.fixed).toBe(false);
    expect([working?.links.it.map((s) => s.link), working?.links.en.map((s) => s.link)]).toEqual([
      [0, 1, 2],
      [0, 2],
    ]);
    expect(await readerLinks()).toEqual({ it: [0, 1, 2], en: [0, 2] });
  });

  it("refuses links that do not make an alignment, or come from an older version, changing nothing", async () => {
    const pair = await stored();
    const before = await snapshotTables(db);
    const relink = (it: number[], en: number[], baseVersion = pair.version) =>
      relinkSentences(db, reviewer, { paragraphId: pair.id, baseVersion, it, en });
    expect(await relink([2, 1, 3], [1, 3])).toMatchObject({ ok: false, status: 422, error: "invalid-links", problem: "order" });
    expect(await relink([1, 1, 3], [1, 3])).toMatchObject({ ok: false, error: "invalid-links", problem: "gap" });
    expect(await relink([1, 2], [1, 2])).toMatchObject({ ok: false, error: "invalid-links", problem: "count" });
    expect(await relink([1, 2, 2], [1, 2], pair.version - 1 || 99)).toMatchObject({ ok: false, status: 409 });
    // Someone signed out.
    expect(await relinkSentences(db, null, { paragraphId: pair.id, baseVersion: pair.version, it: [1, 2, 2], en: [1, 2] })).toMatchObject({
      ok: false,
      status: 401,
    });
    expect(await snapshotTables(db)).toEqual(before);
  });

  it("saves a fix as a new version with a revision, for review; readers see it once the pair is approved", async () => {
    const pair = await stored();
    // The reviewer reads the middle Italian sentence as part of the last English one.
    const saved = await relinkSentences(db, translator, { paragraphId: pair.id, baseVersion: pair.version, it: [1, 2, 2], en: [1, 2] });
    expect(saved).toMatchObject({ ok: true, version: pair.version + 1, status: "translated", unchanged: false });
    const revision = await db.revision.findFirstOrThrow({ where: { paragraphId: pair.id, field: "links" } });
    expect(revision).toMatchObject({
      before: "it 1 = en 1 · it 2 = en – · it 3 = en 2",
      after: "it 1 = en 1 · it 2+3 = en 2",
      authorId: translator.id,
    });
    const matchers = await getGlossaryMatchers();
    const working = workingSentences(await stored(), matchers);
    expect(working?.links.fixed).toBe(true);
    // A sentence left alone by hand was left alone on purpose: no warning; here none is alone.
    const lone = (pair: StoredPair) =>
      checkPair(pair, { matchers, norm: { median: 1 } }).filter((warning) => warning.code === "lone-sentence");
    expect(lone(await stored())).toEqual([]);
    // Not approved yet: readers keep the aligner's links.
    expect(await readerLinks()).toEqual({ it: [0, 1, 2], en: [0, 2] });

    const approved = await approvePair(db, reviewer, { paragraphId: pair.id, baseVersion: pair.version + 1 });
    expect(approved).toMatchObject({ ok: true });
    expect(await readerLinks()).toEqual({ it: [0, 1, 1], en: [0, 1] });
    // The same links again: nothing to save.
    const again = await stored();
    expect(
      await relinkSentences(db, reviewer, { paragraphId: again.id, baseVersion: again.version, it: [1, 2, 2], en: [1, 2] }),
    ).toMatchObject({
      ok: true,
      unchanged: true,
    });
  });

  it("does not restore a links revision as a text", async () => {
    const pair = await stored();
    const revision = await db.revision.findFirstOrThrow({ where: { paragraphId: pair.id, field: "links" } });
    expect(await revertToRevision(db, reviewer, { revisionId: revision.id, baseVersion: pair.version })).toMatchObject({
      ok: false,
      status: 404,
    });
  });

  it("keeps the fix when the words change but not the sentences, flagged for a look until the links are saved again", async () => {
    const moved = await editEnglish(
      "In 1996 the Shanghai Five group was born; in 2001 it became the SCO. India and Pakistan joined the organisation in 2017.",
    );
    const matchers = await getGlossaryMatchers();
    const working = workingSentences(moved, matchers);
    expect(working).toMatchObject({ stale: "moved", links: { fixed: true, moved: true } });
    expect([working?.links.it.map((s) => s.link), working?.links.en.map((s) => s.link)]).toEqual([
      [0, 1, 1],
      [0, 1],
    ]);
    expect(await warningCodes(moved)).toContain("links-moved");
    expect(await warningCodes(moved)).not.toContain("lone-sentence");

    // The same links saved again confirm the fix for these words.
    const confirmed = await relinkSentences(db, reviewer, { paragraphId: moved.id, baseVersion: moved.version, it: [1, 2, 2], en: [1, 2] });
    expect(confirmed).toMatchObject({ ok: true, unchanged: false, version: moved.version + 1 });
    expect(workingSentences(await stored(), matchers)).toMatchObject({ stale: null, links: { fixed: true, moved: false } });
    expect(await warningCodes(await stored())).not.toContain("links-moved");
  });

  it("goes stale when the sentences change: the aligner's links stand again, flagged for a look", async () => {
    const edited = await editEnglish(
      "In 1996 the Shanghai Five group was born. In 2001 it became the SCO. India and Pakistan joined it in 2017.",
    );
    const working = workingSentences(edited, await getGlossaryMatchers());
    expect(working).toMatchObject({ stale: "dropped", links: { fixed: false } });
    expect(await warningCodes(edited)).toContain("links-moved");
    expect(working?.links.en.map((sentence) => sentence.link)).toEqual([0, 1, 2]);
  });
});
