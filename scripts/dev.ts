// `npm run dev`: the same database preparation as `npm start`, then Next's dev server (through scripts/serve.mjs).
import { spawn } from "node:child_process";
import { prepareDatabase } from "./prepare-database";

process.env.NEXT_TELEMETRY_DISABLED = "1";
await prepareDatabase();
const server = spawn(process.execPath, ["scripts/serve.mjs", "--dev"], {
  stdio: "inherit",
  env: { ...process.env, PORT: process.env.PORT ?? "3000" },
});
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
