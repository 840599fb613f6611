#!/usr/bin/env node
// Lighthouse on the reader, in every view, as a phone and as a desktop: the median of
// RUNS runs of each (the machines are noisy), against a server already running.
//   node scripts/lighthouse.mjs [base URL] [runs]
// Lighthouse is not one of the project's dependencies (176 MB): npx fetches the pinned
// version from the npm registry the first time. Chromium is Debian's (CHROMIUM_PATH).
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { VIEWS } from "../lib/reader/reader-routes.mjs";

const base = process.argv[2] ?? "http://localhost:3000";
const runs = Number(process.argv[3] ?? 3);
const text = process.env.LIGHTHOUSE_TEXT ?? "cesi-cina-kazakhstan";
const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const folder = fs.mkdtempSync(path.join(os.tmpdir(), "lighthouse-"));
const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"];

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

console.log(`view form performance accessibility best-practices seo CLS LCP(ms) TBT(ms)  (median of ${runs})`);
for (const view of VIEWS) {
  for (const form of ["mobile", "desktop"]) {
    const reports = [];
    for (let run = 0; run < runs; run++) {
      const output = path.join(folder, `${view}-${form}-${run}.json`);
      const result = spawnSync(
        "npx",
        [
          "--yes",
          "lighthouse@13.5.0",
          `${base}/en/texts/${text}?view=${view}`,
          ...(form === "desktop" ? ["--preset=desktop"] : []),
          "--quiet",
          "--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --no-first-run --disable-sync",
          `--only-categories=${CATEGORIES.join(",")}`,
          "--output=json",
          `--output-path=${output}`,
        ],
        { env: { ...process.env, CHROME_PATH: chromium }, encoding: "utf8" },
      );
      if (result.status !== 0) throw new Error(`lighthouse failed on ${view} (${form}):\n${result.stderr}`);
      reports.push(JSON.parse(fs.readFileSync(output, "utf8")));
    }
    const score = (category) => median(reports.map((report) => Math.round(report.categories[category].score * 100)));
    const audit = (id) => median(reports.map((report) => report.audits[id].numericValue));
    // What any run found wanting outside performance, so that a score under 100 says why.
    const wanting = new Set(
      reports.flatMap((report) =>
        CATEGORIES.slice(1).flatMap((category) =>
          report.categories[category].auditRefs
            .filter((ref) => ref.weight > 0 && report.audits[ref.id].score !== null && report.audits[ref.id].score < 1)
            .map((ref) => `${category}: ${ref.id}`),
        ),
      ),
    );
    console.log(
      [
        view,
        form,
        ...CATEGORIES.map(score),
        audit("cumulative-layout-shift").toFixed(3),
        Math.round(audit("largest-contentful-paint")),
        Math.round(audit("total-blocking-time")),
      ].join(" "),
    );
    for (const line of wanting) console.log(`  ${line}`);
  }
}
fs.rmSync(folder, { recursive: true, force: true });
