export interface BenchResult {
  name: string;
  value: number;
  goal: string;
  ok: boolean;
  detail: string;
}

/** The bench's closing report: each goal, its measured ratio and how it was measured. */
export function printResults(results: readonly BenchResult[]): void {
  console.log("\nA Fronte benchmark (ratios measured side by side in this run)\n");
  for (const result of results) {
    console.log(`${result.ok ? "ok  " : "OVER"} ${result.name}: ${result.value.toFixed(2)} (goal ${result.goal})`);
    console.log(`     ${result.detail}`);
  }
}
