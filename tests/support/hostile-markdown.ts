// Texts that would be markup if the Markdown edition wrote them as they stand: raw
// HTML with event handlers, javascript: links and images in every Markdown form, code,
// lists, headings and rules hidden in a text's lines, entities, and backslashes meant
// to cancel the escapes. Shared by the unit test of the writer and the browser test of
// the download route (tests/unit/markdown-download.test.ts, tests/e2e/markdown-download.spec.ts).
// The browser test stores the document in the test server's database through this file:
//   hostile-markdown.ts document SLUG
import { spawnSync } from "node:child_process";
import type { ExchangeDocument } from "../../lib/exchange/exchange-document";

export const HOSTILE_TEXTS = [
  "<img src=x onerror=alert(1)>",
  "Testo <script>alert(1)</script> in mezzo",
  '<svg onload=alert(1)><a href="javascript:alert(1)">clic</a>',
  "<!-- nascosto --> <?php echo 1; ?> <![CDATA[x]]>",
  "[clic](javascript:alert(1)) e ![immagine](javascript:alert(1))",
  "[clic](<javascript:alert(1)>) e [clic][evil] e [evil][]",
  "[evil]: javascript:alert(1)\n[evil]",
  "<javascript:alert(1)> e <https://example.com/x>",
  "&lt;script&gt;alert(1)&lt;/script&gt; e &#60;b&#62; e AT&T",
  "\\<img src=x onerror=alert(1)> una barra sola",
  "\\\\<img src=x onerror=alert(1)> una barra scritta con la sua escape",
  "[x\\](javascript:alert(1)) \\[y](javascript:alert(1))",
  "*<img src=x onerror=alert(1)>* e **<b>forte</b>**",
  "`codice` e ```recinto``` e ~~barrato~~ e _sottolineato_ e a | b",
  "# titolo\n- elenco\n+ elenco\n* elenco\n1. numerato\n2) numerato\n> citazione\n---\n===\n***",
  "Riga\n===\nRiga\n---",
  "Un capoverso\n\n    codice indentato\n\n\t<b>tab</b>",
  "Finisce con un cancelletto #",
  "Vedi https://example.com/a_b?x=<1>, www.example.com/~x e a_b@example.com",
  "Un asterisco vero: \\*Astana\\* e *enfasi* e **forte**, [una parentesi] e 3 > 2",
] as const;

/** A published edition whose every written field is hostile. */
export function hostileDocument(
  slug: string,
  sourceUrl: string | null = 'https://example.com/"><script>alert(1)</script>',
): ExchangeDocument {
  return {
    slug,
    titleIt: "<script>alert(1)</script> *Titolo* [x](javascript:alert(1))",
    titleEn: "<img src=x onerror=alert(1)> Title #",
    sourceName: "<b>Fonte</b>",
    attribution: "Fonte: <img src=x onerror=alert(1)> *non enfasi* [x](javascript:alert(1))",
    sourceUrl,
    publishedOn: "2018-11",
    paragraphs: HOSTILE_TEXTS.map((text, index) => ({
      textIt: text,
      textEn: text,
      translatorNote: index % 3 === 0 ? `Nota: ${text}` : null,
      // Some single-line texts as headings too.
      headingLevel: !text.includes("\n") && index % 4 === 1 ? 2 : null,
    })),
  };
}

/** The elements the Markdown edition may render to, and the links it may hold. */
export const EDITION_ELEMENTS = ["h1", "h2", "h3", "h4", "h5", "h6", "p", "em", "strong", "a", "blockquote", "hr", "br"];
export const LINK = /^(https?:\/\/|mailto:)/;

/** Stores the hostile document, its English approved, in the test server's database (once; later calls change nothing). */
export function ensureHostileDocument(slug: string) {
  const result = spawnSync(process.execPath, ["node_modules/tsx/dist/cli.mjs", "tests/support/hostile-markdown.ts", "document", slug], {
    encoding: "utf8",
    env: { ...process.env, DATABASE_URL: process.env.E2E_DATABASE_URL },
  });
  if (result.status !== 0) throw new Error(result.stderr);
}

async function storeHostileDocument(slug: string) {
  const { db } = await import("../../lib/db");
  const { storeDocument } = await import("../../lib/import/store-document");
  if (!(await db.document.findUnique({ where: { slug } }))) {
    const { sourceUrl, publishedOn, paragraphs, ...document } = hostileDocument(slug);
    await storeDocument(
      db,
      {
        ...document,
        originalTitle: document.titleIt,
        publishedOn: publishedOn ?? undefined,
        paragraphs: paragraphs.map(({ textIt, textEn, translatorNote, headingLevel }) => ({
          textIt,
          textEn,
          status: "approved" as const,
          ...(translatorNote ? { translatorNote } : {}),
          ...(headingLevel ? { headingLevel } : {}),
        })),
      },
      { origin: "import" },
    );
    // An address stored before sources were checked, as the importer now refuses it.
    await db.document.update({ where: { slug }, data: { sourceUrl } });
  }
  await db.$disconnect();
}

if (process.argv[1]?.endsWith("hostile-markdown.ts")) {
  const [command, slug = ""] = process.argv.slice(2);
  if (command !== "document" || !slug) {
    console.error("usage: hostile-markdown.ts document SLUG");
    process.exit(2);
  }
  await storeHostileDocument(slug);
}
