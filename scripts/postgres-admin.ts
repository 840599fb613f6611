// Short tasks on a PostgreSQL server outside the app's client, for scripts, tests and
// the bench: a query on one connection, throwaway databases.
import pg from "pg";

/** Runs `work` on one connection to `url`, closed afterwards whatever happens. */
export async function withPostgres<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** The URL of another database on the same server, as the same role. */
export function databaseOnServer(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

/** Creates a database (a copy of `template` when given); names are the caller's own, never user input. */
export async function createDatabase(serverUrl: string, database: string, template?: string): Promise<void> {
  await withPostgres(serverUrl, (client) => client.query(`CREATE DATABASE "${database}"${template ? ` TEMPLATE "${template}"` : ""}`));
}

/** Drops a database, ending its connections. */
export async function dropDatabase(serverUrl: string, database: string): Promise<void> {
  await withPostgres(serverUrl, (client) => client.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`));
}
