import { spawn } from "node:child_process";
import path from "node:path";
import { ImportError, type ImportErrorCode } from "../core/import-error";
import { SourceFileError, type DocumentImport, type ImportOptions } from "./import-document";
import type { ImportResult } from "./import-file";

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
 */
export async function importElsewhere(
  request: DocumentImport,
  options: Omit<ImportOptions, "signal" | "onProgress"> & { onProgress?: (stored: number, total: number) => void; signal?: AbortSignal },
): Promise<ImportResult> {
  const { onProgress, signal, ...plain } = options;
  const child = spawn(process.execPath, ["--import", "tsx", importProcess()], {
    serialization: "advanced",
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  const answer = await new Promise<ImportAnswer>((resolve, reject) => {
    let answered = false;
    child.on("message", (message: { progress?: { stored: number; total: number }; answer?: ImportAnswer }) => {
      if (message.progress) onProgress?.(message.progress.stored, message.progress.total);
      if (message.answer) {
        answered = true;
        resolve(message.answer);
      }
    });
    child.once("error", reject);
    child.once("exit", (code, signal) => {
      if (!answered) reject(new Error(`The import's process stopped before answering (${signal ?? `exit ${code}`}); nothing was stored.`));
    });
    // Stopping the import kills its process: its transaction never commits, and nothing of it remains.
    signal?.addEventListener("abort", () => child.kill("SIGKILL"), { once: true });
    child.send({ request, options: plain });
  });
  if (answer.ok) return answer.result;
  if ("failure" in answer) throw new Error(`The import failed: ${answer.failure}`);
  const { code, message, file } = answer.refusal;
  const error = new ImportError(code, message);
  throw file ? new SourceFileError(error, file.language, file.fileName) : error;
}
