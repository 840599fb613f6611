import { ImportError } from "./import-error";
import { checkInvisible } from "./invisible-characters";
import { MAX_TEXT_BYTES } from "./limits";

const SAMPLE_BYTES = 8192;

/** How a file's text is taken in: with its invisible characters removed, or refused for them (the default). */
export interface DecodeOptions {
  stripInvisible?: boolean;
}

/**
 * Decodes an uploaded text file as UTF-8, refusing what is not UTF-8 text. Returns
 * the text in Unicode NFC with Unix line ends and without a byte-order mark, and
 * without invisible characters (lib/core/invisible-characters.ts): refused for them
 * unless `stripInvisible`.
 */
export function decodeText(bytes: Uint8Array, fileName = "the file", options: DecodeOptions = {}): string {
  if (bytes.length === 0) throw new ImportError("empty", `${fileName} is empty (0 bytes).`);
  if (bytes.length > MAX_TEXT_BYTES) {
    throw new ImportError(
      "too-large",
      `${fileName} is ${formatMiB(bytes.length)}; the limit for a text file is ${formatMiB(MAX_TEXT_BYTES)}.`,
    );
  }
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) {
    throw new ImportError("not-utf8", `${fileName} is encoded as UTF-16; save it as UTF-8 and import it again.`);
  }
  if (looksBinary(bytes)) {
    throw new ImportError("binary", `${fileName} is not a text file: it contains binary data (NUL or control bytes).`);
  }

  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    const offset = firstInvalidUtf8Offset(bytes);
    throw new ImportError(
      "not-utf8",
      `${fileName} is not valid UTF-8 (first bad byte 0x${bytes[offset]?.toString(16).padStart(2, "0")} at offset ${offset}); ` +
        "it looks like Latin-1 or Windows-1252. Save it as UTF-8 and import it again.",
    );
  }

  text = text
    .replace(/^\uFEFF/, "")
    .replace(/\r\n?/g, "\n")
    .normalize("NFC");
  if (text.trim() === "") throw new ImportError("empty", `${fileName} contains only white space.`);
  return checkInvisible(text, fileName, options.stripInvisible);
}

function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, SAMPLE_BYTES);
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) return true;
    // Control characters other than tab, line feed, form feed and carriage return.
    if (byte < 0x20 && byte !== 9 && byte !== 10 && byte !== 12 && byte !== 13) control++;
  }
  return control > sample.length * 0.01;
}

/** Where the message should point: the first byte that cannot start or continue a sequence. */
function firstInvalidUtf8Offset(bytes: Uint8Array): number {
  let index = 0;
  while (index < bytes.length) {
    const lead = bytes[index] ?? 0;
    const length =
      lead < 0x80 ? 1 : lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
    if (length === 0) return index;
    for (let next = 1; next < length; next++) {
      if (((bytes[index + next] ?? 0) & 0xc0) !== 0x80) return index;
    }
    index += length;
  }
  return Math.max(0, bytes.length - 1);
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((byte, index) => bytes[index] === byte);
}

function formatMiB(size: number): string {
  return `${(size / (1024 * 1024)).toFixed(2)} MiB (${size} bytes)`;
}
