import type { DecodeOptions } from "../core/decode-text";
import { ImportError } from "../core/import-error";
import type { NewTerm } from "../glossary/new-term";
import type { ImportedDocument } from "./exchange-document";
import { readGlossaryCsv } from "./glossary-csv";
import { readXml } from "./safe-xml";
import { readTbx } from "./tbx";
import { readTmx } from "./tmx";
import { readXliff12 } from "./xliff-1.2";
import { readXliff21 } from "./xliff-2.1";

export type { ImportedDocument } from "./exchange-document";

/** The files translators exchange: documents as TMX or XLIFF, glossary terms as TBX or CSV. */
export const EXCHANGE_EXTENSIONS = [".tmx", ".xlf", ".xliff", ".tbx", ".csv"] as const;

export function isExchangeFile(fileName: string): boolean {
  return extensionOf(fileName) !== undefined;
}

export type ExchangeFile = { kind: "document"; document: ImportedDocument } | { kind: "terms"; terms: NewTerm[] };

/**
 * Reads an exchange file by its extension. XML is read safely (no entity
 * declarations, a size limit); throws ImportError naming what is wrong and where.
 */
export function readExchangeFile(bytes: Uint8Array, fileName: string, options: DecodeOptions = {}): ExchangeFile {
  switch (extensionOf(fileName)) {
    case ".tmx":
      return { kind: "document", document: readTmx(readXml(bytes, fileName, options), fileName) };
    case ".xlf":
    case ".xliff": {
      const root = readXml(bytes, fileName, options);
      const version2 = root.name === "xliff" && root.attributes.version?.startsWith("2");
      return { kind: "document", document: version2 ? readXliff21(root, fileName) : readXliff12(root, fileName) };
    }
    case ".tbx":
      return { kind: "terms", terms: readTbx(readXml(bytes, fileName, options), fileName) };
    case ".csv":
      return { kind: "terms", terms: readGlossaryCsv(bytes, fileName, options) };
    default:
      throw new ImportError("unsupported-format", `${fileName} is not an exchange file; A Fronte reads ${EXCHANGE_EXTENSIONS.join(", ")}.`);
  }
}

function extensionOf(fileName: string): (typeof EXCHANGE_EXTENSIONS)[number] | undefined {
  const lower = fileName.toLowerCase();
  return EXCHANGE_EXTENSIONS.find((extension) => lower.endsWith(extension));
}
