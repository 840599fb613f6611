import type { NewTerm } from "../glossary/new-term";
import type { ExchangeDocument } from "./exchange-document";
import { writeGlossaryCsv } from "./glossary-csv";
import { writeTbx } from "./tbx";
import { writeTmx } from "./tmx";
import { writeXliff12 } from "./xliff-1.2";
import { writeXliff21 } from "./xliff-2.1";

interface Format<T> {
  write: (content: T) => string;
  /** Appended to the slug (or the glossary's name) to name the downloaded file. */
  suffix: string;
  contentType: string;
}

const TMX = "application/x-tmx+xml; charset=utf-8";
const XLIFF = "application/xliff+xml; charset=utf-8";

/** What readers download: the published edition. Markdown is written apart, with labels in the reader's language. */
export const PUBLIC_DOCUMENT_FORMATS = {
  tmx: { write: writeTmx, suffix: ".tmx", contentType: TMX },
} satisfies Record<string, Format<ExchangeDocument>>;

export const MARKDOWN = { suffix: ".md", contentType: "text/markdown; charset=utf-8" } as const;

/** What the team exports: the working edition, statuses and notes included. */
export const TEAM_DOCUMENT_FORMATS = {
  tmx: { write: writeTmx, suffix: ".working.tmx", contentType: TMX },
  "xliff-1.2": { write: writeXliff12, suffix: ".xliff12.xlf", contentType: XLIFF },
  "xliff-2.1": { write: writeXliff21, suffix: ".xliff21.xlf", contentType: XLIFF },
} satisfies Record<string, Format<ExchangeDocument>>;

export const GLOSSARY_FORMATS = {
  tbx: { write: writeTbx, suffix: ".tbx", contentType: "application/x-tbx+xml; charset=utf-8" },
  csv: { write: writeGlossaryCsv, suffix: ".csv", contentType: "text/csv; charset=utf-8" },
} satisfies Record<string, Format<readonly NewTerm[]>>;

/** A file download: its type, and a file name the browser saves it under. */
export function fileResponse(body: string, fileName: string, contentType: string, cacheControl: string): Response {
  return new Response(body, {
    headers: {
      "Content-Type": contentType,
      "Content-Disposition": `attachment; filename="${fileName}"`,
      "Cache-Control": cacheControl,
      "X-Content-Type-Options": "nosniff",
    },
  });
}

/** A refusal as plain text, worded by the caller in the reader's language (Exchange.notFound and the like). */
export function textResponse(message: string, status: 401 | 403 | 404): Response {
  return new Response(message, { status, headers: { "Content-Type": "text/plain; charset=utf-8" } });
}
