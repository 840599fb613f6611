import { describe, expect, it } from "vitest";
import { createGlossaryMatchers, markText } from "@/lib/glossary/mark-paragraphs";
import { findTermInTexts } from "@/lib/glossary/term-occurrences";
import { parseInlineMarkdown, plainText, styledRuns } from "@/lib/text/inline-markdown";
import { shortenQuote } from "@/lib/text/shorten-quote";

describe("parseInlineMarkdown", () => {
  it("reads *emphasis* and **strong** as ranges over the text without markers", () => {
    expect(parseInlineMarkdown("La *cooperazione* è **militare**.")).toEqual({
      text: "La cooperazione è militare.",
      styles: [
        { start: 3, end: 15, style: "emphasis" },
        { start: 18, end: 26, style: "strong" },
      ],
    });
  });

  it("nests strong inside emphasis and the reverse, and reads *** as both", () => {
    expect(styledRuns("*un **forte** legame*")).toEqual([
      { text: "un ", emphasis: true },
      { text: "forte", emphasis: true, strong: true },
      { text: " legame", emphasis: true },
    ]);
    expect(styledRuns("**Pechino e *Astana***")).toEqual([
      { text: "Pechino e ", strong: true },
      { text: "Astana", emphasis: true, strong: true },
    ]);
    expect(styledRuns("***tutto***")).toEqual([{ text: "tutto", emphasis: true, strong: true }]);
  });

  it("turns \\* and \\\\ into literal characters that never open emphasis", () => {
    expect(parseInlineMarkdown("5 \\* 3 e \\*non enfasi\\* con C:\\\\dati")).toEqual({
      text: "5 * 3 e *non enfasi* con C:\\dati",
      styles: [],
    });
    expect(plainText("un \\\\*vero* corsivo")).toBe("un \\vero corsivo");
    // A backslash before anything else is just a backslash.
    expect(plainText("C:\\Programmi")).toBe("C:\\Programmi");
  });

  it("keeps markers that close nothing as literal asterisks", () => {
    expect(parseInlineMarkdown("Nota*")).toEqual({ text: "Nota*", styles: [] });
    expect(parseInlineMarkdown("*aperto e mai chiuso")).toEqual({ text: "*aperto e mai chiuso", styles: [] });
    expect(parseInlineMarkdown("2 * 3 * 4")).toEqual({ text: "2 * 3 * 4", styles: [] });
    expect(styledRuns("**quasi*")).toEqual([{ text: "*" }, { text: "quasi", emphasis: true }]);
    expect(styledRuns("*uno*due*")).toEqual([{ text: "uno", emphasis: true }, { text: "due*" }]);
  });

  it("leaves plain text exactly as it is", () => {
    const text = "Nel 2018 la Cina e il Kazakhstan hanno firmato un accordo (art. 3, § 2) – “sicurezza”.";
    expect(parseInlineMarkdown(text)).toEqual({ text, styles: [] });
    expect(plainText(text)).toBe(text);
    expect(styledRuns(text)).toEqual([{ text }]);
    expect(parseInlineMarkdown("")).toEqual({ text: "", styles: [] });
  });

  // Its time beside an ordinary paragraph of the same length is measured by `npm run bench`.
  it("reads a long paragraph of markers that pair with nothing as the literal text it is", () => {
    const hostile = "a* ".repeat(7_000);
    expect(parseInlineMarkdown(hostile)).toEqual({ text: hostile, styles: [] });
    expect(plainText(hostile)).toBe(hostile);
    expect(styledRuns(hostile)).toEqual([{ text: hostile }]);
  });
});

describe("markText with Markdown", () => {
  const matchers = createGlossaryMatchers([
    {
      slug: "forze-armate",
      forms: [
        { language: "it", form: "Forze Armate" },
        { language: "en", form: "Armed Forces" },
      ],
    },
    {
      slug: "cina",
      forms: [
        { language: "it", form: "Cina" },
        { language: "en", form: "China" },
      ],
    },
  ]);

  it("finds a term inside emphasis and keeps both the term and the emphasis", () => {
    expect(markText(matchers, "it", "La *Cina* e le **Forze Armate**.")).toEqual([
      { text: "La " },
      { text: "Cina", slug: "cina", emphasis: true },
      { text: " e le " },
      { text: "Forze Armate", slug: "forze-armate", strong: true },
      { text: "." },
    ]);
  });

  it("finds a term that emphasis covers only in part, cut where the emphasis changes", () => {
    const segments = markText(matchers, "en", "the *Armed* Forces of China");
    expect(segments).toEqual([
      { text: "the " },
      { text: "Armed", slug: "forze-armate", emphasis: true },
      { text: " Forces", slug: "forze-armate" },
      { text: " of " },
      { text: "China", slug: "cina" },
    ]);
    expect(segments.map((segment) => segment.text).join("")).not.toContain("*");
  });

  it("marks a term next to a literal, escaped asterisk", () => {
    expect(markText(matchers, "it", "la Cina\\* (nota)")).toEqual([{ text: "la " }, { text: "Cina", slug: "cina" }, { text: "* (nota)" }]);
  });

  it("gives the same segments as before for text without markers", () => {
    expect(markText(matchers, "it", "Le Forze Armate della Cina.")).toEqual([
      { text: "Le " },
      { text: "Forze Armate", slug: "forze-armate" },
      { text: " della " },
      { text: "Cina", slug: "cina" },
      { text: "." },
    ]);
  });
});

describe("reader text outside the reader", () => {
  const matchers = createGlossaryMatchers([
    {
      slug: "cina",
      forms: [
        { language: "it", form: "Cina" },
        { language: "en", form: "China" },
      ],
    },
  ]);

  it("quotes on share cards and in descriptions carry no markers", () => {
    expect(shortenQuote("La **Cina** e il *Kazakhstan* \\*firmano\\*.", 200)).toBe("La Cina e il Kazakhstan *firmano*.");
  });

  it("a glossary term's occurrence snippets carry no markers", () => {
    const [occurrence] = findTermInTexts(
      "cina",
      [
        {
          slug: "testo",
          titleIt: "Testo",
          titleEn: "Text",
          paragraphs: [{ position: 4, textIt: "Con la *Cina* e **oltre**.", textEn: "" }],
        },
      ],
      matchers,
    );
    expect(occurrence?.snippets).toEqual({ it: { before: "Con la ", match: "Cina", after: " e oltre." } });
  });
});
