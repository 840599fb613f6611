import { spawn } from "node:child_process";
import path from "node:path";
import { ImportError, type ImportErrorCode } from "../core/import-error";
import { SourceFileError, type DocumentImport, type ImportOptions } from "./import-document";
import type { ImportResult } from "./import-file";
import { removeImport } from "./store-document";
import type { Database } from "../prisma-client";

/** What the import's process answers: the result, a refusal to show, or a failure to log. */
export type ImportAnswer =
  | { ok: true; result: ImportResult }
  | { ok: false; refusal: { code: ImportErrorCode; message: string; file: { language: "it" | "en" | null; fileName: string } | null } }
  | { ok: false; failure: string };

/**
 * The import's own process: a script of this repository, run as the other scripts are
 * (tsx). Named at run time (the bundler would otherwise try to bundle the script).
 */
const importProcess = () => path.join(/* turbopackIgnore: true */ process.cwd(), ...IMPORT_PROCESS_PATH);
const IMPORT_PROCESS_PATH = ["scripts", "import-process.ts"];

/**
 * lib/import/import-file.ts importFile, in a process of its own (scripts/import-process.ts):
 * reading, aligning and storing a book takes seconds of CPU, which in the server's
 * process would hold up every reader's request for as long. Same answers as importFile:
 * the result, or the same ImportError; anything else is thrown as an unexpected failure.
 * The process works on the same database (DATABASE_URL) as `db`, which removes what a
 * killed import wrote.
 */
export async function importElsewhere(
  db: Database,
  request: DocumentImport,
  options: Omit<ImportOptions, "signal" | "onProgress"> & { onProgress?: (stored: number, total: number) => void; signal?: AbortSignal },
): Promise<ImportResult> {
  const { onProgress, signal, ...plain } = options;
  const child = spawn(process.execPath, ["--import", "tsx", importProcess()], {
    serialization: "advanced",
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  let started: number | null = null;
  const answer = await new Promise<ImportAnswer>((resolve, reject) => {
    let answered = false;
    child.on("message", (message: { started?: number; progress?: { stored: number; total: number }; answer?: ImportAnswer }) => {
      if (message.started) started = message.started;
      if (message.progress) onProgress?.(message.progress.stored, message.progress.total);
      if (message.answer) {
        answered = true;
        resolve(message.answer);
      }
    });
    child.once("error", reject);
    child.once("exit", (code, signal) => {
      if (answered) return;
      // What the killed import wrote is hidden from everyone; it goes now.
      const cleanUp = started === null ? Promise.resolve() : removeImport(db, started);
      const stopped = new Error(`The import's process stopped before answering (${signal ?? `exit ${code}`}); nothing was stored.`);
      cleanUp.then(() => reject(stopped), reject);
    });
    // Stopping the import kills its process, and what it wrote is removed.
    signal?.addEventListener("abort", () => child.kill("SIGKILL"), { once: true });
    child.send({ request, options: plain });
  });
  if (answer.ok) return answer.result;
  if ("failure" in answer) throw new Error(`The import failed: ${answer.failure}`);
  const { code, message, file } = answer.refusal;
  const error = new ImportError(code, message);
  throw file ? new SourceFileError(error, file.language, file.fileName) : error;
}
