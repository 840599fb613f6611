import { describe, expect, it } from "vitest";
import { safeNextPath } from "@/lib/auth/safe-next";

describe("safeNextPath: where a sign-in may send the user", () => {
  it("keeps a page of this site, with its query and anchor", () => {
    expect(safeNextPath("/en/glossary")).toBe("/en/glossary");
    expect(safeNextPath("/it/texts/cesi-cina-kazakhstan/review")).toBe("/it/texts/cesi-cina-kazakhstan/review");
    expect(safeNextPath("/it/texts/cesi-cina-kazakhstan/review/3?from=4&to=9#history")).toBe(
      "/it/texts/cesi-cina-kazakhstan/review/3?from=4&to=9#history",
    );
  });

  it.each([
    ["another origin", "https://evil.example/steal"],
    ["a protocol-relative address", "//evil.example/steal"],
    ["a dot segment that collapses into //", "/.//evil.example"],
    ["a backslash browsers read as a slash", "/\\evil.example"],
    ["a dot-dot segment", "/en/../../evil"],
    ["a javascript: URL", "javascript:alert(1)"],
    ["a path outside the locales", "/api/secret"],
    ["an encoded newline trick", "/en%0d%0aSet-Cookie:x"],
    ["nothing", ""],
  ])("refuses %s", (_case, next) => {
    expect(safeNextPath(next)).toBeNull();
  });
});
