// A text with Markdown for the reader and print specs, in the test server's database.
// The specs call `ensureMarkdownDocument(slug)`, which runs this file through tsx:
//   print-fixtures.ts document SLUG
import { spawnSync } from "node:child_process";

/** The text's pairs as stored: inline Markdown in both halves, pair 1 a heading. */
export const MARKDOWN_PAIRS = [
  {
    textIt: "Le *origini* della cooperazione con la Cina",
    textEn: "The *origins* of the cooperation with China",
    headingLevel: 2,
  },
  {
    textIt: "Nel 2018 la **Cina** e il *Kazakhstan* hanno firmato un accordo di cooperazione militare.",
    textEn: "In 2018 **China** and *Kazakhstan* signed a military cooperation agreement.",
    translatorNote: "The emphasis follows the Italian.",
  },
  {
    textIt: "Il rapporto tra *Pechino e la SCO* resta centrale.",
    textEn: "The relationship between *Beijing and the SCO* remains central.",
  },
  {
    textIt: "Un asterisco vero: \\*Astana\\* resta tra asterischi.",
    textEn: "A real asterisk: \\*Astana\\* stays between asterisks.",
  },
] as const;

/** Stores the spec's own copy of the text (once; later calls change nothing). */
export function ensureMarkdownDocument(slug: string) {
  const result = spawnSync(process.execPath, ["node_modules/tsx/dist/cli.mjs", "tests/support/print-fixtures.ts", "document", slug], {
    encoding: "utf8",
    env: { ...process.env, DATABASE_URL: process.env.E2E_DATABASE_URL },
  });
  if (result.status !== 0) throw new Error(result.stderr);
}

async function storeMarkdownDocument(slug: string) {
  const { db } = await import("../../lib/db");
  const { storeDocument } = await import("../../lib/import/store-document");
  if (!(await db.document.findUnique({ where: { slug } }))) {
    await storeDocument(
      db,
      {
        slug,
        titleIt: `Cooperazione in Markdown ${slug}`,
        titleEn: `Cooperation in Markdown ${slug}`,
        originalTitle: `Cooperazione in Markdown ${slug}`,
        sourceName: "Redazione di prova",
        attribution: "Redazione di prova",
        sourceUrl: "https://example.org/cooperazione",
        publishedOn: "2018-11",
        paragraphs: MARKDOWN_PAIRS.map(({ textIt, textEn, ...pair }) => ({
          textIt,
          textEn,
          status: "approved" as const,
          ...("translatorNote" in pair ? { translatorNote: pair.translatorNote } : {}),
        })),
      },
      { origin: "import" },
    );
    // Set apart from the import, so this works whether or not the importer's schema takes heading levels.
    const headings = MARKDOWN_PAIRS.flatMap((pair, index) =>
      "headingLevel" in pair ? [{ position: index + 1, level: pair.headingLevel }] : [],
    );
    for (const { position, level } of headings) {
      await db.paragraph.updateMany({ where: { document: { slug }, position }, data: { headingLevel: level } });
    }
  }
  await db.$disconnect();
}

if (process.argv[1]?.endsWith("print-fixtures.ts")) {
  const [command, slug = ""] = process.argv.slice(2);
  if (command !== "document" || !slug) {
    console.error("usage: print-fixtures.ts document SLUG");
    process.exit(2);
  }
  await storeMarkdownDocument(slug);
}
