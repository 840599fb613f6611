import { describe, expect, it } from "vitest";
import { ImportError } from "@/lib/core/import-error";
import { isMarkdownFile, parseMarkdown } from "@/lib/import/markdown";
import { parsePlainText } from "@/lib/import/plain-text";
import { styledRuns } from "@/lib/text/inline-markdown";
import { utf8 } from "../support/files";

function refusal(run: () => unknown): ImportError {
  try {
    run();
  } catch (error) {
    if (error instanceof ImportError) return error;
    throw error;
  }
  throw new Error("expected a refusal");
}

const ARTICLE = `# La *cooperazione* difensiva

Nel 2018 la Cina e il _Kazakhstan_ hanno firmato un __accordo__ di cooperazione,
scritto su due righe.

## Le origini

Un [collegamento](https://example.org/fonte) e un'immagine ![mappa dell'Asia](mappa.png) nel testo.

- Prima voce dell'elenco.
- Seconda voce, *in corsivo*.

> Una citazione riportata.

### Numeri e simboli

Tre \\* quattro fa 12, 5 * 2 fa 10, C:\\\\dati e \`a*b\`; AT&amp;T e &#233;.

Fonte: C.E.S.I.
`;

describe("parseMarkdown", () => {
  const parsed = parseMarkdown(utf8(ARTICLE), { fileName: "cooperazione.md" });

  it("takes the opening # heading as the title, without its markup", () => {
    expect(parsed.title).toBe("La cooperazione difensiva");
  });

  it("keeps later headings as heading blocks of their level", () => {
    expect(parsed.blocks.filter((block) => block.headingLevel)).toEqual([
      { text: "Le origini", headingLevel: 2 },
      { text: "Numeri e simboli", headingLevel: 3 },
    ]);
  });

  it("rewrites _em_ and __strong__ as *em* and **strong** and joins wrapped lines", () => {
    expect(parsed.blocks[0]?.text).toBe(
      "Nel 2018 la Cina e il *Kazakhstan* hanno firmato un **accordo** di cooperazione, scritto su due righe.",
    );
    // What the reader will draw: the same words, with emphasis where the author put it.
    expect(styledRuns(parsed.blocks[0]?.text ?? "")).toEqual([
      { text: "Nel 2018 la Cina e il " },
      { text: "Kazakhstan", emphasis: true },
      { text: " hanno firmato un " },
      { text: "accordo", strong: true },
      { text: " di cooperazione, scritto su due righe." },
    ]);
  });

  it("keeps a link's text and an image's description, not their addresses", () => {
    expect(parsed.blocks[2]?.text).toBe("Un collegamento e un'immagine mappa dell'Asia nel testo.");
  });

  it("makes list items and quotations paragraphs of their own", () => {
    expect(parsed.blocks.slice(3, 6).map((block) => block.text)).toEqual([
      "Prima voce dell'elenco.",
      "Seconda voce, *in corsivo*.",
      "Una citazione riportata.",
    ]);
  });

  it("escapes literal asterisks and backslashes so they are read as written, and decodes entities", () => {
    const text = parsed.blocks.at(-1)?.text ?? "";
    expect(text).toBe("Tre \\* quattro fa 12, 5 \\* 2 fa 10, C:\\\\dati e a\\*b; AT&T e é.");
    expect(styledRuns(text)).toEqual([{ text: "Tre * quattro fa 12, 5 * 2 fa 10, C:\\dati e a*b; AT&T e é." }]);
  });

  it("keeps the closing Fonte line as the attribution", () => {
    expect(parsed.attribution).toEqual({ label: "Fonte", source: "C.E.S.I." });
    expect(parsed.blocks.some((block) => block.text.includes("Fonte"))).toBe(false);
  });

  it("is chosen by the file's extension", () => {
    expect(["testo.md", "TESTO.MARKDOWN"].map(isMarkdownFile)).toEqual([true, true]);
    expect(["testo.txt", "testo.md.txt"].map(isMarkdownFile)).toEqual([false, false]);
  });

  it("takes only a # heading as the title: a ## opening the file stays a heading", () => {
    // An English file that opens with its first section, as translations often do.
    const english = parseMarkdown(utf8("## Introduction\n\nThe first paragraph.\n\n## Results\n\nThe second.\n"), {
      fileName: "paper.en.md",
      titleRequired: false,
    });
    expect(english.title).toBe("");
    expect(english.blocks).toEqual([
      { text: "Introduction", headingLevel: 2 },
      { text: "The first paragraph." },
      { text: "Results", headingLevel: 2 },
      { text: "The second." },
    ]);
    // A # still opens the file as its title, and a later # is a level-2 heading.
    const titled = parseMarkdown(utf8("# Paper\n\n# Introduction\n\nThe first paragraph.\n"), {
      fileName: "paper.en.md",
      titleRequired: false,
    });
    expect([titled.title, titled.blocks]).toEqual(["Paper", [{ text: "Introduction", headingLevel: 2 }, { text: "The first paragraph." }]]);
  });

  it("refuses an Italian file that opens with a ## and no title, saying so", () => {
    const error = refusal(() => parseMarkdown(utf8("## Introduzione\n\nIl primo paragrafo.\n"), { fileName: "saggio.md" }));
    expect(error.code).toBe("no-title");
    expect(error.message).toContain('saggio.md opens with a section heading ("Introduzione"), not a title');
    // Given a title, the heading is kept as the first block.
    const titled = parseMarkdown(utf8("## Introduzione\n\nIl primo paragrafo.\n"), { fileName: "saggio.md", title: "Un saggio" });
    expect([titled.title, titled.blocks[0]]).toEqual(["Un saggio", { text: "Introduzione", headingLevel: 2 }]);
  });

  it("refuses a file with headings but no paragraphs", () => {
    const error = refusal(() => parseMarkdown(utf8("# Titolo\n\n## Capitolo\n\n## Altro\n"), { fileName: "vuoto.md" }));
    expect(error.code).toBe("no-paragraphs");
    expect(error.message).toContain("vuoto.md");
  });

  it("refuses what is not UTF-8 text, as plain text is", () => {
    expect(refusal(() => parseMarkdown(Buffer.from("# Città\n\nPerché.\n", "latin1"), { fileName: "x.md" })).code).toBe("not-utf8");
  });
});

describe("plain text and the inline markup", () => {
  it("escapes asterisks and backslashes so a plain text never turns into emphasis", () => {
    const parsed = parsePlainText(utf8("Titolo\n\nIl prezzo *scontato* vale 3*4 \\ 2.\n"));
    expect(parsed.blocks).toEqual([{ text: "Il prezzo \\*scontato\\* vale 3\\*4 \\\\ 2." }]);
    expect(styledRuns(parsed.blocks[0]?.text ?? "")).toEqual([{ text: "Il prezzo *scontato* vale 3*4 \\ 2." }]);
    // The text as written stays available, for checks against the source.
    expect(parsed.paragraphs).toEqual(["Il prezzo *scontato* vale 3*4 \\ 2."]);
  });
});

describe("text that looks like HTML", () => {
  it("keeps what only looks like a tag, and takes off the tags of HTML elements", () => {
    const parsed = parseMarkdown(
      utf8(
        '# Titolo\n\nIl parametro <nome> e il file <stdio.h> restano; <b>grassetto</b> e a<br>capo.\n\n<div class="nota">Un blocco <em>HTML</em> con il suo testo.</div>\n\n<!-- un commento -->\n\n<nome-file>\n\nFonte: Prova\n',
      ),
      { fileName: "codice.md" },
    );
    expect(parsed.paragraphs).toEqual([
      "Il parametro <nome> e il file <stdio.h> restano; grassetto e a capo.",
      "Un blocco HTML con il suo testo.",
      "<nome-file>",
    ]);
  });
});
