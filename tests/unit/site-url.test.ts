import { describe, expect, it } from "vitest";
import { parsePairParams } from "@/lib/share/route-params";
import { siteUrl } from "@/lib/site-url";

describe("siteUrl", () => {
  it("is the local server on PORT when SITE_URL is not set", () => {
    expect(siteUrl({}).href).toBe("http://localhost:3000/");
    expect(siteUrl({ PORT: "3200" }).href).toBe("http://localhost:3200/");
  });

  it("takes SITE_URL's origin, with or without a trailing slash", () => {
    expect(siteUrl({ SITE_URL: "https://afronte.example" }).href).toBe("https://afronte.example/");
    expect(siteUrl({ SITE_URL: " https://afronte.example/ ", PORT: "3200" }).href).toBe("https://afronte.example/");
  });

  it("refuses what would make every absolute link wrong, saying what it got", () => {
    expect(() => siteUrl({ SITE_URL: "afronte.example" })).toThrow(/SITE_URL must be an http\(s\) URL.*"afronte\.example"/);
    expect(() => siteUrl({ SITE_URL: "ftp://afronte.example" })).toThrow(/http\(s\)/);
    expect(() => siteUrl({ SITE_URL: "https://afronte.example/reader" })).toThrow(/without a path/);
    expect(() => siteUrl({ SITE_URL: "https://afronte.example/?ref=x" })).toThrow(/without a path, query/);
  });
});

describe("parsePairParams", () => {
  const pair = (position: string, locale = "en") => parsePairParams({ locale, slug: "cesi-cina-kazakhstan", position });

  it("reads a positive integer position", () => {
    expect(pair("3")).toEqual({ locale: "en", slug: "cesi-cina-kazakhstan", position: 3 });
    expect(pair("15")?.position).toBe(15);
  });

  it("gives nothing for a position that is not a plain positive integer, or an unknown language", () => {
    for (const position of ["0", "-1", "03", "3.0", "+3", "1e1", "tre", "", "99999999999999999999"]) {
      expect(pair(position), position).toBeNull();
    }
    expect(pair("3", "de")).toBeNull();
  });
});
