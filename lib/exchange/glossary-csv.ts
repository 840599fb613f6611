import { parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";
import { z } from "zod";
import { newTermSchema, type NewTerm } from "../glossary/new-term";
import { decodeText } from "../import/decode-text";
import { ImportError } from "../import/import-error";
import { slugify } from "../text/slug";

/** The columns, one per field of a term; a cell of forms holds one form per line. */
export const GLOSSARY_COLUMNS = [
  "slug",
  "kind",
  "termIt",
  "termEn",
  "abbreviation",
  "expansionIt",
  "expansionEn",
  "definitionIt",
  "definitionEn",
  "formsIt",
  "formsEn",
] as const;

type Column = (typeof GLOSSARY_COLUMNS)[number];
const REQUIRED: readonly Column[] = ["termIt", "termEn", "definitionIt", "definitionEn"];

export function writeGlossaryCsv(terms: readonly NewTerm[]): string {
  return stringify(
    terms.map((term) =>
      GLOSSARY_COLUMNS.map((column) => {
        const value = term[column];
        return Array.isArray(value) ? value.join("\n") : (value ?? "");
      }),
    ),
    { header: true, columns: [...GLOSSARY_COLUMNS], record_delimiter: "\n" },
  );
}

/**
 * Reads a glossary CSV with a header row naming its columns. Only the headwords and
 * definitions are required: the slug defaults to the Italian headword's, the kind to
 * "concept", and the forms, when neither language lists any, to the headwords.
 */
export function readGlossaryCsv(bytes: Uint8Array, fileName: string): NewTerm[] {
  const text = decodeText(bytes, fileName);
  let rows: Record<string, string>[];
  try {
    rows = parse(text, { columns: true, skip_empty_lines: true, relax_quotes: false }) as Record<string, string>[];
  } catch (error) {
    throw new ImportError("invalid-csv", `${fileName} is not valid CSV: ${error instanceof Error ? error.message : String(error)}`);
  }
  const header = Object.keys(rows[0] ?? {});
  const unknown = header.filter((name) => !(GLOSSARY_COLUMNS as readonly string[]).includes(name));
  if (unknown.length) {
    throw new ImportError("invalid-csv", `${fileName} has columns A Fronte does not know: ${unknown.join(", ")}. The columns are ${GLOSSARY_COLUMNS.join(", ")}.`);
  }
  const missing = REQUIRED.filter((name) => !header.includes(name));
  if (rows.length > 0 && missing.length) throw new ImportError("invalid-csv", `${fileName} lacks the column(s) ${missing.join(", ")}.`);
  if (rows.length === 0) throw new ImportError("no-paragraphs", `${fileName} holds no terms: a header row and one row per term are expected.`);

  const slugs = new Set<string>();
  return rows.map((row, index) => {
    const cell = (column: Column) => row[column]?.trim() || undefined;
    const label = `row ${index + 2}`;
    let formsIt = lines(row.formsIt);
    let formsEn = lines(row.formsEn);
    if (formsIt.length + formsEn.length === 0) [formsIt, formsEn] = [[cell("termIt") ?? ""], [cell("termEn") ?? ""]];
    const slug = cell("slug") ?? slugify(cell("termIt") ?? "");
    if (slugs.has(slug)) throw new ImportError("invalid-csv", `${fileName}: ${label} has the slug "${slug}", like a row before it; each term needs its own.`);
    slugs.add(slug);
    const parsed = newTermSchema.safeParse({
      slug,
      kind: cell("kind") ?? "concept",
      termIt: cell("termIt"),
      termEn: cell("termEn"),
      abbreviation: cell("abbreviation"),
      expansionIt: cell("expansionIt"),
      expansionEn: cell("expansionEn"),
      definitionIt: cell("definitionIt"),
      definitionEn: cell("definitionEn"),
      formsIt,
      formsEn,
    });
    if (!parsed.success) throw new ImportError("invalid-csv", `${fileName}: ${label} was refused: ${z.prettifyError(parsed.error)}`);
    return parsed.data;
  });
}

function lines(cell: string | undefined): string[] {
  return (cell ?? "").split("\n").map((line) => line.trim()).filter(Boolean);
}
