import { describe, expect, it } from "vitest";
import { GLOSSARY_FORMATS, MARKDOWN, PUBLIC_DOCUMENT_FORMATS, TEAM_DOCUMENT_FORMATS } from "@/lib/exchange/exchange-formats";
import {
  documentFileParams,
  documentParams,
  fileParams,
  localeOf,
  localeParams,
  pageParams,
  pairParams,
  parseParams,
  parsePairParams,
  readerParams,
  termParams,
} from "@/lib/routing/route-params";

const SLUG = "cesi-cina-kazakhstan";

describe("the locale", () => {
  it("is one of the interface languages, exactly", () => {
    expect(parseParams(localeParams, { locale: "it" })).toEqual({ locale: "it" });
    expect(parseParams(localeParams, { locale: "en" })).toEqual({ locale: "en" });
    for (const locale of ["de", "EN", "en-GB", " it", "", "constructor"]) expect(parseParams(localeParams, { locale }), locale).toBeNull();
    expect(parseParams(localeParams, {})).toBeNull();
    expect(localeOf("en")).toBe("en");
    expect(localeOf("fr")).toBeNull();
    expect(localeOf(undefined)).toBeNull();
  });
});

describe("a pair's position", () => {
  const pair = (position: string, locale = "en") => parsePairParams({ locale, slug: SLUG, position });

  it("reads a positive integer in plain digits", () => {
    expect(pair("3")).toEqual({ locale: "en", slug: SLUG, position: 3 });
    expect(pair("15")?.position).toBe(15);
    expect(pair(String(Number.MAX_SAFE_INTEGER))?.position).toBe(Number.MAX_SAFE_INTEGER);
  });

  it("gives nothing for any other spelling of a number, so each pair has one address", () => {
    for (const position of ["03", "1e1", "-1", "0", "00", "1.5", "3.0", "+3", " 3", "3 ", "0x10", "tre", "٣", "", "Infinity", "NaN"]) {
      expect(pair(position), position).toBeNull();
    }
  });

  it("gives nothing for a number too large to be exact", () => {
    expect(pair(String(Number.MAX_SAFE_INTEGER + 1))).toBeNull();
    expect(pair("99999999999999999999")).toBeNull();
    expect(pair("9".repeat(400))).toBeNull();
  });

  it("gives nothing for an unknown language", () => {
    expect(pair("3", "de")).toBeNull();
  });

  it("is read the same way by the share pages and the review history", () => {
    expect(parseParams(pairParams, { locale: "it", slug: SLUG, position: "1e1" })).toBeNull();
    expect(parseParams(pairParams, { locale: "it", slug: SLUG, position: "10" })?.position).toBe(10);
  });
});

describe("a slug", () => {
  it("is lower-case letters and digits joined by single hyphens, as texts and terms are stored", () => {
    expect(parseParams(documentParams, { locale: "it", slug: SLUG })).toEqual({ locale: "it", slug: SLUG });
    expect(parseParams(termParams, { locale: "en", slug: "sco" })).toEqual({ locale: "en", slug: "sco" });
    expect(parseParams(documentParams, { locale: "it", slug: "testo-2018" })?.slug).toBe("testo-2018");
  });

  it("gives nothing for a slug no text or term can have, non-ASCII letters included", () => {
    for (const slug of [
      "città",
      "caffè-nero",
      "Cina",
      "cina--kazakhstan",
      "-cina",
      "cina-",
      "cina kazakhstan",
      "cina/kazakhstan",
      "..",
      "",
      "ｃｉｎａ",
      "😀",
    ]) {
      expect(parseParams(documentParams, { locale: "it", slug }), slug).toBeNull();
      expect(parseParams(termParams, { locale: "it", slug }), slug).toBeNull();
    }
  });
});

describe("the reader's view and section segments", () => {
  it("name a view, which language comes first, and the section", () => {
    expect(parseParams(readerParams, { locale: "en", slug: SLUG, mode: "side-it", section: "1" })).toEqual({
      locale: "en",
      slug: SLUG,
      mode: { view: "side", first: "it" },
      section: 1,
    });
    expect(parseParams(readerParams, { locale: "it", slug: SLUG, mode: "interleaved-en", section: "12" })?.mode).toEqual({
      view: "interleaved",
      first: "en",
    });
  });

  it("give nothing for an unknown view or language", () => {
    for (const mode of ["side", "side-de", "sideways-it", "side-it-x", "SIDE-IT", "it-side", "", "constructor-it"]) {
      expect(parseParams(readerParams, { locale: "en", slug: SLUG, mode, section: "1" }), mode).toBeNull();
    }
  });

  it("give nothing for a section that is not a positive number in plain digits", () => {
    for (const section of ["0", "01", "-1", "1.0", "1e1", "uno", ""]) {
      expect(parseParams(readerParams, { locale: "en", slug: SLUG, mode: "side-it", section }), section).toBeNull();
    }
  });
});

describe("a file format", () => {
  const download = documentFileParams({ md: MARKDOWN, ...PUBLIC_DOCUMENT_FORMATS });

  it("is one of the formats the route serves", () => {
    expect(parseParams(download, { locale: "it", slug: SLUG, format: "md" })).toEqual({ locale: "it", slug: SLUG, format: "md" });
    expect(parseParams(download, { locale: "en", slug: SLUG, format: "tmx" })?.format).toBe("tmx");
    expect(parseParams(documentFileParams(TEAM_DOCUMENT_FORMATS), { locale: "en", slug: SLUG, format: "xliff-2.1" })?.format).toBe(
      "xliff-2.1",
    );
    expect(parseParams(fileParams(GLOSSARY_FORMATS), { locale: "en", format: "tbx" })).toEqual({ locale: "en", format: "tbx" });
  });

  it("gives nothing for an unknown format, another route's format, or a name every object has", () => {
    for (const format of ["pdf", "TMX", "md ", "xliff-1.2", "constructor", "__proto__", "toString", "hasOwnProperty", ""]) {
      expect(parseParams(download, { locale: "en", slug: SLUG, format }), format).toBeNull();
    }
    expect(parseParams(fileParams(GLOSSARY_FORMATS), { locale: "en", format: "tmx" })).toBeNull();
    expect(parseParams(documentFileParams(TEAM_DOCUMENT_FORMATS), { locale: "en", slug: SLUG, format: "md" })).toBeNull();
    expect(parseParams(download, { locale: "en", slug: "città", format: "md" })).toBeNull();
  });
});

describe("pageParams", () => {
  it("hands a page the params it can use", async () => {
    await expect(pageParams(pairParams, Promise.resolve({ locale: "it", slug: SLUG, position: "7" }))).resolves.toEqual({
      locale: "it",
      slug: SLUG,
      position: 7,
    });
  });

  it("answers params that name nothing with Next's not-found (a 404 with the localized page)", async () => {
    const refused = pageParams(pairParams, Promise.resolve({ locale: "it", slug: SLUG, position: "07" }));
    await expect(refused).rejects.toMatchObject({ digest: expect.stringMatching(/^NEXT_HTTP_ERROR_FALLBACK;404/) });
  });
});
