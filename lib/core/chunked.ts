/**
 * How many values one query may bind in an `IN (…)` list: SQLite as Prisma's adapter
 * runs it refuses a query of more than 999 parameters.
 */
export const QUERY_CHUNK = 500;

/** Runs `read` on `items` QUERY_CHUNK at a time, one after the other, and joins what it returns. */
export async function readInChunks<T, R>(items: readonly T[], read: (chunk: T[]) => Promise<R[]>): Promise<R[]> {
  const results: R[] = [];
  for (let start = 0; start < items.length; start += QUERY_CHUNK) results.push(...(await read(items.slice(start, start + QUERY_CHUNK))));
  return results;
}
