import type { NewTerm } from "../glossary/new-term";
import { z } from "zod";
import type { ExchangeDocument, Segmentation, StreamedDocument } from "./exchange-document";
import { writeGlossaryCsv } from "./glossary-csv";
import { writeTbx } from "./tbx";
import { streamTmx, writeTmx } from "./tmx";
import { streamXliff12, writeXliff12 } from "./xliff-1.2";
import { streamXliff21, writeXliff21 } from "./xliff-2.1";

interface Format<T> {
  write: (content: T) => string;
  /** Appended to the slug (or the glossary's name) to name the downloaded file. */
  suffix: string;
  contentType: string;
}

/**
 * A text's format: written whole (tests, tools), or streamed as its pairs are read (the
 * routes); by pair, or for TMX and XLIFF also by sentence link (`?segments=sentences`).
 */
interface DocumentFormat {
  write: (document: ExchangeDocument, segmentation?: Segmentation) => string;
  stream: (document: StreamedDocument, segmentation?: Segmentation) => AsyncIterable<string>;
  bySentence: boolean;
  suffix: string;
  contentType: string;
}

const segmentsQuery = z.enum(["paragraphs", "sentences"]).default("paragraphs");

/**
 * How a file route is asked to cut the text (`?segments=`): absent or "paragraphs" for
 * a unit per pair, "sentences" for one per sentence link where the format allows; null
 * for anything else, which the route refuses.
 */
export function segmentation(request: Request, bySentence: boolean): Segmentation | null {
  const parsed = segmentsQuery.safeParse(new URL(request.url).searchParams.get("segments") ?? undefined);
  if (!parsed.success || (parsed.data === "sentences" && !bySentence)) return null;
  return parsed.data;
}

/** The name a file is saved under: the slug, ".sentences" for a file cut by sentence, the format's suffix. */
export function fileName(slug: string, suffix: string, segments: Segmentation): string {
  return `${slug}${segments === "sentences" ? ".sentences" : ""}${suffix}`;
}

const TMX = "application/x-tmx+xml; charset=utf-8";
const XLIFF = "application/xliff+xml; charset=utf-8";

/** What readers download: the published edition. Markdown is written apart, with labels in the reader's language. */
export const PUBLIC_DOCUMENT_FORMATS = {
  tmx: { write: writeTmx, stream: streamTmx, bySentence: true, suffix: ".tmx", contentType: TMX },
} satisfies Record<string, DocumentFormat>;

export const MARKDOWN = { suffix: ".md", contentType: "text/markdown; charset=utf-8" } as const;
export const EPUB = { suffix: ".epub", contentType: "application/epub+zip" } as const;

/** What the team exports: the working edition, statuses and notes included. */
export const TEAM_DOCUMENT_FORMATS = {
  tmx: { write: writeTmx, stream: streamTmx, bySentence: true, suffix: ".working.tmx", contentType: TMX },
  "xliff-1.2": { write: writeXliff12, stream: streamXliff12, bySentence: true, suffix: ".xliff12.xlf", contentType: XLIFF },
  "xliff-2.1": { write: writeXliff21, stream: streamXliff21, bySentence: true, suffix: ".xliff21.xlf", contentType: XLIFF },
} satisfies Record<string, DocumentFormat>;

export const GLOSSARY_FORMATS = {
  tbx: { write: writeTbx, suffix: ".tbx", contentType: "application/x-tbx+xml; charset=utf-8" },
  csv: { write: writeGlossaryCsv, suffix: ".csv", contentType: "text/csv; charset=utf-8" },
} satisfies Record<string, Format<readonly NewTerm[]>>;

/**
 * A file download: its type, and a file name the browser saves it under. A streamed
 * body is sent as it is written, in pieces of about 64 KB.
 */
export function fileResponse(
  body: string | AsyncIterable<string> | ReadableStream<Uint8Array>,
  fileName: string,
  contentType: string,
  cacheControl: string,
): Response {
  return new Response(typeof body === "string" || body instanceof ReadableStream ? body : byteStream(body), {
    headers: {
      "Content-Type": contentType,
      "Content-Disposition": `attachment; filename="${fileName}"`,
      "Cache-Control": cacheControl,
      "X-Content-Type-Options": "nosniff",
    },
  });
}

/** A refusal as plain text, worded by the caller in the reader's language (Exchange.notFound and the like). */
export function textResponse(message: string, status: 400 | 401 | 403 | 404): Response {
  return new Response(message, { status, headers: { "Content-Type": "text/plain; charset=utf-8" } });
}

const PIECE = 64 * 1024;

/** Bytes as a stream read as it is sent (an e-book's zip, made as its pairs are read). */
export function streamOf(parts: AsyncIterable<Uint8Array>): ReadableStream<Uint8Array> {
  const iterator = parts[Symbol.asyncIterator]();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const { done, value } = await iterator.next();
      if (done) controller.close();
      else controller.enqueue(value);
    },
    async cancel() {
      await iterator.return?.();
    },
  });
}

/** Strings as a stream of UTF-8 bytes, gathered into pieces of about PIECE characters. */
function byteStream(parts: AsyncIterable<string>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const iterator = parts[Symbol.asyncIterator]();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      let piece = "";
      while (piece.length < PIECE) {
        const { done, value } = await iterator.next();
        if (done) {
          if (piece) controller.enqueue(encoder.encode(piece));
          controller.close();
          return;
        }
        piece += value;
      }
      controller.enqueue(encoder.encode(piece));
    },
    async cancel() {
      await iterator.return?.();
    },
  });
}
