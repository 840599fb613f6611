import { beforeAll, describe, expect, it } from "vitest";
import { createUser, type SessionUser } from "@/lib/auth/accounts";
import { db } from "@/lib/db";
import { realignedEnglish } from "@/lib/align/redistribute";
import { storeDocument } from "@/lib/import/store-document";
import { revisionEvent } from "@/lib/review/history";
import { realignRun } from "@/lib/review/realign";
import { snapshotTables } from "../support/snapshot";
import { english, italian } from "./import-texts";

let translator: SessionUser;
let reviewer: SessionUser;

beforeAll(async () => {
  const password = "correct horse battery";
  translator = await createUser(db, { username: "lia", displayName: "Lia Conti", role: "translator", password });
  reviewer = await createUser(db, { username: "ugo", displayName: "Ugo Ferri", role: "reviewer", password });
});

/**
 * The seed article's first ten pairs as a shifted import leaves them: English 4 went
 * into pair 3 with English 3, so pairs 4 to 8 each hold the next pair's English and
 * pair 9 has none.
 */
function shifted(): { textIt: string; textEn: string; headingLevel: number | null }[] {
  return italian.slice(0, 10).map((textIt, index) => ({
    textIt,
    textEn: index === 3 ? `${english[3]} ${english[4]}` : index < 3 ? english[index]! : index < 9 ? english[index + 1]! : "",
    headingLevel: null,
  }));
}

describe("realignedEnglish", () => {
  it("never cuts an emphasis that runs across sentences", () => {
    // By length the first Italian wants the first sentence alone, which would leave its "*" unclosed.
    const text = "*First sentence. Second sentence,* longer than the first. Third.";
    const run = [
      { textIt: "Prima frase.", textEn: "", headingLevel: null },
      { textIt: "Seconda frase, più lunga della prima. Terza.", textEn: text, headingLevel: null },
    ];
    const english = realignedEnglish(run);
    expect(english.filter(Boolean).join(" ")).toBe(text);
    for (const half of english) expect(half.match(/\*/g)?.length ?? 0).toSatisfy((count: number) => count % 2 === 0);
  });

  it("gives a long paragraph all its sentences, however many", () => {
    const sentences = Array.from({ length: 30 }, (_, index) => `Sentence number ${index + 1} of the long paragraph.`);
    const run = [
      {
        textIt: Array.from({ length: 30 }, (_, index) => `Frase numero ${index + 1} del lungo paragrafo.`).join(" "),
        textEn: sentences.slice(0, 10).join(" "),
        headingLevel: null,
      },
      { textIt: "Un paragrafo breve.", textEn: [...sentences.slice(10), "A short paragraph."].join(" "), headingLevel: null },
    ];
    expect(realignedEnglish(run)).toEqual([sentences.join(" "), "A short paragraph."]);
  });

  it("deals a shifted run's English out again, each pair getting its own paragraph back", () => {
    expect(realignedEnglish(shifted())).toEqual(english.slice(0, 10));
  });

  it("keeps a heading's English and never moves English across it", () => {
    const run = [{ textIt: "Le origini", textEn: "The origins", headingLevel: 2 }, ...shifted()];
    expect(realignedEnglish(run)).toEqual(["The origins", ...english.slice(0, 10)]);
    const [before, after] = [shifted().slice(0, 4), shifted().slice(4)];
    // The heading after pair 3 keeps English 4 in pair 3: it cannot cross into the next section.
    const split = realignedEnglish([...before, { textIt: "Titolo", textEn: "Title", headingLevel: 2 }, ...after]);
    expect(split.slice(0, 4)).toEqual([english[0], english[1], english[2], `${english[3]} ${english[4]}`]);
    expect(split[4]).toBe("Title");
  });
});

async function text(slug: string) {
  await storeDocument(
    db,
    {
      slug,
      titleIt: `Riallineamento ${slug}`,
      originalTitle: `Riallineamento ${slug}`,
      sourceName: "Prova",
      attribution: "Prova",
      paragraphs: shifted().map(({ textIt, textEn }, index) => ({
        textIt,
        textEn,
        status: textEn ? ("approved" as const) : ("draft" as const),
        ...(index === 5 ? { translatorNote: "A note on pair six." } : {}),
      })),
    },
    { origin: "import" },
  );
  return db.paragraph.findMany({ where: { document: { slug } }, orderBy: { position: "asc" } });
}

describe("realignRun", () => {
  it("rewrites only the pairs whose English moves, sends them back to review off the reader, and records the re-alignment", async () => {
    const before = await text("riallinea");
    const outcome = await realignRun(db, reviewer, { paragraphId: before[0]!.id, baseVersion: before[0]!.version, through: 10 });
    expect(outcome).toEqual({ ok: true, position: 1, changed: 7 });

    const after = await db.paragraph.findMany({ where: { document: { slug: "riallinea" } }, orderBy: { position: "asc" } });
    expect(after.map((pair) => pair.textEn)).toEqual(english.slice(0, 10));
    // The first three pairs were right: untouched, still published, at their version.
    for (const index of [0, 1, 2]) {
      expect(after[index]).toMatchObject({ status: "approved", approvedEn: english[index], version: before[index]!.version });
    }
    for (const pair of after.slice(3)) {
      expect(pair).toMatchObject({ status: "translated", approvedEn: null, version: before[pair.position - 1]!.version + 1 });
    }
    expect(after[5]!.translatorNote).toBe("A note on pair six.");
    const revisions = await db.revision.findMany({ where: { alignmentChange: "realign", paragraph: { document: { slug: "riallinea" } } } });
    expect(revisions).toHaveLength(7);
    expect(revisions.every((revision) => revision.authorId === reviewer.id && revision.language === "en")).toBe(true);
    expect(revisionEvent({ ...revisions[0]!, field: "text" })).toBe("realigned");

    // Again: nothing left to move, nothing written.
    const fresh = after[0]!;
    const snapshot = await snapshotTables(db);
    expect(await realignRun(db, reviewer, { paragraphId: fresh.id, baseVersion: fresh.version, through: 10 })).toEqual({
      ok: true,
      position: 1,
      changed: 0,
    });
    expect(await snapshotTables(db)).toEqual(snapshot);
  });

  it("refuses a translator, a stale version, and a run that is not one, changing nothing", async () => {
    const [first] = await text("riallinea-no");
    const snapshot = await snapshotTables(db);
    const ask = (user: SessionUser, input: Record<string, unknown>) =>
      realignRun(db, user, { paragraphId: first!.id, baseVersion: first!.version, through: 10, ...input });
    expect(await ask(translator, {})).toMatchObject({ ok: false, status: 403 });
    expect(await ask(reviewer, { baseVersion: first!.version + 1 })).toMatchObject({ ok: false, status: 409, error: "conflict" });
    expect(await ask(reviewer, { through: 1 })).toMatchObject({ ok: false, status: 422, problem: "range" });
    expect(await ask(reviewer, { through: 60 })).toMatchObject({ ok: false, status: 422, problem: "range" });
    expect(await ask(reviewer, { through: "dieci" })).toMatchObject({ ok: false, status: 422, error: "invalid", field: "through" });
    expect(await snapshotTables(db)).toEqual(snapshot);
  });
});
