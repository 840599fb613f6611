import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { SEED_TEXT_FILE, seedLibrary } from "@/prisma/seed/seed-library";
import { EDITORIAL_ORIGIN, editorialPass } from "@/prisma/seed/editorial-pass";
import { glossary } from "@/prisma/seed/glossary";
import { readSharedCorpus } from "../support/files";
import { snapshotTables } from "../support/snapshot";

describe("seedLibrary", () => {
  it("ships the corpus byte for byte as received", () => {
    expect(fs.readFileSync(SEED_TEXT_FILE).equals(readSharedCorpus())).toBe(true);
  });

  it("stores the whole first text, reviewed, with its glossary", async () => {
    const report = await seedLibrary(db);
    expect(report).toEqual({ termsAdded: glossary.length, documentsAdded: ["cesi-cina-kazakhstan"], revisionsAdded: editorialPass.length });

    const document = await db.document.findUniqueOrThrow({
      where: { slug: "cesi-cina-kazakhstan" },
      include: { paragraphs: { orderBy: { position: "asc" } } },
    });
    expect(document.titleIt).toBe("Cina, sviluppo e limiti della cooperazione difensiva con il Kazakhstan");
    expect(document.originalTitle).toBe("CINA, SVILUPPO E LIMITI DELLA COOPERAZIONE DIFENSIVA CON IL KAZAKHSTAN");
    expect(document.titleEn).toBe("China: The Development and Limits of Defence Cooperation with Kazakhstan");
    expect(document.attribution).toBe("Fonte: C.E.S.I.");
    expect(document.originalLanguage).toBe("it");
    expect(document.paragraphs).toHaveLength(15);
    for (const paragraph of document.paragraphs) {
      expect(paragraph.status).toBe("approved");
      expect(paragraph.reviewedAt).not.toBeNull();
      expect(paragraph.textEn.length).toBeGreaterThan(paragraph.textIt.length * 0.6);
    }
    expect(document.paragraphs.map((p) => p.textIt).join(" ")).not.toMatch(/Clicca su|Fonte/);

    // Every paragraph's two texts have their first revision, and each change of the editorial pass one more.
    expect(await db.revision.count({ where: { paragraph: { documentId: document.id } } })).toBe(30 + editorialPass.length);
    expect(await db.glossaryTerm.count()).toBe(glossary.length);
    const sco = await db.glossaryTerm.findUniqueOrThrow({ where: { slug: "sco" }, include: { forms: true } });
    expect(sco.abbreviation).toBe("SCO");
    expect(sco.forms.map((form) => `${form.language}:${form.form}`)).toContain("it:Shanghai Cooperation Organization");
  });

  it("changes nothing when it runs again", async () => {
    await seedLibrary(db);
    const before = await snapshotTables(db);
    expect(await seedLibrary(db)).toEqual({ termsAdded: 0, documentsAdded: [], revisionsAdded: 0 });
    expect(await snapshotTables(db)).toEqual(before);
  });

  it("adds back what is missing and keeps what an editor changed", async () => {
    await seedLibrary(db);
    await db.glossaryTerm.update({ where: { slug: "astana" }, data: { definitionEn: "Edited by an editor." } });
    await db.glossaryTerm.delete({ where: { slug: "russia" } });
    expect(await seedLibrary(db)).toEqual({ termsAdded: 1, documentsAdded: [], revisionsAdded: 0 });
    expect((await db.glossaryTerm.findUniqueOrThrow({ where: { slug: "astana" } })).definitionEn).toBe("Edited by an editor.");
    expect(await db.glossaryTerm.count({ where: { slug: "russia" } })).toBe(1);
  });

  it("keeps the editorial pass as reviewed revisions, each with its reason, readers seeing the revised English", async () => {
    await seedLibrary(db);
    const fifteenth = await db.paragraph.findFirstOrThrow({
      where: { document: { slug: "cesi-cina-kazakhstan" }, position: 15 },
      include: { revisions: { orderBy: { id: "asc" } } },
    });
    const change = editorialPass.find((entry) => entry.position === 15 && entry.field === "text")!;
    expect(fifteenth.textEn).toBe(change.after);
    expect(fifteenth.approvedEn).toBe(change.after);
    expect(fifteenth.status).toBe("approved");
    const english = fifteenth.revisions.filter((revision) => revision.language === "en" && revision.field === "text");
    expect(
      english.map((revision) => [revision.origin, revision.before === "" ? "" : "first edition", revision.after === change.after]),
    ).toEqual([
      ["seed", "", false],
      [EDITORIAL_ORIGIN, "first edition", true],
    ]);
    expect(english[1]!.reason).toBe(change.reason);
    expect(english[1]!.before).toBe(english[0]!.after);
  });

  it("never writes the editorial pass over a text the team has changed", async () => {
    await seedLibrary(db);
    const seventh = await db.paragraph.findFirstOrThrow({ where: { document: { slug: "cesi-cina-kazakhstan" }, position: 7 } });
    await db.paragraph.update({ where: { id: seventh.id }, data: { textEn: "The team’s own sentence." } });
    expect((await seedLibrary(db)).revisionsAdded).toBe(0);
    expect((await db.paragraph.findUniqueOrThrow({ where: { id: seventh.id } })).textEn).toBe("The team’s own sentence.");
  });
});
