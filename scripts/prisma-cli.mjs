#!/usr/bin/env node
// Runs Prisma's CLI offline. Prisma downloads its Rust engines on first use, and the
// download site is unreachable on our machines. This project needs neither engine:
// migrations run on the WebAssembly schema engine ("js" engine in prisma.config.ts)
// and the client on the better-sqlite3 adapter. Naming an existing file in these
// variables makes the CLI skip the download; it never executes that file.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const placeholder = fileURLToPath(import.meta.url);
const env = {
  ...process.env,
  PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? placeholder,
  PRISMA_QUERY_ENGINE_LIBRARY: process.env.PRISMA_QUERY_ENGINE_LIBRARY ?? placeholder,
  PRISMA_HIDE_UPDATE_MESSAGE: "1",
  CHECKPOINT_DISABLE: "1",
};
const cli = fileURLToPath(new URL("../node_modules/prisma/build/index.js", import.meta.url));
const result = spawnSync(process.execPath, [cli, ...process.argv.slice(2)], { stdio: "inherit", env });
process.exit(result.status ?? 1);
