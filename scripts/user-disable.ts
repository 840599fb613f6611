// `npm run user:disable -- USERNAME [--enable]`: disables an account, which ends every
// session it has and refuses its sign-ins, or enables it again. Its work stays.
import { parseArgs } from "node:util";
import { db } from "../lib/db";
import { setAccountDisabled } from "../lib/auth/accounts";

const { values, positionals } = parseArgs({ allowPositionals: true, options: { enable: { type: "boolean", default: false } } });
const username = positionals[0];
if (!username || positionals.length > 1) {
  console.error("Usage: npm run user:disable -- USERNAME [--enable]");
  process.exit(2);
}

try {
  await setAccountDisabled(db, username, !values.enable);
  const name = username.trim().toLowerCase();
  console.log(
    values.enable ? `Enabled "${name}": it can sign in again.` : `Disabled "${name}": its sessions have ended and it cannot sign in.`,
  );
} catch (error) {
  if (!(error instanceof Error)) throw error;
  console.error(`Nothing changed: ${error.message}`);
  process.exitCode = 1;
} finally {
  await db.$disconnect();
}
