/** PostgreSQL for the tests and the bench: a server URL to use, or why there is none. */
export function ensurePostgres(): { url?: string; skipped?: string; failed?: string };
