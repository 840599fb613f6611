import { describe, expect, it } from "vitest";
import { ImportError } from "@/lib/core/import-error";
import { MAX_TEXT_BYTES } from "@/lib/core/limits";
import { parsePlainText } from "@/lib/import/plain-text";
import { readSharedCorpus, utf8 } from "../support/files";

function refusal(bytes: Uint8Array, fileName = "upload.txt"): ImportError {
  try {
    parsePlainText(bytes, { fileName });
  } catch (error) {
    if (error instanceof ImportError) return error;
    throw error;
  }
  throw new Error("the file was accepted");
}

describe("parsePlainText on the C.E.S.I. article", () => {
  const parsed = parsePlainText(readSharedCorpus(), {
    fileName: "cesi-cina-kazakhstan.it.txt",
    properNames: ["Cina", "Kazakhstan"],
  });

  it("finds the title, keeps the original and shows it in sentence case", () => {
    expect(parsed.originalTitle).toBe("CINA, SVILUPPO E LIMITI DELLA COOPERAZIONE DIFENSIVA CON IL KAZAKHSTAN");
    expect(parsed.title).toBe("Cina, sviluppo e limiti della cooperazione difensiva con il Kazakhstan");
  });

  it("reads the 15 body paragraphs in order, with typographic apostrophes intact", () => {
    expect(parsed.paragraphs).toHaveLength(15);
    expect(parsed.paragraphs[0]).toMatch(/^Nel settembre 2018 il Vicepresidente/);
    expect(parsed.paragraphs[7]).toContain("dell’Unione Sovietica");
    expect(parsed.paragraphs[14]).toMatch(/^Nel 2005 i due Paesi.*sicurezza interna\.$/);
  });

  it("keeps the attribution as metadata and leaves the share widget out", () => {
    expect(parsed.attribution).toEqual({ label: "Fonte", source: "C.E.S.I." });
    expect(parsed.discarded).toEqual(["Clicca su + per scegliere altri social non elencati..."]);
    expect(parsed.paragraphs.join("\n")).not.toMatch(/Fonte|C\.E\.S\.I\.|Clicca su/);
  });
});

describe("parsePlainText layout", () => {
  it("joins the lines of a hard-wrapped paragraph and accepts Windows line ends and a BOM", () => {
    const parsed = parsePlainText(utf8("\uFEFFTitolo\r\n\r\nPrima riga\r\nseconda riga.\r\n\r\nSecondo paragrafo.\r\n"));
    expect(parsed.title).toBe("Titolo");
    expect(parsed.paragraphs).toEqual(["Prima riga seconda riga.", "Secondo paragrafo."]);
    expect(parsed.attribution).toBeNull();
  });

  it("normalises decomposed accents to NFC", () => {
    const parsed = parsePlainText(utf8("Titolo\n\nPerche\u0301 no.\n"));
    expect(parsed.paragraphs[0]).toBe("Perché no.");
  });

  it("uses a given title when the file opens with a paragraph", () => {
    const parsed = parsePlainText(utf8("Una frase lunga che finisce con un punto.\n\nUn'altra.\n"), { title: "Dato" });
    expect(parsed.title).toBe("Dato");
    expect(parsed.paragraphs).toHaveLength(2);
  });
});

describe("parsePlainText refuses bad files with a message that names the problem", () => {
  it("an empty file", () => {
    const error = refusal(new Uint8Array());
    expect(error.code).toBe("empty");
    expect(error.message).toBe("upload.txt is empty (0 bytes).");
  });

  it("a file of blank lines", () => {
    expect(refusal(utf8(" \n\n\t\n")).code).toBe("empty");
  });

  it("a binary file (a PNG header)", () => {
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    const error = refusal(png, "picture.txt");
    expect(error.code).toBe("binary");
    expect(error.message).toContain("picture.txt is not a text file");
  });

  it("a Latin-1 file, pointing at the first bad byte", () => {
    const latin1 = Buffer.from("Titolo\n\nLa città è lì.\n", "latin1");
    const error = refusal(latin1);
    expect(error.code).toBe("not-utf8");
    expect(error.message).toContain("0xe0 at offset 15");
    expect(error.message).toContain("Latin-1");
  });

  it("a UTF-16 file", () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("Titolo\n\nTesto.\n", "utf16le")]);
    const error = refusal(utf16);
    expect(error.code).toBe("not-utf8");
    expect(error.message).toContain("UTF-16");
  });

  it("a file over the size limit, stating the limit", () => {
    const error = refusal(new Uint8Array(MAX_TEXT_BYTES + 1).fill(0x61));
    expect(error.code).toBe("too-large");
    expect(error.message).toContain("the limit for a text file is 5.00 MiB");
  });

  it("a title with no paragraphs", () => {
    const error = refusal(utf8("SOLO UN TITOLO\n"));
    expect(error.code).toBe("no-paragraphs");
    expect(error.message).toContain('has a title ("SOLO UN TITOLO") but no paragraphs');
  });

  it("a file that holds only share-widget debris", () => {
    const error = refusal(utf8("Clicca su + per scegliere altri social non elencati...\n"));
    expect(error.code).toBe("no-paragraphs");
  });

  it("a file that opens with a paragraph when no title is given", () => {
    const error = refusal(utf8("Prima frase del testo, senza titolo.\n\nSeconda.\n"));
    expect(error.code).toBe("no-title");
  });
});
