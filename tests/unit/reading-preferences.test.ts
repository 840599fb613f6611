import { describe, expect, it } from "vitest";
import { preferencesInQuery, resolvePreferences, serializePreferences } from "@/lib/reader/reading-preferences";

describe("reading preferences", () => {
  it("default to side by side with Italian first", () => {
    expect(resolvePreferences({}, undefined)).toEqual({ view: "side", first: "it" });
  });

  it("take the URL over the remembered cookie, field by field", () => {
    expect(resolvePreferences({ view: "interleaved" }, "view=en&first=en")).toEqual({ view: "interleaved", first: "en" });
  });

  it("ignore unknown values instead of failing", () => {
    expect(resolvePreferences({ view: "<script>", first: ["xx", "en"] }, "view=nonsense")).toEqual({ view: "side", first: "it" });
    expect(preferencesInQuery(new URLSearchParams("view=bogus"))).toBeNull();
  });

  it("remember a choice on top of the previous one", () => {
    const cookie = serializePreferences({ first: "en" }, "view=reveal&first=it");
    expect(resolvePreferences({}, cookie)).toEqual({ view: "reveal", first: "en" });
  });
});
