// `npm run bench:postgres`: only the PostgreSQL goals of `npm run bench` (scripts/bench/postgres.ts),
// after the SQLite search bench they compare recall with and the build they serve.
import { benchPostgres } from "./bench/postgres";
import { printResults } from "./bench/report";
import { benchSearch } from "./bench/search";
import { buildIfNeeded } from "./build-if-needed";

process.env.NEXT_TELEMETRY_DISABLED = "1";
await buildIfNeeded();
await benchSearch();
printResults(
  await benchPostgres({ port: Number(process.env.BENCH_PORT ?? 3300), chromiumPath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium" }),
);
