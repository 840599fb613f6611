// The whole-text outputs of `npm run bench`: the printable edition and the downloads of
// a 10,000-pair book against a 100-pair text, on the served app, with the server's
// memory watched while they are written and a reader's page asked for meanwhile.
import fs from "node:fs";
import { performance } from "node:perf_hooks";
import type { Goal } from "./long-texts";
import { median } from "./timing";

const ROUNDS = 5;
const book = (count: number) => `book-${count}-0`;

/** The resident memory of a process group (the server: serve.mjs, next start and its workers), in bytes. */
function groupMemory(group: number): number {
  let total = 0;
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // Fields after the command's closing parenthesis: state, ppid, pgrp, …
      const stat = fs.readFileSync(`/proc/${entry}/stat`, "utf8");
      if (Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[2]) !== group) continue;
      const rss = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${entry}/status`, "utf8"));
      total += Number(rss?.[1] ?? 0) * 1024;
    } catch {
      // the process ended meanwhile
    }
  }
  return total;
}

interface Written {
  firstByte: number;
  total: number;
  bytes: number;
  /** The server's highest memory while it wrote, over its memory just before. */
  growth: number;
}

/** One whole-text request, read to its end, while the server's memory is sampled every 5 ms. */
async function write(url: string, group: number, init: RequestInit = {}): Promise<Written> {
  const before = groupMemory(group);
  let peak = before;
  const sampler = setInterval(() => (peak = Math.max(peak, groupMemory(group))), 5);
  const start = performance.now();
  try {
    const response = await fetch(url, init);
    if (!response.ok) throw new Error(`${url} answered ${response.status}`);
    const reader = response.body!.getReader();
    let firstByte = 0;
    let bytes = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (!firstByte) firstByte = performance.now() - start;
      if (done) break;
      bytes += value.length;
    }
    return { firstByte, total: performance.now() - start, bytes, growth: peak - before };
  } finally {
    clearInterval(sampler);
  }
}

/** Milliseconds to the first byte of a reader's page. */
async function readerPage(url: string): Promise<number> {
  const start = performance.now();
  const response = await fetch(url);
  const reader = response.body!.getReader();
  await reader.read();
  const firstByte = performance.now() - start;
  while (!(await reader.read()).done);
  return firstByte;
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

export async function benchEditions(base: string, group: number, cookie: string): Promise<Goal[]> {
  const print = (count: number) => `${base}/en/texts/${book(count)}/print`;
  const firstByte: Record<number, number[]> = { 100: [], 10_000: [] };
  const prints: Written[] = [];
  await write(print(100), group);
  await write(print(10_000), group);
  for (let round = 0; round < ROUNDS; round++) {
    for (const count of [100, 10_000]) {
      const written = await write(print(count), group);
      firstByte[count]!.push(written.firstByte);
      if (count === 10_000) prints.push(written);
    }
  }
  const [long, short] = [median(firstByte[10_000]!), median(firstByte[100]!)];
  const goals: Goal[] = [
    {
      name: "printable edition, time to first byte: 10,000 pairs / 100",
      value: long / short,
      goal: "≤ 2",
      ok: long / short <= 2,
      detail: `${long.toFixed(1)} ms vs ${short.toFixed(1)} ms (medians of ${ROUNDS}); the 10,000-pair edition is ${mb(prints[0]!.bytes)}, whole in ${(median(prints.map((p) => p.total)) / 1000).toFixed(1)} s`,
    },
  ];

  // The server's memory while writing each whole-text output, against the output's size.
  const outputs = [
    { name: "printable edition", url: print(10_000), init: {}, page: true },
    { name: "Markdown download", url: `${base}/en/texts/${book(10_000)}/download/md`, init: {}, page: false },
    { name: "TMX download", url: `${base}/en/texts/${book(10_000)}/download/tmx`, init: {}, page: false },
    {
      name: "team's XLIFF 2.1 export",
      url: `${base}/en/texts/${book(10_000)}/export/xliff-2.1`,
      init: { headers: { cookie } },
      page: false,
    },
  ];
  for (const output of outputs) {
    const runs: Written[] = [];
    for (let round = 0; round < 3; round++) runs.push(await write(output.url, group, output.init));
    const growth = median(runs.map((run) => run.growth));
    const size = runs[0]!.bytes;
    const detail = `${mb(growth)} over ${mb(size)} (medians of 3: ${runs.map((run) => mb(run.growth)).join(", ")}), written in ${(median(runs.map((run) => run.total)) / 1000).toFixed(1)} s`;
    goals.push(
      output.page
        ? // A page's HTML is rendered by React, which allocates far more than it sends and
          // does not wait for a slow client: reported, not held to the files' bound.
          {
            name: `server memory growth while writing a 10,000-pair ${output.name} / its size`,
            value: growth / size,
            goal: "reported",
            ok: true,
            detail,
          }
        : {
            name: `server memory growth while writing a 10,000-pair ${output.name} / the file's size`,
            value: growth / size,
            goal: "≤ 0.5 (bounded)",
            ok: growth / size <= 0.5,
            detail,
          },
    );
  }

  // A reader's page asked for while a 10,000-pair edition is being written, against idle.
  const page = `${base}/en/texts/${book(100)}`;
  await readerPage(page);
  const idle: number[] = [];
  const busy: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    idle.push(await readerPage(page));
    const writing = write(print(10_000), group);
    await new Promise((resolve) => setTimeout(resolve, 100));
    busy.push(await readerPage(page));
    await writing;
  }
  const [during, alone] = [median(busy), median(idle)];
  goals.push({
    // Never blocked: before the edition's parts gave way to other requests, 3.5 s against 10 ms (349).
    name: "a reader's page while a 10,000-pair printable edition is written / the same page idle, time to first byte",
    value: during / alone,
    goal: "≤ 10 (not blocked)",
    ok: during / alone <= 10,
    detail: `${during.toFixed(1)} ms vs ${alone.toFixed(1)} ms (medians of ${ROUNDS}: ${busy.map((t) => t.toFixed(0)).join(", ")} vs ${idle.map((t) => t.toFixed(0)).join(", ")})`,
  });
  return goals;
}
