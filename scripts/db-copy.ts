// `npm run db:copy -- --from URL --to URL`: copies a whole library between databases,
// SQLite or PostgreSQL either way (README, "Running on PostgreSQL"), and checks the copy
// table by table: row counts and a SHA-256 of the rows on both sides. The target is
// migrated first and must be empty. Exit 0 when every table matches; 1 otherwise,
// having said why; 2 for a wrong command line.
import { parseArgs } from "node:util";
import { databaseUrl } from "../lib/database-url";
import { copyLibrary, CopyError, describeCopy } from "./copy-library";

const USAGE = "Usage: npm run db:copy -- --from file:data/a-fronte.db --to postgresql://user:password@localhost:5432/a_fronte";

let from: string;
let to: string;
try {
  const { values } = parseArgs({ options: { from: { type: "string" }, to: { type: "string" } }, strict: true });
  if (!values.from || !values.to) throw new Error("Both --from and --to are needed.");
  from = databaseUrl({ ...process.env, DATABASE_URL: values.from });
  to = databaseUrl({ ...process.env, DATABASE_URL: values.to });
} catch (error) {
  console.error(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
  process.exit(2);
}

try {
  const { lines, ok } = describeCopy(await copyLibrary(from, to), from, to);
  for (const line of lines) console.log(line);
  process.exitCode = ok ? 0 : 1;
} catch (error) {
  if (!(error instanceof CopyError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
}
