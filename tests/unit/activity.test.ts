// The team's recent activity (lib/review/activity.ts): what signed-in people did and
// readers reported, newest first across texts, paged; imports are not news; each
// text's open comments and reports counted.
import { beforeAll, describe, expect, it } from "vitest";
import { createUser, type SessionUser } from "@/lib/auth/accounts";
import { db } from "@/lib/db";
import { storeDocument } from "@/lib/import/store-document";
import { ACTIVITY_PAGE_SIZE, getActivity, openThreads } from "@/lib/review/activity";
import { addComment, fileReport, resolveComment } from "@/lib/review/comments";
import { saveText } from "@/lib/review/edit-paragraph";
import { approvePair } from "@/lib/review/review-decision";

let translator: SessionUser;
let reviewer: SessionUser;

beforeAll(async () => {
  translator = await createUser(db, { username: "anna", displayName: "Anna", role: "translator", password: "correct horse battery" });
  reviewer = await createUser(db, { username: "bruno", displayName: "Bruno", role: "reviewer", password: "correct horse battery" });
  for (const slug of ["primo", "secondo"]) {
    await storeDocument(
      db,
      {
        slug,
        titleIt: `Testo ${slug}`,
        titleEn: `Text ${slug}`,
        originalTitle: slug,
        sourceName: "Prova",
        attribution: "Prova",
        paragraphs: Array.from({ length: 40 }, (_, index) => ({ textIt: `Paragrafo ${index + 1}.`, textEn: "", status: "draft" as const })),
      },
      { origin: "import" },
    );
  }
});

const pair = (slug: string, position: number) => db.paragraph.findFirstOrThrow({ where: { document: { slug }, position } });

describe("the team's activity", () => {
  it("lists what people did and readers reported, newest first across texts, but not the import", async () => {
    expect((await getActivity(1)).entries).toEqual([]);
    const first = await pair("primo", 3);
    await saveText(db, translator, { paragraphId: first.id, language: "en", text: "Paragraph 3.", baseVersion: first.version });
    const saved = await pair("primo", 3);
    await approvePair(db, reviewer, { paragraphId: saved.id, baseVersion: saved.version });
    const other = await pair("secondo", 7);
    await addComment(db, translator, { paragraphId: other.id, body: "Is “paragrafo” a heading here?" });
    await fileReport(db, null, { slug: "secondo", position: 8, body: "A typo in the English." }, { address: "203.0.113.9" });

    const { entries, more } = await getActivity(1);
    expect(more).toBe(false);
    expect(
      entries.map((entry) => [entry.kind === "revision" ? entry.event : entry.origin, entry.who, entry.document.slug, entry.position]),
    ).toEqual([
      ["reader", null, "secondo", 8],
      ["team", "Anna", "secondo", 7],
      ["approved", "Bruno", "primo", 3],
      ["edited", "Anna", "primo", 3],
    ]);
    expect(await openThreads()).toEqual(new Map([["secondo", { team: 1, reader: 1 }]]));
    const comment = await db.comment.findFirstOrThrow({ where: { origin: "team" } });
    expect(await resolveComment(db, reviewer, { commentId: comment.id, resolved: true })).toEqual({ ok: true });
    expect(await openThreads()).toEqual(new Map([["secondo", { team: 0, reader: 1 }]]));
  });

  it("pages by thirty", async () => {
    for (let position = 1; position <= 35; position++) {
      const row = await pair("primo", position);
      await saveText(db, translator, { paragraphId: row.id, language: "en", text: `Page test ${position}.`, baseVersion: row.version });
    }
    const first = await getActivity(1);
    const second = await getActivity(2);
    expect(first.entries).toHaveLength(ACTIVITY_PAGE_SIZE);
    expect(first.more).toBe(true);
    expect(first.entries[0]).toMatchObject({ kind: "revision", position: 35 });
    expect(second.entries[0]).toMatchObject({ position: 5 });
    expect(new Set([...first.entries, ...second.entries].map((entry) => entry.key)).size).toBe(
      first.entries.length + second.entries.length,
    );
  });
});
