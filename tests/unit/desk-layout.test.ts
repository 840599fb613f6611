// Which layout the workspace shows (lib/review/desk-layout.ts): the address, then the cookie, then every pair open.
import { describe, expect, it } from "vitest";
import { deskLayout } from "@/lib/review/desk-layout";

describe("the workspace's layout", () => {
  it("is what the address chooses, before what was remembered", () => {
    expect(deskLayout("list", "editors")).toBe("list");
    expect(deskLayout(["editors", "list"], "list")).toBe("editors");
  });

  it("is the remembered one when the address chooses none, or nothing it knows", () => {
    expect(deskLayout(undefined, "list")).toBe("list");
    expect(deskLayout("grid", "list")).toBe("list");
  });

  it("opens every pair when neither says anything it knows", () => {
    expect(deskLayout(undefined, undefined)).toBe("editors");
    expect(deskLayout("LIST", "<script>")).toBe("editors");
  });
});
