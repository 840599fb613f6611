// `npm start`: prepares the database (migrations, seed), builds the app when its
// sources changed since the last build, and serves it (scripts/serve.mjs).
import { spawn } from "node:child_process";
import { prepareDatabase } from "./prepare-database";
import { buildIfNeeded } from "./build-if-needed";

const port = process.env.PORT ?? "3000";
process.env.NEXT_TELEMETRY_DISABLED = "1";

await prepareDatabase();
await buildIfNeeded();

// scripts/serve.mjs is `next start` plus the client's address worked out from the
// socket and the trusted proxies (see README, Security).
const server = spawn(process.execPath, ["scripts/serve.mjs"], { stdio: "inherit", env: { ...process.env, PORT: port } });
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => server.kill(signal));
}
server.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
