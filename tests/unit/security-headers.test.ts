// The security headers next.config.mjs sets (lib/security-headers.mjs): on every path,
// as Next's router matches them; HSTS only for an https SITE_URL; the policy's
// exceptions only where they are needed. The browser test (tests/e2e/security-headers.spec.ts)
// checks them on the served app.
import { getPathMatch } from "next/dist/shared/lib/router/utils/path-match";
import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, securityHeaders } from "@/lib/security-headers.mjs";

const named = (rules: ReturnType<typeof securityHeaders>) =>
  Object.fromEntries(rules.flatMap((rule) => rule.headers.map(({ key, value }) => [key, value])));

describe("security headers", () => {
  it("apply to every path: pages, the reader's public address, route handlers, Next's files", () => {
    const [rule] = securityHeaders();
    for (const path of [
      "/",
      "/it",
      "/en/texts/cesi-cina-kazakhstan",
      "/it/glossary/export/csv",
      "/robots.txt",
      "/sitemap.xml",
      "/_next/static/chunks/app.js",
    ]) {
      expect(getPathMatch(rule!.source)(path), path).not.toBe(false);
    }
  });

  it("forbid framing, sniffing and cross-origin referrers, and deny the features the app never uses", () => {
    const headers = named(securityHeaders({ siteUrl: "http://localhost:3000" }));
    expect(headers).toMatchObject({
      "X-Frame-Options": "DENY",
      "X-Content-Type-Options": "nosniff",
      "Referrer-Policy": "strict-origin-when-cross-origin",
    });
    expect(headers["Content-Security-Policy"]).toContain("frame-ancestors 'none'");
    expect(headers["Permissions-Policy"]!.split(", ")).toEqual(
      expect.arrayContaining(["camera=()", "microphone=()", "geolocation=()", "clipboard-write=(self)"]),
    );
  });

  it("ask for HTTPS from then on only when the public address is https", () => {
    expect(named(securityHeaders({ siteUrl: "https://afronte.example" }))["Strict-Transport-Security"]).toBe(
      "max-age=63072000; includeSubDomains",
    );
    for (const siteUrl of ["http://localhost:3000", "http://afronte.example", "", undefined]) {
      expect(named(securityHeaders({ siteUrl }))["Strict-Transport-Security"], String(siteUrl)).toBeUndefined();
    }
  });

  it("allow inline scripts (Next's cached pages) but never eval, except under next dev", () => {
    const production = contentSecurityPolicy();
    expect(production).toBe(
      `default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self'; img-src 'self'; font-src 'self'; connect-src 'self'; ` +
        "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
    );
    expect(contentSecurityPolicy({ development: true })).toContain("script-src 'self' 'unsafe-inline' 'unsafe-eval'");
  });
});
