import { z } from "zod";

/**
 * How far each running import of this server has got, by the token its form sent
 * (a random UUID), for the import page to show while it waits: paragraphs stored of
 * the total, or nothing yet while the texts are read and aligned. In memory: the
 * import runs in this server's child process, and its page asks this server.
 */
export const progressToken = z.uuid();

export interface ImportProgress {
  stored: number;
  total: number;
}

const running = new Map<string, ImportProgress & { at: number }>();
/** An entry not updated for this long belongs to an import that ended without saying so. */
const STALE_MS = 10 * 60_000;

export function recordProgress(token: string, progress: ImportProgress): void {
  const now = Date.now();
  for (const [key, entry] of running) if (now - entry.at > STALE_MS) running.delete(key);
  running.set(token, { ...progress, at: now });
}

/** The import's progress, or null when it has stored nothing yet (or is unknown). */
export function progressOf(token: string): ImportProgress | null {
  const entry = running.get(token);
  return entry ? { stored: entry.stored, total: entry.total } : null;
}

export function forgetProgress(token: string): void {
  running.delete(token);
}
