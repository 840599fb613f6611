// `npm run import:token -- --label LABEL`   makes a token for `npm run import` and prints it once
// `npm run import:token -- --list`          lists tokens (never the tokens themselves)
// `npm run import:token -- --revoke ID`     revokes a token for good
// A token lets the command-line importer act for an editor before any account exists:
// A_FRONTE_IMPORT_TOKEN=TOKEN npm run import -- FILE. Only its SHA-256 is stored.
import { parseArgs } from "node:util";
import { ImportError } from "../lib/core/import-error";
import { db } from "../lib/db";
import { createImportToken, listImportTokens, revokeImportToken } from "../lib/import/import-token";

const USAGE = "Usage: npm run import:token -- --label LABEL | --list | --revoke ID";
let values: { label?: string; list?: boolean; revoke?: string };
try {
  ({ values } = parseArgs({ options: { label: { type: "string" }, list: { type: "boolean" }, revoke: { type: "string" } } }));
} catch (error) {
  console.error(`${(error as Error).message}\n${USAGE}`);
  process.exit(2);
}
if (
  [values.label !== undefined, values.list, values.revoke !== undefined].filter(Boolean).length !== 1 ||
  (values.revoke && !/^\d+$/.test(values.revoke))
) {
  console.error(USAGE);
  process.exit(2);
}

try {
  if (values.label !== undefined) {
    const { id, token } = await createImportToken(db, values.label);
    console.log(`Import token ${id} ("${values.label.trim()}"). It is shown only this once; keep it secret:\n${token}`);
    console.log(`Use it as: A_FRONTE_IMPORT_TOKEN=${token.slice(0, 8)}… npm run import -- FILE`);
  } else if (values.list) {
    const tokens = await listImportTokens(db);
    if (tokens.length === 0) console.log("No import tokens.");
    for (const row of tokens) {
      const state = row.revokedAt
        ? `revoked ${row.revokedAt.toISOString()}`
        : row.lastUsedAt
          ? `last used ${row.lastUsedAt.toISOString()}`
          : "never used";
      console.log(`${row.id}\t${row.label}\tmade ${row.createdAt.toISOString()}\t${state}`);
    }
  } else if (await revokeImportToken(db, Number(values.revoke))) {
    console.log(`Revoked import token ${values.revoke}.`);
  } else {
    console.error(`No usable import token ${values.revoke} (unknown or already revoked).`);
    process.exitCode = 1;
  }
} catch (error) {
  if (!(error instanceof ImportError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
} finally {
  await db.$disconnect();
}
