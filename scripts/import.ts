// `npm run import -- FILE [--slug SLUG] [--title-en TITLE] [--source NAME] [--url URL] [--published YYYY[-MM[-DD]]]`
// Imports an Italian plain-text file (one paragraph per block, UTF-8) as a new document.
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { db } from "../lib/db";
import { ImportError } from "../lib/import/import-error";
import { parsePlainText } from "../lib/import/plain-text";
import { storeDocument } from "../lib/import/store-document";
import { slugFromFileName } from "../lib/text/slug";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    slug: { type: "string" },
    "title-en": { type: "string" },
    source: { type: "string" },
    url: { type: "string" },
    published: { type: "string" },
  },
});

const file = positionals[0];
if (!file || positionals.length > 1) {
  console.error("Usage: npm run import -- FILE [--slug SLUG] [--title-en TITLE] [--source NAME] [--url URL] [--published YYYY-MM-DD]");
  process.exit(2);
}

try {
  const fileName = path.basename(file);
  const bytes = readFile(file);
  const properNames = (await db.glossaryForm.findMany({ where: { language: "it" }, select: { form: true } }))
    .map(({ form }) => form)
    .filter((form) => /^\p{Lu}/u.test(form));
  const parsed = parsePlainText(bytes, { fileName, properNames });
  const sourceName = values.source ?? parsed.attribution?.source;
  if (!sourceName) {
    throw new ImportError("invalid-metadata", `${fileName} names no source (no closing "Fonte:" line); pass --source NAME.`);
  }
  const stored = await storeDocument(
    db,
    {
      slug: values.slug ?? slugFromFileName(fileName),
      titleIt: parsed.title,
      titleEn: values["title-en"] ?? "",
      originalTitle: parsed.originalTitle,
      sourceName,
      attribution: parsed.attribution ? `${parsed.attribution.label}: ${parsed.attribution.source}` : sourceName,
      sourceUrl: values.url,
      publishedOn: values.published,
      paragraphs: parsed.paragraphs.map((textIt) => ({ textIt })),
    },
    { origin: "import" },
  );
  console.log(`Imported "${parsed.title}" as ${stored.slug}: ${stored.paragraphCount} paragraphs.`);
  if (parsed.discarded.length) console.log(`Left out as web-page debris: ${parsed.discarded.map((line) => `"${line}"`).join(", ")}.`);
} catch (error) {
  if (!(error instanceof ImportError)) throw error;
  console.error(`Import refused: ${error.message}`);
  process.exitCode = 1;
} finally {
  await db.$disconnect();
}

function readFile(file: string): Buffer {
  try {
    return fs.readFileSync(file);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : String(error);
    throw new ImportError("unreadable", `Cannot read ${file}: ${reason}.`);
  }
}
