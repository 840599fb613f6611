import { createElement, type ComponentProps, type ReactNode } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { NextIntlClientProvider } from "next-intl";
import { describe, expect, it, vi } from "vitest";
import { ImportSummary } from "@/components/import/import-summary";
import type { ImportResult } from "@/lib/import/import-file";
import enMessages from "@/messages/en.json";
import itMessages from "@/messages/it.json";

// The locale-aware Link needs Next's router, which Vitest does not load; a plain link stands in.
vi.mock("@/i18n/navigation", () => ({
  Link: ({ href, children }: { href: string; children: ReactNode }) => createElement("a", { href }, children),
}));

const result: ImportResult = {
  kind: "document",
  slug: "cina-kazakhstan",
  titleIt: "Cina e Kazakhstan",
  titleEn: "China and Kazakhstan",
  pairs: 17,
  italianParagraphs: 17,
  englishParagraphs: 18,
  kinds: { "1:1": 16, "1:2": 1 },
  lowConfidence: 0,
  headings: 2,
  approved: 0,
  discarded: [],
  milliseconds: 1234,
};

function render(locale: "it" | "en"): string {
  const messages = locale === "it" ? itMessages : enMessages;
  const summary = createElement(ImportSummary, { result });
  // The provider's children come as createElement's third argument, which its props type cannot see.
  const props = { locale, messages, timeZone: "Europe/Rome" } as ComponentProps<typeof NextIntlClientProvider>;
  return renderToStaticMarkup(createElement(NextIntlClientProvider, props, summary));
}

describe("the import summary", () => {
  it("marks the Italian title as Italian inside the English sentence", () => {
    const html = render("en");
    expect(html).toContain('<p>“<span lang="it">Cina e Kazakhstan</span>” is now in the library as cina-kazakhstan: 17 pairs.</p>');
  });

  it("says the same in Italian, the title still marked", () => {
    expect(render("it")).toContain(
      '<p>«<span lang="it">Cina e Kazakhstan</span>» è ora nella biblioteca come cina-kazakhstan: 17 coppie.</p>',
    );
  });

  it("says an exchange file's units were kept as the file paired them, with no aligner's figures", () => {
    const fromFile: ImportResult = { ...result, kinds: {}, pairedBy: "file", italianParagraphs: 10, englishParagraphs: 9 };
    const props = { locale: "en", messages: enMessages, timeZone: "Europe/Rome" } as ComponentProps<typeof NextIntlClientProvider>;
    const html = renderToStaticMarkup(createElement(NextIntlClientProvider, props, createElement(ImportSummary, { result: fromFile })));
    expect(html).toContain("Paired as the file’s units pair them: 10 with Italian, 9 with English.");
    expect(html).not.toContain("Italian paragraphs");
    expect(html).not.toContain("Pairs by alignment");
  });
});
