import fs from "node:fs";
import path from "node:path";

/** The corpus as the product received it, shared beside the repository. */
export const SHARED_CORPUS_FILE = path.resolve("..", "shared", "corpus", "cesi-cina-kazakhstan.it.txt");

export function utf8(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

export function readSharedCorpus(): Buffer {
  return fs.readFileSync(SHARED_CORPUS_FILE);
}
