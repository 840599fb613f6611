import { createElement, type ReactNode } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { prerender } from "react-dom/static";
import { NextIntlClientProvider } from "next-intl";
import { describe, expect, it, vi } from "vitest";
import ErrorPage from "@/app/[locale]/error";
import GlobalError from "@/app/global-error";
import { errorDigest, errorLanguage } from "@/components/errors/error-details";
import enMessages from "@/messages/en.json";
import itMessages from "@/messages/it.json";

// The locale-aware Link needs Next's router, which Vitest does not load; a plain link stands in.
vi.mock("@/i18n/navigation", () => ({
  Link: ({ href, children }: { href: string; children: ReactNode }) => createElement("a", { href }, children),
}));

/** A server error as Next hands it to an error page, with what it must never show. */
function serverError(digest?: string) {
  const error = new Error('SQLITE_ERROR: no such column "Paragraph"."secret" at /srv/a-fronte/lib/library.ts') as Error & {
    digest?: string;
  };
  error.stack = `${error.message}\n    at getDocument (/srv/a-fronte/lib/library.ts:50:3)`;
  if (digest) error.digest = digest;
  return error;
}

const retry = () => {};

function renderErrorPage(locale: "it" | "en", error: unknown) {
  const messages = locale === "it" ? itMessages : enMessages;
  const page = createElement(ErrorPage, { error, retry });
  // React's types want the provider's required children among its props, not as an argument.
  // eslint-disable-next-line react/no-children-prop
  return renderToStaticMarkup(createElement(NextIntlClientProvider, { locale, messages, timeZone: "Europe/Rome", children: page }));
}

describe("the error page inside the layout", () => {
  it("says what happened in the page's language, with the reference, a way to try again and a way home", () => {
    const html = renderErrorPage("it", serverError("1234567890"));
    expect(html).toMatch(/^<title>Si è verificato un errore · A Fronte<\/title>/);
    expect(html).toContain("<h1>Si è verificato un errore</h1>");
    expect(html).toContain("<p>Non è stato possibile mostrare questa pagina per un errore da parte nostra. Riprova tra poco.</p>");
    expect(html).toContain('<p class="error-reference">Codice dell’errore: 1234567890</p>');
    expect(html).toContain('<button type="button">Riprova</button>');
    expect(html).toContain('<a href="/">Torna alla biblioteca</a>');
    expect(renderErrorPage("en", serverError("42"))).toContain("<h1>Something went wrong</h1>");
  });

  it("never shows the error's message or stack, and no reference line without a digest", () => {
    for (const html of [
      renderErrorPage("en", serverError("42")),
      renderErrorPage("en", serverError()),
      renderErrorPage("en", "a thrown string"),
    ]) {
      expect(html).not.toMatch(/SQLITE|secret|\/srv\/|library\.ts|getDocument|a thrown string/);
    }
    expect(renderErrorPage("en", serverError())).not.toContain("error-reference");
  });
});

describe("the error page that replaces the layout", async () => {
  // Rendered on the server, where there is no URL or document to read the language from:
  // the default language. Its messages load when it is shown, so the render waits for them.
  const { prelude } = await prerender(createElement(GlobalError, { error: serverError("987654"), retry }));
  const html = await new Response(prelude).text();

  it("is a whole document of its own, in the default language until the browser says otherwise", () => {
    // React puts the <title> in the <head>.
    expect(html).toMatch(/^<!DOCTYPE html><html lang="it"><head><title>Si è verificato un errore · A Fronte<\/title><\/head><body>/);
    expect(html).toContain("<h1>Si è verificato un errore</h1>");
    expect(html).toContain('<p class="error-reference">Codice dell’errore: 987654</p>');
    expect(html).toContain('<button type="button">Riprova</button>');
    expect(html).toContain('<a href="/it">Torna alla biblioteca</a>');
  });

  it("never shows the error's message or stack", () => {
    expect(html).not.toMatch(/SQLITE|secret|\/srv\/|library\.ts|getDocument/);
  });
});

describe("errorLanguage", () => {
  it("takes the language the URL names first, then the document's, then the browser's", () => {
    expect(errorLanguage({ pathname: "/en/texts/x", documentLanguage: "it", browserLanguages: ["it-IT"] })).toBe("en");
    expect(errorLanguage({ pathname: "/", documentLanguage: "en", browserLanguages: ["it-IT"] })).toBe("en");
    expect(errorLanguage({ pathname: "/sitemap.xml", documentLanguage: "", browserLanguages: ["de-DE", "en-GB", "it"] })).toBe("en");
    expect(errorLanguage({ pathname: "/", documentLanguage: "", browserLanguages: ["EN-us"] })).toBe("en");
  });

  it("falls back to Italian when nothing names a language the app speaks", () => {
    expect(errorLanguage({ pathname: "/de/x", documentLanguage: "fr", browserLanguages: ["de-DE"] })).toBe("it");
    expect(errorLanguage({ pathname: "", documentLanguage: "", browserLanguages: [] })).toBe("it");
  });
});

describe("errorDigest", () => {
  it("is the digest Next gives a server error, and nothing else", () => {
    expect(errorDigest(serverError("123"))).toBe("123");
    expect(errorDigest(serverError())).toBeUndefined();
    expect(errorDigest({ digest: "123" })).toBeUndefined();
    expect(errorDigest(Object.assign(new Error("x"), { digest: 123 }))).toBeUndefined();
    expect(errorDigest(undefined)).toBeUndefined();
  });
});
