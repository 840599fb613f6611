// `npm run import -- FILE [--en FILE] [--slug SLUG] [--title-en TITLE] [--source NAME] [--url URL]
//                         [--published YYYY[-MM[-DD]]] [--publish] [--strip-invisible] [--user NAME]`
// Imports an Italian text (plain text or Markdown, UTF-8), with its English if given,
// as a new document; or an exchange file (TMX/XLIFF document, TBX/CSV glossary terms). Every run says who imports: --user NAME of an admin account
// (password from standard input or asked at the terminal), or the environment
// variable A_FRONTE_IMPORT_TOKEN holding a token from `npm run import:token`.
// Exit codes: 0 imported, 1 refused (nothing stored), 2 usage.
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import cliProgress from "cli-progress";
import { ImportError } from "../lib/core/import-error";
import { MAX_TEXT_BYTES } from "../lib/core/limits";
import { db } from "../lib/db";
import { isExchangeFile } from "../lib/exchange/read-exchange-file";
import { MAX_EXCHANGE_BYTES } from "../lib/exchange/safe-xml";
import type { ImportFile } from "../lib/import/import-document";
import { authorizeImport, type ImportEditor } from "../lib/import/import-editor";
import { importFile, type ImportResult } from "../lib/import/import-file";
import { readPassword } from "./read-password";

const USAGE =
  "Usage: npm run import -- FILE [--en FILE] [--slug SLUG] [--title-en TITLE] [--source NAME] [--url URL] [--published YYYY-MM-DD] [--publish] [--strip-invisible] [--user NAME]\n" +
  "Say who imports: --user NAME (an admin; password on standard input or asked) or A_FRONTE_IMPORT_TOKEN=TOKEN (from npm run import:token).";
/** Below this many paragraphs an import is over before a bar would be read. */
const PROGRESS_FROM = 500;

let args: ReturnType<typeof parse>;
try {
  args = parse();
} catch (error) {
  console.error(`${(error as Error).message}\n${USAGE}`);
  process.exit(2);
}
const { values, positionals } = args;
const file = positionals[0];
const token = process.env.A_FRONTE_IMPORT_TOKEN;
if (!file || positionals.length > 1 || (!values.user && !token)) {
  console.error(USAGE);
  process.exit(2);
}

const progress: { bar: cliProgress.SingleBar | null } = { bar: null };
try {
  const editor = await authorizeImport(
    db,
    values.user ? { username: values.user, password: await readPassword() } : { token: token ?? "" },
  );
  const result = await importFile(
    db,
    {
      italian: readFile(file),
      english: values.en ? readFile(values.en) : null,
      slug: values.slug,
      titleEn: values["title-en"],
      sourceName: values.source,
      sourceUrl: values.url,
      publishedOn: values.published,
      publish: values.publish,
      stripInvisible: values["strip-invisible"],
    },
    { ...(editor.kind === "user" ? { userId: editor.id } : { tokenId: editor.id }), onProgress: showProgress },
  );
  progress.bar?.stop();
  console.log(describe(result, editor));
} catch (error) {
  progress.bar?.stop();
  if (!(error instanceof ImportError)) throw error;
  console.error(`Import refused: ${error.message}`);
  process.exitCode = 1;
} finally {
  await db.$disconnect();
}

function parse() {
  return parseArgs({
    allowPositionals: true,
    options: {
      en: { type: "string" },
      slug: { type: "string" },
      "title-en": { type: "string" },
      source: { type: "string" },
      url: { type: "string" },
      published: { type: "string" },
      publish: { type: "boolean", default: false },
      "strip-invisible": { type: "boolean", default: false },
      user: { type: "string" },
    },
  });
}

/** A bar on standard error, only at a terminal and only for a long text. */
function showProgress(stored: number, total: number): void {
  if (!process.stderr.isTTY || total < PROGRESS_FROM) return;
  if (!progress.bar) {
    progress.bar = new cliProgress.SingleBar(
      { stream: process.stderr, format: "Storing [{bar}] {percentage}% | {value}/{total} pairs", hideCursor: true },
      cliProgress.Presets.shades_classic,
    );
    progress.bar.start(total, 0);
  }
  progress.bar.update(stored);
}

function describe(summary: ImportResult, editor: ImportEditor): string {
  const by = editor.kind === "user" ? editor.username : `token "${editor.label}"`;
  if (summary.kind === "terms") {
    return `Imported glossary terms (by ${by}): ${summary.added} added, ${summary.updated} updated, ${summary.unchanged} unchanged.`;
  }
  const lines = [
    `Imported "${summary.titleIt}" as ${summary.slug} (by ${by}): ${summary.pairs} pairs.`,
    summary.pairedBy === "file"
      ? `  Paired as the file's units pair them: ${summary.italianParagraphs} with Italian, ${summary.englishParagraphs} with English.`
      : summary.englishParagraphs === null
        ? `  ${summary.italianParagraphs} Italian paragraphs, no English yet.`
        : `  ${summary.italianParagraphs} Italian paragraphs, ${summary.englishParagraphs} English paragraphs.`,
  ];
  if (summary.pairedBy === "file") {
    lines.push(`  Published to readers: ${summary.approved} pairs.`);
  } else if (summary.englishParagraphs !== null) {
    const kinds = ["1:1", "1:2", "2:1", "1:0", "0:1"].map((kind) => `${kind} ${summary.kinds[kind] ?? 0}`).join(", ");
    lines.push(`  Pairs by alignment: ${kinds}.`);
    lines.push(`  Low-confidence pairs (check them in the review workspace): ${summary.lowConfidence}.`);
    lines.push(`  Published to readers: ${summary.approved} pairs.`);
  }
  lines.push(`  Headings: ${summary.headings}.`);
  if (summary.discarded.length) lines.push(`  Left out as web-page debris: ${summary.discarded.map((line) => `"${line}"`).join(", ")}.`);
  lines.push(`  Time: ${(summary.milliseconds / 1000).toFixed(2)} s.`);
  return lines.join("\n");
}

/**
 * Reads a file named on the command line, after checking with stat that it is a regular
 * file within the limit: a file too large is refused without being read, and a device
 * or pipe is never read from.
 */
function readFile(file: string): ImportFile {
  const name = path.basename(file);
  try {
    const stat = fs.statSync(file);
    if (!stat.isFile()) throw new ImportError("unreadable", `Cannot read ${file}: it is not a regular file.`);
    const { limit, kind } = sizeLimit(name);
    if (stat.size > limit)
      throw new ImportError("too-large", `${name} is ${formatMiB(stat.size)}; the limit for ${kind} is ${formatMiB(limit)}.`);
    return { name, bytes: fs.readFileSync(file) };
  } catch (error) {
    if (error instanceof ImportError) throw error;
    const reason = (error as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : String(error);
    throw new ImportError("unreadable", `Cannot read ${file}: ${reason}.`);
  }
}

/** The importers' own limits (they check again on the bytes): XML exchange files may be larger than texts. */
function sizeLimit(name: string): { limit: number; kind: string } {
  return isExchangeFile(name) && !/\.csv$/i.test(name)
    ? { limit: MAX_EXCHANGE_BYTES, kind: "an exchange file" }
    : { limit: MAX_TEXT_BYTES, kind: "a text file" };
}

function formatMiB(size: number): string {
  return `${(size / (1024 * 1024)).toFixed(2)} MiB (${size} bytes)`;
}
