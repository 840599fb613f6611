import { performance } from "node:perf_hooks";

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

/** Runs a and b in turn, n times each, so both see the same machine load; returns their medians. */
export async function alternateAsync(n: number, a: () => Promise<unknown>, b: () => Promise<unknown>): Promise<[number, number]> {
  const times: [number[], number[]] = [[], []];
  for (let i = 0; i < n; i++) {
    for (const [index, run] of [a, b].entries()) {
      const start = performance.now();
      await run();
      times[index as 0 | 1].push(performance.now() - start);
    }
  }
  return [median(times[0]), median(times[1])];
}

export function time(run: () => unknown): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

/** Runs a and b once each to warm up, then in turn n times each, so both see the same machine load; returns their medians. */
export function alternate(n: number, a: () => unknown, b: () => unknown): [number, number] {
  a();
  b();
  const times: [number[], number[]] = [[], []];
  for (let i = 0; i < n; i++) {
    times[0].push(time(a));
    times[1].push(time(b));
  }
  return [median(times[0]), median(times[1])];
}
