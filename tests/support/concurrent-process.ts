import { spawn } from "node:child_process";
import readline from "node:readline";
import type { ReaderConfig, WriterConfig } from "./concurrent-writer";

/** One tests/support/concurrent-writer.ts process as its parent drives it. */
export interface ConcurrentProcess {
  /** Its report lines, as they came (a writer's attempts, a reader's reads or errors). */
  lines: object[];
  /** Connected and waiting for the line that starts every process at once. */
  ready: Promise<void>;
  exited: Promise<number | null>;
  stdin: NodeJS.WritableStream;
  stderr: () => string;
}

/** Starts a writer or a reader on the database at `url`, for the concurrency test and the bench. */
export function startConcurrentProcess(url: string, mode: "writer" | "reader", config: WriterConfig | ReaderConfig): ConcurrentProcess {
  const child = spawn(
    process.execPath,
    ["node_modules/tsx/dist/cli.mjs", "tests/support/concurrent-writer.ts", mode, JSON.stringify(config)],
    {
      env: { ...process.env, DATABASE_URL: url },
      stdio: ["pipe", "pipe", "pipe"],
    },
  );
  const lines: object[] = [];
  let stderr = "";
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  let markReady!: () => void;
  const ready = new Promise<void>((resolve) => (markReady = resolve));
  readline.createInterface({ input: child.stdout }).on("line", (line) => {
    const parsed = JSON.parse(line) as { ready?: boolean };
    if (parsed.ready) markReady();
    else lines.push(parsed);
  });
  const exited = new Promise<number | null>((resolve) => child.on("close", (code) => resolve(code)));
  void exited.then(() => markReady());
  return { lines, ready, exited, stdin: child.stdin, stderr: () => stderr };
}
