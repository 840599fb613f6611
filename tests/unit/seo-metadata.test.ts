import { describe, expect, it } from "vitest";
import { documentMetadata, documentTitle, libraryMetadata, pairMetadata, type SeoDocument, type SeoParagraph } from "@/lib/seo/metadata";
import { languageAlternates } from "@/lib/seo/urls";

const base = new URL("https://afronte.example");

const document: SeoDocument & { paragraphs: SeoParagraph[] } = {
  slug: "cesi-cina-kazakhstan",
  titleIt: "Cina, sviluppo e limiti della cooperazione difensiva con il Kazakhstan",
  titleEn: "China: The Development and Limits of Defence Cooperation with Kazakhstan",
  paragraphs: [
    {
      position: 1,
      textIt:
        "Nel settembre 2018 il Vicepresidente della Commissione Militare Centrale Xu Qiliang, figura al vertice dell’establishment militare cinese, ha intrapreso una serie di viaggi in Kazakhstan, Tajikistan e Kyrgyzstan.",
      textEn:
        "In September 2018 the Vice Chairman of the Central Military Commission, Xu Qiliang, a figure at the top of the Chinese military establishment, undertook a series of trips to Kazakhstan, Tajikistan and Kyrgyzstan.",
    },
    {
      position: 3,
      textIt: "Nel corso dell’incontro, i rappresentanti dei due Paesi hanno ribadito la relazione di amicizia.",
      textEn: "",
    },
  ],
};

describe("libraryMetadata", () => {
  it("points the canonical at the library in the page's language and lists both languages", () => {
    const metadata = libraryMetadata({ base, locale: "en", siteName: "A Fronte" }, "Library");
    expect(metadata.title).toBe("Library");
    expect(metadata.alternates).toEqual({
      canonical: "https://afronte.example/en",
      languages: { it: "https://afronte.example/it", en: "https://afronte.example/en", "x-default": "https://afronte.example/it" },
    });
    expect(metadata.openGraph).toMatchObject({ type: "website", url: "https://afronte.example/en", locale: "en_GB", siteName: "A Fronte" });
  });
});

const firstSection = { number: 1, first: document.paragraphs[0], heading: undefined };

describe("documentMetadata", () => {
  it("gives the Italian page its own canonical URL, hreflang alternates and Open Graph article", () => {
    const metadata = documentMetadata({ base, locale: "it", siteName: "A Fronte" }, document, firstSection);
    expect(metadata.title).toBe("Cina, sviluppo e limiti della cooperazione difensiva con il Kazakhstan");
    expect(metadata.alternates).toEqual({
      canonical: "https://afronte.example/it/texts/cesi-cina-kazakhstan",
      languages: {
        it: "https://afronte.example/it/texts/cesi-cina-kazakhstan",
        en: "https://afronte.example/en/texts/cesi-cina-kazakhstan",
        "x-default": "https://afronte.example/it/texts/cesi-cina-kazakhstan",
      },
    });
    expect(metadata.openGraph).toEqual({
      type: "article",
      url: "https://afronte.example/it/texts/cesi-cina-kazakhstan",
      siteName: "A Fronte",
      title: "Cina, sviluppo e limiti della cooperazione difensiva con il Kazakhstan",
      description: metadata.description,
      locale: "it_IT",
      alternateLocale: ["en_GB"],
    });
    expect(metadata.twitter).toMatchObject({ card: "summary_large_image" });
  });

  it("describes the page with the start of its text in the page's language, shortened at a word", () => {
    const italian = documentMetadata({ base, locale: "it", siteName: "A Fronte" }, document, firstSection);
    expect(italian.description).toBe(
      "Nel settembre 2018 il Vicepresidente della Commissione Militare Centrale Xu Qiliang, figura al vertice dell’establishment militare cinese, ha intrapreso una…",
    );
    const english = documentMetadata({ base, locale: "en", siteName: "A Fronte" }, document, firstSection);
    expect(english.title).toBe("China: The Development and Limits of Defence Cooperation with Kazakhstan");
    expect(english.description).toMatch(/^In September 2018 the Vice Chairman .*…$/);
    expect(english.description?.length).toBeLessThanOrEqual(160);
    expect(english.alternates?.canonical).toBe("https://afronte.example/en/texts/cesi-cina-kazakhstan");
    expect(english.openGraph).toMatchObject({ locale: "en_GB", alternateLocale: ["it_IT"] });
  });

  it("keeps the site's own port and escapes a slug that needs it", () => {
    const local = documentMetadata(
      { base: new URL("http://127.0.0.1:3200"), locale: "en", siteName: "A Fronte" },
      { ...document, slug: "città nuova" },
      firstSection,
    );
    expect(local.alternates?.canonical).toBe("http://127.0.0.1:3200/en/texts/citt%C3%A0%20nuova");
  });
});

describe("a further section's metadata", () => {
  it("gives it its own canonical address, its heading before the text's title, and its own first pair as description", () => {
    const section = { number: 4, first: document.paragraphs[1], heading: "Il vertice di Qingdao" };
    const metadata = documentMetadata({ base, locale: "it", siteName: "A Fronte" }, document, section);
    expect(metadata.title).toBe("Il vertice di Qingdao – Cina, sviluppo e limiti della cooperazione difensiva con il Kazakhstan");
    expect(metadata.alternates?.canonical).toBe("https://afronte.example/it/texts/cesi-cina-kazakhstan/section/4");
    expect(metadata.description).toMatch(/^Nel corso dell’incontro/);
  });
});

describe("pairMetadata", () => {
  it("gives a pair's share page its own canonical URL and alternates, described by its text", () => {
    const [, third] = document.paragraphs;
    const metadata = pairMetadata({ base, locale: "en", siteName: "A Fronte" }, document, third!, "China: …, paragraph 3");
    expect(metadata.title).toBe("China: …, paragraph 3");
    expect(metadata.alternates).toEqual({
      canonical: "https://afronte.example/en/texts/cesi-cina-kazakhstan/p/3",
      languages: {
        it: "https://afronte.example/it/texts/cesi-cina-kazakhstan/p/3",
        en: "https://afronte.example/en/texts/cesi-cina-kazakhstan/p/3",
        "x-default": "https://afronte.example/it/texts/cesi-cina-kazakhstan/p/3",
      },
    });
    // No English yet: the Italian describes the page rather than nothing.
    expect(metadata.description).toBe("Nel corso dell’incontro, i rappresentanti dei due Paesi hanno ribadito la relazione di amicizia.");
    expect(metadata.openGraph).toMatchObject({
      type: "article",
      url: "https://afronte.example/en/texts/cesi-cina-kazakhstan/p/3",
      title: "China: …, paragraph 3",
    });
    expect(metadata.twitter).toMatchObject({ card: "summary_large_image" });
  });
});

describe("documentTitle and languageAlternates", () => {
  it("falls back to the Italian title while there is no English one", () => {
    expect(documentTitle({ titleIt: "Una bozza", titleEn: "" }, "en")).toBe("Una bozza");
    expect(documentTitle(document, "it")).toBe(document.titleIt);
  });

  it("sends visitors of other languages to the Italian page", () => {
    expect(languageAlternates(base, "/texts/x")["x-default"]).toBe("https://afronte.example/it/texts/x");
  });
});
