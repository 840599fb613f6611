import { describe, expect, it } from "vitest";
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
