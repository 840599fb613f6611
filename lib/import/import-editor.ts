import { verifyPassword } from "../auth/password";
import { ImportError } from "../core/import-error";
import { can } from "../core/roles";
import type { Database } from "../prisma-client";
import { acceptImportToken } from "./import-token";

/** Who an import is made by: an admin account, or a token for before accounts exist. */
export type ImportEditor = { kind: "user"; id: number; username: string } | { kind: "token"; id: number; label: string };

/**
 * The command line's check, on every run: an admin's username and password, or an
 * import token. Refusals say what was wrong without telling which usernames exist.
 */
export async function authorizeImport(
  db: Database,
  credentials: { username: string; password: string } | { token: string },
): Promise<ImportEditor> {
  if ("token" in credentials) {
    const token = await acceptImportToken(db, credentials.token);
    if (!token)
      throw new ImportError("unauthorized", "The import token is unknown or revoked; make one with npm run import:token -- --label LABEL.");
    return { kind: "token", id: token.id, label: token.label };
  }
  const user = await db.user.findUnique({ where: { username: credentials.username.trim().toLowerCase() } });
  const matches = user && !user.disabledAt ? await verifyPassword(credentials.password, user.passwordHash) : false;
  if (!user || !matches) throw new ImportError("unauthorized", "Wrong username or password.");
  if (!can(user, "import")) {
    throw new ImportError("unauthorized", `"${user.username}" is a ${user.role}; only an admin may import texts.`);
  }
  return { kind: "user", id: user.id, username: user.username };
}
