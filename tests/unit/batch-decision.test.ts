// A reviewer's decision on many pairs at once (lib/review/batch-decision.ts): each pair
// version-checked, a pair changed since the list was shown skipped and named, one
// revision per pair decided, refusals change nothing.
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { createUser, type SessionUser } from "@/lib/auth/accounts";
import { ReaderChanges } from "@/lib/core/mutation";
import { db } from "@/lib/db";
import { storeDocument } from "@/lib/import/store-document";
import { decideBatch } from "@/lib/review/batch-decision";
import { saveText } from "@/lib/review/edit-paragraph";
import { snapshotTables } from "../support/snapshot";

const SLUG = "lotto";
const PAIRS = 1_000;
let translator: SessionUser;
let reviewer: SessionUser;

beforeAll(async () => {
  translator = await createUser(db, { username: "lucia", displayName: "Lucia", role: "translator", password: "correct horse battery" });
  reviewer = await createUser(db, { username: "pietro", displayName: "Pietro", role: "reviewer", password: "correct horse battery" });
  await storeDocument(
    db,
    {
      slug: SLUG,
      titleIt: "Lotto",
      titleEn: "Batch",
      originalTitle: "Lotto",
      sourceName: "Prova",
      attribution: "Prova",
      paragraphs: Array.from({ length: PAIRS }, (_, index) => ({
        textIt: `Il paragrafo numero ${index + 1}.`,
        textEn: `Paragraph number ${index + 1}.`,
        status: "translated" as const,
      })),
    },
    { origin: "import" },
  );
});

afterEach(() => {
  delete process.env.REVIEW_FOUR_EYES;
});

const pairs = () => db.paragraph.findMany({ where: { document: { slug: SLUG } }, orderBy: { position: "asc" } });
const asShown = (rows: Awaited<ReturnType<typeof pairs>>) => rows.map((row) => ({ paragraphId: row.id, baseVersion: row.version }));

describe("batch decisions", () => {
  it("refuses a translator, a sending back without a reason and an empty selection, changing nothing", async () => {
    const shown = asShown(await pairs());
    const before = await snapshotTables(db);
    expect(await decideBatch(db, translator, { slug: SLUG, decision: "approve", pairs: shown })).toMatchObject({ ok: false, status: 403 });
    expect(await decideBatch(db, reviewer, { slug: SLUG, decision: "send-back", reason: "  ", pairs: shown })).toMatchObject({
      ok: false,
      error: "invalid",
      field: "reason",
    });
    expect(await decideBatch(db, reviewer, { slug: SLUG, decision: "approve", pairs: [] })).toMatchObject({ field: "pairs" });
    expect(await decideBatch(db, null, { slug: SLUG, decision: "approve", pairs: shown })).toMatchObject({ status: 401 });
    expect(await snapshotTables(db)).toEqual(before);
  });

  it("approves 1,000 pairs but the one edited after the list was shown, which it names", async () => {
    const shown = await pairs();
    // Someone edits pair 500 while the reviewer looks at the list.
    const edited = shown[499]!;
    expect(
      await saveText(db, translator, {
        paragraphId: edited.id,
        language: "en",
        text: "Paragraph five hundred.",
        baseVersion: edited.version,
      }),
    ).toMatchObject({ ok: true });
    const revisionsBefore = await db.revision.count();
    const changes = new ReaderChanges();

    const answer = await decideBatch(db, reviewer, { slug: SLUG, decision: "approve", pairs: asShown(shown) }, { changes });
    expect(answer).toEqual({ ok: true, decided: PAIRS - 1, skipped: [{ paragraphId: edited.id, position: 500, why: "changed" }] });
    // One revision per pair decided; readers' pages of this text renewed, once.
    expect((await db.revision.count()) - revisionsBefore).toBe(PAIRS - 1);
    expect([...changes.texts]).toEqual([SLUG]);
    const after = await pairs();
    expect(after.filter((pair) => pair.status === "approved")).toHaveLength(PAIRS - 1);
    // Published as one approval publishes: both texts, the note and links, who and when.
    expect(after[0]).toMatchObject({
      approvedEn: "Paragraph number 1.",
      approvedIt: "Il paragrafo numero 1.",
      approvedNote: after[0]!.translatorNote,
      approvedSentenceLinks: after[0]!.sentenceLinks,
      statusReason: null,
      reviewedById: reviewer.id,
      version: shown[0]!.version + 1,
    });
    expect(Math.abs(after[0]!.reviewedAt!.getTime() - Date.now())).toBeLessThan(60_000);
    const decision = await db.revision.findFirstOrThrow({ where: { paragraphId: after[0]!.id }, orderBy: { id: "desc" } });
    expect(decision).toMatchObject({
      before: "Paragraph number 1.",
      after: "Paragraph number 1.",
      status: "approved",
      authorId: reviewer.id,
    });
    // The edited pair keeps its new English, unpublished, for a decision of its own.
    expect(after[499]).toMatchObject({ status: "translated", textEn: "Paragraph five hundred.", approvedEn: null });
  });

  it("sends back with one reason, and under the four-eyes policy leaves a reviewer's own English to another", async () => {
    const [first, second] = await pairs();
    expect(
      await saveText(db, reviewer, { paragraphId: first!.id, language: "en", text: "The first paragraph.", baseVersion: first!.version }),
    ).toMatchObject({ ok: true });
    process.env.REVIEW_FOUR_EYES = "1";
    const current = await pairs();
    const approving = await decideBatch(db, reviewer, { slug: SLUG, decision: "approve", pairs: asShown(current.slice(0, 2)) });
    expect(approving).toMatchObject({ ok: true, decided: 1, skipped: [{ position: 1, why: "four-eyes" }] });

    const now = await pairs();
    const back = await decideBatch(db, reviewer, {
      slug: SLUG,
      decision: "send-back",
      reason: "Use the house style for numbers.",
      pairs: asShown(now.slice(0, 3)),
    });
    expect(back).toEqual({ ok: true, decided: 3, skipped: [] });
    const sent = (await pairs()).slice(0, 3);
    expect(sent.map((pair) => [pair.status, pair.statusReason])).toEqual(
      Array.from({ length: 3 }, () => ["needs_changes", "Use the house style for numbers."]),
    );
    expect(second).toBeDefined();
    // A pair of another text is not this text's: named as not found.
    const other = await decideBatch(db, reviewer, { slug: "nessun-testo", decision: "approve", pairs: asShown(now.slice(0, 1)) });
    expect(other).toMatchObject({ ok: true, decided: 0, skipped: [{ why: "not-found", position: null }] });
  });
});
