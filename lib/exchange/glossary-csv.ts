import { parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";
import { z } from "zod";
import { decodeText, type DecodeOptions } from "../core/decode-text";
import { ImportError } from "../core/import-error";
import { slugify } from "../core/slug";
import { newTermSchema, type NewTerm } from "../glossary/new-term";

/** The columns, one per field of a term; a cell of forms (or sources) holds one per line. */
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
  "sources",
] as const;

type Column = (typeof GLOSSARY_COLUMNS)[number];
const REQUIRED: readonly Column[] = ["termIt", "termEn"];

// A cell a spreadsheet would run as a formula opens with one of these (csv-stringify's
// escape_formulas list, full-width forms included); the writer puts a "'" before it.
const FORMULA_START = "[=+\\-@\\t\\r\\uFF1D\\uFF0B\\uFF0D\\uFF20]";
/** "'" before a formula character: the writer's guard, or a cell's own text (which then gets one more, for the reader to take off). */
const APOSTROPHES_BEFORE_FORMULA = new RegExp(`^'+${FORMULA_START}`);

/**
 * The glossary as CSV for spreadsheets: a UTF-8 byte-order mark, so that Excel reads the
 * accents as UTF-8, and no cell a spreadsheet would run as a formula (formula injection).
 */
export function writeGlossaryCsv(terms: readonly NewTerm[]): string {
  const csv = stringify(
    terms.map((term) =>
      GLOSSARY_COLUMNS.map((column) => {
        const value = term[column];
        const cell = Array.isArray(value) ? value.join("\n") : (value ?? "");
        return APOSTROPHES_BEFORE_FORMULA.test(cell) ? `'${cell}` : cell;
      }),
    ),
    { header: true, columns: [...GLOSSARY_COLUMNS], record_delimiter: "\n", escape_formulas: true },
  );
  return `\uFEFF${csv}`;
}

/**
 * Reads a glossary CSV with a header row naming its columns. Only the headwords are
 * required (a definition may wait for someone to write it): the slug defaults to the Italian headword's, the kind to
 * "concept", and the forms, when neither language lists any, to the headwords.
 */
export function readGlossaryCsv(bytes: Uint8Array, fileName: string, options: DecodeOptions = {}): NewTerm[] {
  const text = decodeText(bytes, fileName, options);
  let rows: Record<string, string>[];
  try {
    rows = parse(text, { columns: true, skip_empty_lines: true, relax_quotes: false }) as Record<string, string>[];
  } catch (error) {
    throw new ImportError("invalid-csv", `${fileName} is not valid CSV: ${error instanceof Error ? error.message : String(error)}`);
  }
  const header = Object.keys(rows[0] ?? {});
  const unknown = header.filter((name) => !(GLOSSARY_COLUMNS as readonly string[]).includes(name));
  if (unknown.length) {
    throw new ImportError(
      "invalid-csv",
      `${fileName} has columns A Fronte does not know: ${unknown.join(", ")}. The columns are ${GLOSSARY_COLUMNS.join(", ")}.`,
    );
  }
  const missing = REQUIRED.filter((name) => !header.includes(name));
  if (rows.length > 0 && missing.length) throw new ImportError("invalid-csv", `${fileName} lacks the column(s) ${missing.join(", ")}.`);
  if (rows.length === 0)
    throw new ImportError("no-paragraphs", `${fileName} holds no terms: a header row and one row per term are expected.`);

  const slugs = new Set<string>();
  return rows.map((row, index) => {
    const raw = (column: Column) => unescapeFormula(row[column]?.trim() ?? "");
    const cell = (column: Column) => raw(column) || undefined;
    const label = `row ${index + 2}`;
    let formsIt = lines(raw("formsIt"));
    let formsEn = lines(raw("formsEn"));
    if (formsIt.length + formsEn.length === 0) [formsIt, formsEn] = [[cell("termIt") ?? ""], [cell("termEn") ?? ""]];
    const slug = cell("slug") ?? slugify(cell("termIt") ?? "");
    if (slugs.has(slug))
      throw new ImportError("invalid-csv", `${fileName}: ${label} has the slug "${slug}", like a row before it; each term needs its own.`);
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
      sources: cell("sources"),
      formsIt,
      formsEn,
    });
    if (!parsed.success) throw new ImportError("invalid-csv", `${fileName}: ${label} was refused: ${z.prettifyError(parsed.error)}`);
    return parsed.data;
  });
}

/** A cell as written before the writer guarded it against formulas: one leading "'" before a formula character taken off. */
function unescapeFormula(cell: string): string {
  return APOSTROPHES_BEFORE_FORMULA.test(cell) ? cell.slice(1) : cell;
}

function lines(cell: string): string[] {
  return cell
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean);
}
