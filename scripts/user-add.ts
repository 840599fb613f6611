// `npm run user:add -- USERNAME --role translator|reviewer|admin [--name "Display Name"]`
// Creates an account. The password is read from standard input when it is not a
// terminal (echo "$PASSWORD" | npm run user:add -- ...), otherwise asked twice without
// echo. There is no default password.
import { parseArgs } from "node:util";
import { db } from "../lib/db";
import { createUser } from "../lib/auth/accounts";
import { readPassword } from "./read-password";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { role: { type: "string" }, name: { type: "string" } },
});
const username = positionals[0];
if (!username || !values.role) {
  console.error('Usage: npm run user:add -- USERNAME --role translator|reviewer|admin [--name "Display Name"]');
  process.exit(2);
}

try {
  const password = await readPassword();
  const user = await createUser(db, {
    username,
    displayName: values.name ?? username,
    role: values.role as "translator",
    password,
  });
  console.log(`Created ${user.role} "${user.username}" (${user.displayName}).`);
} catch (error) {
  if (!(error instanceof Error)) throw error;
  console.error(`No account created: ${error.message}`);
  process.exitCode = 1;
} finally {
  await db.$disconnect();
}
