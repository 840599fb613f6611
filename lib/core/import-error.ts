export type ImportErrorCode =
  | "unreadable"
  | "empty"
  | "too-large"
  | "binary"
  | "not-utf8"
  | "no-paragraphs"
  | "no-title"
  | "invalid-metadata"
  | "slug-taken"
  | "aborted"
  | "unauthorized"
  | "unalignable"
  | "invisible-characters"
  /** A Fronte's own Markdown reading edition, which is for reading, not for import. */
  | "reading-edition"
  // Exchange files (TMX, XLIFF, TBX, CSV): lib/exchange.
  | "unsupported-format"
  | "not-xml"
  | "unsafe-xml"
  | "wrong-root"
  | "missing-language"
  | "missing-target"
  | "invalid-unit"
  | "invalid-csv";

/** A refused import: `code` for programs, `message` for people (says what and why). */
export class ImportError extends Error {
  constructor(
    readonly code: ImportErrorCode,
    message: string,
  ) {
    super(message);
    this.name = "ImportError";
  }
}
