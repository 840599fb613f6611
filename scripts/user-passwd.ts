// `npm run user:passwd -- USERNAME`: sets a new password for an account and signs it
// out everywhere (every session ends). The password is read as for user:add: from
// standard input when it is not a terminal, otherwise asked twice without echo.
import { parseArgs } from "node:util";
import { db } from "../lib/db";
import { changePassword } from "../lib/auth/accounts";
import { readPassword } from "./read-password";

const { positionals } = parseArgs({ allowPositionals: true, options: {} });
const username = positionals[0];
if (!username || positionals.length > 1) {
  console.error("Usage: npm run user:passwd -- USERNAME   (the new password on standard input, or asked)");
  process.exit(2);
}

try {
  await changePassword(db, username, await readPassword());
  console.log(`New password set for "${username.trim().toLowerCase()}"; every session of the account has ended.`);
} catch (error) {
  if (!(error instanceof Error)) throw error;
  console.error(`Password not changed: ${error.message}`);
  process.exitCode = 1;
} finally {
  await db.$disconnect();
}
