import { createHash, randomBytes } from "node:crypto";
import { z } from "zod";
import { ImportError } from "../core/import-error";
import type { Database } from "../prisma-client";

/** Tokens are shown once, as "afi_" and 43 base64url characters; only their SHA-256 is stored. */
const PREFIX = "afi_";

const labelSchema = z.string().trim().min(1, "a token needs a label (who or what uses it)").max(100);

export interface ImportTokenRow {
  id: number;
  label: string;
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
}

/** Makes a token for the command-line importer; the caller prints it once. */
export async function createImportToken(db: Database, label: string): Promise<{ id: number; token: string }> {
  const parsed = labelSchema.safeParse(label);
  if (!parsed.success) throw new ImportError("invalid-metadata", `No token made: ${z.prettifyError(parsed.error)}`);
  const token = PREFIX + randomBytes(32).toString("base64url");
  const { id } = await db.importToken.create({ data: { label: parsed.data, tokenHash: tokenHash(token) }, select: { id: true } });
  return { id, token };
}

/** The token's row when it is known and not revoked (and notes its use), otherwise null. */
export async function acceptImportToken(db: Database, token: string, now = new Date()): Promise<ImportTokenRow | null> {
  const row = await db.importToken.findUnique({ where: { tokenHash: tokenHash(token.trim()) } });
  if (!row || row.revokedAt) return null;
  await db.importToken.update({ where: { id: row.id }, data: { lastUsedAt: now } });
  return { id: row.id, label: row.label, createdAt: row.createdAt, lastUsedAt: now, revokedAt: null };
}

export async function listImportTokens(db: Database): Promise<ImportTokenRow[]> {
  return db.importToken.findMany({
    orderBy: { id: "asc" },
    select: { id: true, label: true, createdAt: true, lastUsedAt: true, revokedAt: true },
  });
}

/** Revokes a token for good; false when there is no such token or it was revoked already. */
export async function revokeImportToken(db: Database, id: number, now = new Date()): Promise<boolean> {
  const { count } = await db.importToken.updateMany({ where: { id, revokedAt: null }, data: { revokedAt: now } });
  return count === 1;
}

function tokenHash(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}
