import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getGlossaryMatchers, getTermsBySlugs } from "@/lib/glossary";
import { filterTerms, indexLetter } from "@/lib/glossary/filter-terms";
import { seedLibrary } from "@/prisma/seed/seed-library";

beforeAll(async () => {
  await seedLibrary(db);
});

describe("getGlossaryMatchers", () => {
  it("reuses the matchers until the glossary changes, then sees the change", async () => {
    const first = await getGlossaryMatchers();
    expect(await getGlossaryMatchers()).toBe(first);
    expect(first.it.find("la Perestrojka").length).toBe(0);

    const term = await db.glossaryTerm.findUniqueOrThrow({ where: { slug: "unione-sovietica" } });
    await db.glossaryForm.create({ data: { termId: term.id, language: "it", form: "Perestrojka" } });
    const second = await getGlossaryMatchers();
    expect(second).not.toBe(first);
    expect(second.it.find("la Perestrojka")).toEqual([{ start: 3, end: 14, slug: "unione-sovietica" }]);
  });
});

describe("a text's own entries", () => {
  it("are matched in that text only, and win there over a shared entry with the same form", async () => {
    const shared = await getGlossaryMatchers();
    const own = await getGlossaryMatchers("cesi-cina-kazakhstan");
    const phrase = "il Presidente del Senato e una partnership strategica";
    expect(shared.it.find(phrase).map((hit) => hit.slug)).toEqual(["senato-kazakhstan", "partnership-strategica"]);
    expect(own.it.find(phrase).map((hit) => hit.slug)).toEqual([
      "presidente-senato-kazakhstan-2018",
      "partnership-strategica-cina-kazakhstan",
    ]);
    // Another text, or none, shares the glossary's matchers.
    expect(await getGlossaryMatchers("another-text")).toBe(await getGlossaryMatchers());
  });
});

describe("glossary lookups", () => {
  it("loads only the asked-for terms, with their forms", async () => {
    const terms = await getTermsBySlugs(["sco", "astana"]);
    expect(terms.map((term) => term.slug).sort()).toEqual(["astana", "sco"]);
    expect(terms.find((term) => term.slug === "sco")?.forms.length).toBeGreaterThan(2);
  });

  it("filters by kind and by either language's forms, ignoring case and accents", async () => {
    const glossary = await db.glossaryTerm.findMany({ include: { forms: true } });
    expect(filterTerms(glossary, "soviet union", undefined).map((term) => term.slug)).toEqual(["unione-sovietica"]);
    expect(filterTerms(glossary, "CENTRO-ASIATICHE", undefined).map((term) => term.slug)).toEqual(["asia-centrale"]);
    expect(
      filterTerms(glossary, undefined, "person")
        .map((term) => term.slug)
        .sort(),
    ).toEqual(["nursultan-nazarbayev", "xi-jinping", "xu-qiliang"]);
    expect(indexLetter("Élite")).toBe("E");
  });
});
