import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

/** Debian's epubcheck (package `epubcheck`, which `npm test` installs when missing): a jar run with Java. */
export const EPUBCHECK_JAR = "/usr/share/java/epubcheck.jar";

export interface EpubcheckReport {
  /** Fatal errors, errors and warnings, as "ERROR(RSC-005): file(line,column): message". */
  problems: string[];
  output: string;
}

/** Runs epubcheck on an e-book's bytes; throws, saying what to install, when it is missing. */
export function epubcheck(book: Uint8Array): EpubcheckReport {
  if (!fs.existsSync(EPUBCHECK_JAR)) {
    throw new Error(`epubcheck is missing (${EPUBCHECK_JAR}): install Debian's package as root (apt-get install -y epubcheck).`);
  }
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), "epubcheck-"));
  const file = path.join(folder, "book.epub");
  fs.writeFileSync(file, book);
  try {
    const result = spawnSync("java", ["-jar", EPUBCHECK_JAR, file], { encoding: "utf8", timeout: 120_000 });
    const output = `${result.stdout}\n${result.stderr}`;
    const problems = output.split("\n").filter((line) => /^(FATAL|ERROR|WARNING)\(/.test(line));
    if (result.status !== 0 && problems.length === 0) problems.push(`epubcheck exited with ${result.status}: ${output.trim()}`);
    return { problems, output };
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
}
