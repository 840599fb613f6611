// Next's cache of rendered pages (the reader's pages are cached and rendered afresh
// when a change makes them stale: lib/actions/perform.ts calls revalidatePath). The
// cache lives in each server process's memory, so with several app servers on one
// PostgreSQL database an approval on one would reach readers of the others only when
// their copy expires (60 s). This handler is Next's own (the file-system cache, kept in
// memory: next.config.mjs) and, on PostgreSQL, tells every other process: each
// revalidation is sent with NOTIFY on one channel, and every process LISTENs on it and
// marks the same pages stale in its own cache, within milliseconds. A process that loses
// its listening connection cannot know what it missed: until it listens again, and
// for what was cached before, it treats every cached page as stale.
//
// On every database it also closes a race of Next's own handler: a page is stored with
// the time its render *ended*, so an approval made while it was rendering (the render
// read the database before it) left the old text stored as fresh, served to readers
// until it expired (60 s). Here a stored page counts from when its render began: the
// first lookup that found it missing or out of date since it was last stored.
import FileSystemCacheModule from "next/dist/server/lib/incremental-cache/file-system-cache.js";
import pg from "pg";

const FileSystemCache = FileSystemCacheModule.default ?? FileSystemCacheModule;

/** The channel revalidations are sent on. */
export const CHANNEL = "a_fronte_revalidate";
const RECONNECT_MS = 1000;

const url = process.env.DATABASE_URL ?? "";
const clustered = /^postgres(ql)?:\/\//i.test(url);
/** This process, so that it skips its own notifications (already applied). */
const origin = `${process.pid}-${Math.random().toString(36).slice(2)}`;

/** Cached pages written before this moment are stale (a listening connection was lost and found again). */
let staleBefore = 0;
let listener = null;

/** Per page being rendered: when it was first found missing or out of date (its render began after). */
const renderingSince = new Map();
/** No render takes this long; a note older than this is from a render that never stored. */
const RENDER_LIMIT_MS = 60_000;

export default class ClusterCacheHandler extends FileSystemCache {
  constructor(context) {
    super(context);
    if (clustered) listener ??= listen();
  }

  async get(key, context) {
    let entry = await super.get(key, context);
    if (entry && typeof entry.lastModified === "number" && entry.lastModified < staleBefore) entry = null;
    if (!entry || isOutOfDate(entry)) noteRenderStart(key);
    return entry;
  }

  async set(key, data, context) {
    const since = renderingSince.get(key);
    renderingSince.delete(key);
    // Next keeps the page in memory before its first await, stamped with the time now.
    const stored = super.set(key, data, context);
    if (since !== undefined && Date.now() - since < RENDER_LIMIT_MS) {
      const entry = FileSystemCache.memoryCache?.get(key);
      // A revalidation in the same millisecond as the lookup may have come after it.
      if (entry?.value === data) entry.lastModified = Math.min(entry.lastModified, since - 1);
    }
    await stored;
  }

  async revalidateTag(tags, durations) {
    await super.revalidateTag(tags, durations);
    if (!clustered) return;
    const list = typeof tags === "string" ? [tags] : tags;
    if (list.length === 0) return;
    await notify({ origin, tags: list, durations });
  }
}

/** Whether a stored page is past its time (Next serves it once more and renders it again). */
function isOutOfDate(entry) {
  const revalidate = entry.cacheControl?.revalidate;
  return typeof revalidate === "number" && entry.lastModified + revalidate * 1000 <= Date.now();
}

function noteRenderStart(key) {
  const now = Date.now();
  const since = renderingSince.get(key);
  if (since === undefined || now - since > RENDER_LIMIT_MS) renderingSince.set(key, now);
}

/** Sends one revalidation to every process (their listeners), on a short-lived connection of the pool. */
let pool = null;
async function notify(message) {
  pool ??= new pg.Pool({ connectionString: url, max: 2, allowExitOnIdle: true });
  try {
    await pool.query("SELECT pg_notify($1, $2)", [CHANNEL, JSON.stringify(message)]);
  } catch (error) {
    // The write itself is in; other instances' copies then expire on their own (60 s).
    console.error("Could not tell the other app servers to render pages afresh:", error instanceof Error ? error.message : error);
  }
}

/** Listens for the other processes' revalidations, for the life of the process, reconnecting when the connection drops. */
async function listen() {
  const client = new pg.Client({ connectionString: url });
  let dropped = false;
  const reconnect = () => {
    if (dropped) return;
    dropped = true;
    client.end().catch(() => undefined);
    setTimeout(() => void listen(), RECONNECT_MS).unref();
  };
  client.on("error", reconnect);
  client.on("end", reconnect);
  client.on("notification", (notification) => {
    if (notification.channel !== CHANNEL || !notification.payload) return;
    try {
      const message = JSON.parse(notification.payload);
      if (message.origin === origin || !Array.isArray(message.tags)) return;
      void FileSystemCache.prototype.revalidateTag.call({}, message.tags, message.durations ?? undefined);
    } catch {
      // Not ours: ignored.
    }
  });
  try {
    await client.connect();
    await client.query(`LISTEN ${CHANNEL}`);
    // Whatever was sent while nobody listened is unknown: everything cached so far is stale.
    staleBefore = Date.now();
  } catch (error) {
    console.error("Could not listen for the other app servers' changes (retrying):", error instanceof Error ? error.message : error);
    reconnect();
  }
}
