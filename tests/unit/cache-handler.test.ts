import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import ClusterCacheHandler from "@/lib/cache/cluster-cache-handler.mjs";

// Next's own cache (the file-system handler kept in memory, as next.config.mjs sets it),
// driven the way Next drives it for a cached reader page: look it up, render on a miss,
// store the render. The question is what a reader is served after an approval.

const folder = fs.mkdtempSync(path.join(os.tmpdir(), "cache-handler-"));
const cache = new ClusterCacheHandler({
  fs: {
    existsSync: fs.existsSync,
    readFile: fs.promises.readFile,
    readFileSync: fs.readFileSync,
    writeFile: (file: string, data: string | Buffer) => fs.promises.writeFile(file, data),
    mkdir: (dir: string) => fs.promises.mkdir(dir, { recursive: true }),
    stat: (file: string) => fs.promises.stat(file),
  },
  serverDistDir: folder,
  flushToDisk: false,
  maxMemoryCacheSize: 10 * 1024 * 1024,
  revalidatedTags: [],
});

let pages = 0;
/** A fresh page address and its path tag (what revalidatePath expires). */
function newPage() {
  pages += 1;
  return { key: `/en/texts/handler-test-${pages}`, tag: `_N_T_/en/texts/handler-test-${pages}` };
}

const lookUp = (key: string) => cache.get(key, { kind: "APP_PAGE", isFallback: false });

function store(key: string, tag: string, html: string) {
  return cache.set(
    key,
    {
      kind: "APP_PAGE",
      html,
      rscData: Buffer.from(html),
      headers: { "x-next-cache-tags": tag },
      status: 200,
      postponed: undefined,
      segmentData: undefined,
    },
    { cacheControl: { revalidate: 60, expire: 31_536_000 } },
  );
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

describe("the reader's page cache", () => {
  it("serves a stored page until something makes it stale", async () => {
    const { key, tag } = newPage();
    expect(await lookUp(key)).toBeNull();
    await store(key, tag, "<p>Testo approvato</p>");
    expect((await lookUp(key))?.value).toMatchObject({ html: "<p>Testo approvato</p>" });

    await tick();
    await cache.revalidateTag([tag]);
    expect(await lookUp(key)).toBeNull();
  });

  it("renders afresh a page whose render began before an approval and ended after it", async () => {
    const { key, tag } = newPage();
    // A reader asks for the page: it is missing, so Next renders it from the database as it is now.
    expect(await lookUp(key)).toBeNull();
    await tick();
    // A reviewer approves a pair of that text while the render is still running.
    await cache.revalidateTag([tag]);
    await tick();
    // The render ends, with the text as it was before the approval, and is stored.
    await store(key, tag, "<p>Prima dell'approvazione</p>");
    // The next reader must not be served that page as fresh: it is rendered again.
    expect(await lookUp(key)).toBeNull();
    await store(key, tag, "<p>Dopo l'approvazione</p>");
    expect((await lookUp(key))?.value).toMatchObject({ html: "<p>Dopo l'approvazione</p>" });
  });

  it("keeps a page whose render began after the last approval", async () => {
    const { key, tag } = newPage();
    await cache.revalidateTag([tag]);
    await tick();
    expect(await lookUp(key)).toBeNull();
    await tick();
    await store(key, tag, "<p>Dopo l'approvazione</p>");
    expect((await lookUp(key))?.value).toMatchObject({ html: "<p>Dopo l'approvazione</p>" });
  });
});
