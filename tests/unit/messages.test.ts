import { describe, expect, it } from "vitest";
import enMessages from "@/messages/en.json";
import itMessages from "@/messages/it.json";

function keys(messages: object, prefix = ""): string[] {
  return Object.entries(messages).flatMap(([key, value]) =>
    value && typeof value === "object" ? keys(value, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}

function leaves(messages: object): string[] {
  return Object.values(messages).flatMap((value) => (value && typeof value === "object" ? leaves(value) : [String(value)]));
}

describe("interface messages", () => {
  it("have the same keys in Italian and English", () => {
    expect(keys(itMessages).sort()).toEqual(keys(enMessages).sort());
  });

  it("have no empty text in either language", () => {
    expect([...leaves(itMessages), ...leaves(enMessages)].filter((text) => text.trim() === "")).toEqual([]);
  });
});
