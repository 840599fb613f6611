import type { NextConfig } from "next";
import { describe, expect, it } from "vitest";
import { UPLOAD_LIMIT_BYTES, megabytes, refusalFromQuery, uploadBytes } from "@/components/import/upload-limit";

describe("the import page's upload limit", () => {
  it("is the body size limit Next enforces on server actions", async () => {
    // Paths in variables: neither module has type declarations of its own.
    const [configFile, bytesModule] = ["../../next.config.mjs", "next/dist/compiled/bytes"];
    const { default: config } = (await import(configFile)) as { default: NextConfig };
    // The parser Next's action handler reads the limit with.
    const { default: bytes } = (await import(bytesModule)) as { default: { parse(size: string): number } };
    expect(bytes.parse(config.experimental!.serverActions!.bodySizeLimit as string)).toBe(UPLOAD_LIMIT_BYTES);
  });

  it("counts the files a form sends, not its other fields", () => {
    const form = new FormData();
    form.set("italian", new File([new Uint8Array(300)], "a.txt"));
    form.set("english", new File([new Uint8Array(200)], "b.txt"));
    form.set("slug", "x".repeat(50));
    expect(uploadBytes(form)).toBe(500);
  });

  it("reads the refusal from the page's address only when it is over the limit", () => {
    expect(refusalFromQuery({ refused: "too-large", size: String(UPLOAD_LIMIT_BYTES + 1) })).toEqual({
      ok: false,
      status: 413,
      error: "upload-too-large",
      bytes: UPLOAD_LIMIT_BYTES + 1,
    });
    expect(refusalFromQuery({ refused: "too-large", size: String(UPLOAD_LIMIT_BYTES) })).toBeNull();
    expect(refusalFromQuery({ refused: "too-large", size: "12e6" })).toBeNull();
    expect(refusalFromQuery({ refused: "too-large" })).toBeNull();
    expect(refusalFromQuery({ refused: ["too-large", "too-large"], size: "20000000" })).toBeNull();
    expect(refusalFromQuery({ size: "20000000" })).toBeNull();
  });

  it("states sizes in megabytes rounded up, so a size over the limit never reads as the limit", () => {
    expect(megabytes(11 * 1024 * 1024)).toBe(11);
    expect(megabytes(UPLOAD_LIMIT_BYTES + 1)).toBe(10.1);
    expect(megabytes(12.25 * 1024 * 1024)).toBe(12.3);
  });
});
